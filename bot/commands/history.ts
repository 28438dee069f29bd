// `/historik <ord>` (`/history`): the change history of the experiment the words name (status, title, municipalities,
// results added) and of the log entries, deadlines and events with the words, newest change first; and the Historik
// button on entry and item cards and experiment pages (bot/actions/privacy.ts), which shows one thing's.
import { searchWords } from '../../domain/text';
import { keyDate, type Item } from '../../domain/items';
import type { LogEntry } from '../../domain/logEntry';
import type { ChangeRecord } from '../../domain/history';
import { sectionsCard, historyRow, type CardButton, type Section } from '../../cards/privacyCards';
import type { CardJson } from '../../cards/render';
import { t } from '../../i18n/catalog';
import { ENTRY } from '../../storage/logRepository';
import { ITEM } from '../../storage/itemRepository';
import { EXPERIMENT, experimentKey } from '../../storage/experimentRepository';
import { matchExperiment } from '../../domain/experiments';
import type { Services } from '../services';
import type { Turn } from '../turn';
import type { CommandHandler } from './types';
import { findEntries } from './find';

/** Things shown at most in one answer (each with its whole history): enough to pick the right one. */
const SHOWN = 3;
/** Changes shown of one thing: a card stays well under Teams' 28 KB. */
const CHANGES_SHOWN = 25;

function title(text: string): string {
  return text.length > 100 ? `${text.slice(0, 99)}…` : text;
}

/** One thing's history as a section: its title, then its changes newest first. */
export function historySection(heading: string, records: ChangeRecord[], turn: Turn): Section {
  const rows = records.slice(0, CHANGES_SHOWN).map((r) => historyRow(r, turn.lang, turn.now));
  if (rows.length === 0) rows.push({ meta: '', text: t('history.none', turn.lang) });
  return {
    heading: title(heading),
    rows,
    ...(records.length > CHANGES_SHOWN ? { more: t('myData.more', turn.lang, { n: records.length - CHANGES_SHOWN }) } : {}),
  };
}

/** The card of one thing's history, with a button back to the thing's own card. */
export function oneHistoryCard(heading: string, records: ChangeRecord[], turn: Turn, back: CardButton): CardJson {
  return sectionsCard({ heading: t('history.headingOne', turn.lang), sections: [historySection(heading, records, turn)], actions: [back] });
}

type Found = { date: string; entry: LogEntry } | { date: string; item: Item };

export async function historyCard(services: Services, turn: Turn, query: string): Promise<CardJson | string> {
  const lang = turn.lang;
  const words = searchWords(query).slice(0, 8);
  if (words.length === 0) return t('history.how', lang);
  const scope = turn.scope.key;
  const [hits, items, experiments] = await Promise.all([
    findEntries(services, scope, words),
    services.items.search(scope, words),
    services.experiments.names(scope),
  ]);
  // An experiment named by the words (its name or an alias): its history comes first.
  const named = matchExperiment(query, experiments);
  const experiment = 'name' in named ? named.name : undefined;
  const entries = (await Promise.all(hits.slice(0, SHOWN).map((h) => services.log.get(scope, h.entryKey)))).filter(
    (e): e is LogEntry => e !== undefined,
  );
  const found: Found[] = [
    ...entries.map((e) => ({ date: e.happenedOn, entry: e })),
    ...items.map((i) => ({ date: keyDate(i) ?? i.writtenAt.slice(0, 10), item: i })),
  ].sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? 1 : -1));
  if (found.length === 0 && !experiment) return t('history.nothing', lang, { query: query.trim() });
  const total = hits.length + items.length + (experiment ? 1 : 0);
  const experimentSections = experiment
    ? [historySection(experiment, await services.history.of(scope, EXPERIMENT, experimentKey(experiment)), turn)]
    : [];
  const others = await Promise.all(
    found
      .slice(0, SHOWN - experimentSections.length)
      .map(async (f) =>
        'entry' in f
          ? historySection(f.entry.text, await services.history.of(scope, ENTRY, f.entry.id), turn)
          : historySection(f.item.title, await services.history.of(scope, ITEM, f.item.id), turn),
      ),
  );
  const sections = [...experimentSections, ...others];
  return sectionsCard({
    heading: t('history.heading', lang, { query: query.trim() }),
    sections,
    note: total > SHOWN ? t('history.more', lang, { shown: SHOWN, n: total }) : '',
  });
}

export const historyCommand: CommandHandler = {
  command: 'history',
  async run({ turn, args, services }) {
    const result = await historyCard(services, turn, args);
    return typeof result === 'string' ? [{ text: result }] : [{ card: result }];
  },
};
