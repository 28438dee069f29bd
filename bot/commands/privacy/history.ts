// `/historik <ord>` (`/history`): the change history of the experiment the words name (status, title, municipalities,
// results added) and of the log entries, deadlines and events with the words, newest change first; and the Historik
// button on entry and item cards and experiment pages, which shows one thing's, and its Tilbage back to the card.
import { foldForSearch, searchWords } from '../../../domain/text';
import { keyDate, type Item } from '../../../domain/items';
import type { LogEntry } from '../../../domain/logEntry';
import type { ChangeRecord } from '../../../domain/history';
import { sectionsCard, historyRow, type CardButton, type Section } from '../../../cards/privacyCards';
import type { CardJson } from '../../../cards/render';
import { HISTORY_VERBS, historyBackButton, readHistoryButton, type HistoryTarget } from '../../../cards/historyButton';
import { itemKindText, t } from '../../../i18n/catalog';
import { ENTRY, EXPERIMENT, ITEM } from '../../../storage/schema';
import { experimentKey } from '../../../storage/keys';
import { matchExperiment, type ExperimentRecord } from '../../../domain/experiments';
import type { Services } from '../../services';
import type { Turn } from '../../turn';
import { action, type ActionResult, type CommandDescriptor } from '../types';
import { entryView, notFoundText } from '../log/entryForm';
import { logSavedCard, logUndoneCard } from '../../../cards/logCards';
import { itemCard } from '../../../cards/itemCards';
import { experimentPageCard, type ExperimentPorts } from '../experiments/experiment';
import { findEntries } from '../find';

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

/** What /historik and its buttons use: the history, and the things it is of (an experiment's page for Tilbage). */
type HistoryPorts = Pick<Services, 'history' | 'log' | 'items'> & ExperimentPorts;

/** The card of one thing's history, with a button back to the thing's own card. */
export function oneHistoryCard(heading: string, records: ChangeRecord[], turn: Turn, back: CardButton): CardJson {
  return sectionsCard({ heading: t('history.headingOne', turn.lang), sections: [historySection(heading, records, turn)], actions: [back] });
}

type Found = { date: string; entry: LogEntry } | { date: string; item: Item };

export async function historyCard(services: HistoryPorts, turn: Turn, query: string): Promise<CardJson | string> {
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

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** The experiment a Historik or Tilbage button names ({kind: 'experiment', name}), if the scope has it. */
async function experimentNamed(services: HistoryPorts, turn: Turn, name: unknown): Promise<ExperimentRecord | undefined> {
  const folded = foldForSearch(str(name));
  return (await services.experiments.list(turn.scope.key)).find((e) => foldForSearch(e.name) === folded);
}

/** What Historik and Tilbage use: the history, and the entry, item or experiment page it is of. */
type HistoryButtonPorts = ExperimentPorts & Pick<Services, 'history'>;

/** Historik on an entry card ({kind: 'entry', entry: <key>}), an item card ({kind: 'item', id}) or an experiment's page
 *  ({kind: 'experiment', name}: its status, title and municipality changes and the results added to it). */
export const historyShowAction = action<HistoryTarget, HistoryButtonPorts>({
  verb: HISTORY_VERBS.show,
  read: readHistoryButton,
  async run({ turn, services, data }): Promise<ActionResult> {
    const scope = turn.scope.key;
    const back = historyBackButton(data, turn.lang);
    if (data.kind === EXPERIMENT) {
      const record = await experimentNamed(services, turn, data.name);
      if (!record) return { message: t('item.staleButton', turn.lang) };
      return { card: oneHistoryCard(record.name, await services.history.of(scope, EXPERIMENT, experimentKey(record.name)), turn, back) };
    }
    if (data.kind === ITEM) {
      const item = await services.items.get(scope, data.id);
      if (!item) return { message: t('item.notHere', turn.lang) };
      return { card: oneHistoryCard(item.title, await services.history.of(scope, ITEM, item.id), turn, back) };
    }
    const key = data.entry;
    const id = key.split('|')[2] ?? '';
    const records = id ? await services.history.of(scope, ENTRY, id) : [];
    const entry = await services.log.get(scope, key);
    // An undone entry is gone from the log; its history stays, and its text is in the undo record.
    const text = entry?.text ?? (records.find((r) => r.before)?.before?.text as string | undefined);
    if (text === undefined) return { message: notFoundText(turn.lang) };
    return { card: oneHistoryCard(text, records, turn, back) };
  },
});

/** Tilbage: the entry's, item's or experiment's own card again, as it is now. */
export const historyBackAction = action<HistoryTarget, HistoryButtonPorts>({
  verb: HISTORY_VERBS.back,
  read: readHistoryButton,
  async run({ turn, services, data }): Promise<ActionResult> {
    const scope = turn.scope.key;
    if (data.kind === EXPERIMENT) {
      const record = await experimentNamed(services, turn, data.name);
      if (!record) return { message: t('item.staleButton', turn.lang) };
      return { card: await experimentPageCard(services, turn, record) };
    }
    if (data.kind === ITEM) {
      const item = await services.items.get(scope, data.id);
      if (!item) return { message: t('item.notHere', turn.lang) };
      const heading = itemKindText(item.type, turn.lang);
      return { card: itemCard(item, turn.lang, turn.now, heading, '', 'Default') };
    }
    const key = data.entry;
    const entry = await services.log.get(scope, key);
    if (entry) return { card: logSavedCard(entryView(entry), turn.lang, turn.now) };
    const undone = (await services.history.of(scope, ENTRY, key.split('|')[2] ?? '')).find((r) => r.action === 'undone');
    if (!undone?.before) return { message: notFoundText(turn.lang) };
    return {
      card: logUndoneCard(entryView({ ...(undone.before as unknown as LogEntry), words: [] }), turn.lang, turn.now, undone.by.name),
    };
  },
});

export const historyCommand: CommandDescriptor<HistoryPorts> = {
  command: 'history',
  names: { da: ['historik'], en: ['history'] },
  help: { section: 'privacy', lines: ['history'] },
  actions: [historyShowAction, historyBackAction],
  async run({ turn, args, services }) {
    const result = await historyCard(services, turn, args);
    return typeof result === 'string' ? [{ text: result }] : [{ card: result }];
  },
};
