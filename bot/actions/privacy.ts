// Buttons of the personal-data features: Historik on entry and item cards (and Tilbage back to the card), and the
// erasure's Bekræft / Annuller. Each answer replaces the card for everyone, like every other button.
import { randomBytes } from 'node:crypto';
import type { ActionHandler, ActionResult, ActionContext } from '../commands/types';
import { itemKindText, t } from '../../i18n/catalog';
import { ENTRY } from '../../storage/logRepository';
import { ITEM } from '../../storage/itemRepository';
import { oneHistoryCard } from '../commands/history';
import { entryView, notFoundText } from '../commands/logEntry';
import { logSavedCard, logUndoneCard } from '../../cards/logCards';
import { itemCard } from '../../cards/itemCards';
import type { LogEntry } from '../../domain/logEntry';
import { adminRefusal, countFacts, ERASURE, erasurePreview } from '../commands/forget';
import { peopleNamed, planErasure } from '../../storage/erasure';
import { sectionsCard } from '../../cards/privacyCards';
import { changeOf, type Turn } from '../turn';
import { EXPERIMENT, experimentKey } from '../../storage/experimentRepository';
import { experimentPageCard } from '../commands/experiment';
import { foldForSearch } from '../../domain/text';
import type { Services } from '../services';
import type { ExperimentRecord } from '../../domain/experiments';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** The experiment a Historik or Tilbage button names ({kind: 'experiment', name}), if the scope has it. */
async function experimentNamed(services: Services, turn: Turn, name: unknown): Promise<ExperimentRecord | undefined> {
  const folded = foldForSearch(str(name));
  return (await services.experiments.list(turn.scope.key)).find((e) => foldForSearch(e.name) === folded);
}

/** Historik on an entry card ({kind: 'entry', entry: <key>}), an item card ({kind: 'item', id}) or an experiment's page
 *  ({kind: 'experiment', name}: its status, title and municipality changes and the results added to it). */
export const historyShowAction: ActionHandler = {
  verb: 'history.show',
  async run({ turn, services, data }): Promise<ActionResult> {
    const scope = turn.scope.key;
    const back = { title: t('button.back', turn.lang), verb: 'history.back', data: { ...data, lang: turn.lang } };
    if (data.kind === EXPERIMENT) {
      const record = await experimentNamed(services, turn, data.name);
      if (!record) return { message: t('item.staleButton', turn.lang) };
      return { card: oneHistoryCard(record.name, await services.history.of(scope, EXPERIMENT, experimentKey(record.name)), turn, back) };
    }
    if (data.kind === ITEM) {
      const item = await services.items.get(scope, str(data.id));
      if (!item) return { message: t('item.notHere', turn.lang) };
      return { card: oneHistoryCard(item.title, await services.history.of(scope, ITEM, item.id), turn, back) };
    }
    const key = str(data.entry);
    const id = key.split('|')[2] ?? '';
    const records = id ? await services.history.of(scope, ENTRY, id) : [];
    const entry = await services.log.get(scope, key);
    // An undone entry is gone from the log; its history stays, and its text is in the undo record.
    const text = entry?.text ?? (records.find((r) => r.before)?.before?.text as string | undefined);
    if (text === undefined) return { message: notFoundText(turn.lang) };
    return { card: oneHistoryCard(text, records, turn, back) };
  },
};

/** Tilbage: the entry's, item's or experiment's own card again, as it is now. */
export const historyBackAction: ActionHandler = {
  verb: 'history.back',
  async run({ turn, services, data }): Promise<ActionResult> {
    const scope = turn.scope.key;
    if (data.kind === EXPERIMENT) {
      const record = await experimentNamed(services, turn, data.name);
      if (!record) return { message: t('item.staleButton', turn.lang) };
      return { card: await experimentPageCard(services, turn, record) };
    }
    if (data.kind === ITEM) {
      const item = await services.items.get(scope, str(data.id));
      if (!item) return { message: t('item.notHere', turn.lang) };
      const heading = itemKindText(item.type, turn.lang);
      return { card: itemCard(item, turn.lang, turn.now, heading, '', 'Default') };
    }
    const key = str(data.entry);
    const entry = await services.log.get(scope, key);
    if (entry) return { card: logSavedCard(entryView(entry), turn.lang, turn.now) };
    const undone = (await services.history.of(scope, ENTRY, key.split('|')[2] ?? '')).find((r) => r.action === 'undone');
    if (!undone?.before) return { message: notFoundText(turn.lang) };
    return {
      card: logUndoneCard(entryView({ ...(undone.before as unknown as LogEntry), words: [] }), turn.lang, turn.now, undone.by.name),
    };
  },
};

async function confirm({ turn, services, data }: ActionContext): Promise<ActionResult> {
  const lang = turn.lang;
  // The one who presses must be an admin too (a card can be pressed by anyone in the channel).
  const refusal = adminRefusal(services.config, turn);
  if (refusal) return { message: t(refusal, lang) };
  const mode = data.mode === 'text' ? 'text' : data.mode === 'member' ? 'member' : undefined;
  const name = str(data.name).trim();
  const id = str(data.id) || undefined;
  if (!mode || name.length < 2) return { message: t('item.staleButton', lang) };
  const scope = turn.scope.key;
  // A button without an id, for a name that two colleagues here have by now: ask which one first.
  if (mode === 'member' && !id && (await peopleNamed(services.tables, scope, name)).length > 1) {
    const again = await erasurePreview(services, turn, mode, name, undefined);
    return again.card ? { card: again.card } : { message: again.text ?? '' };
  }
  // Only this team's or chat's rows: the scope of the turn, whatever the button says.
  const plan = await planErasure(services.tables, { mode, name, scope, ...(id ? { ids: [id] } : {}) });
  const change = changeOf(turn);
  if (plan.counts.rows > 0) {
    // In the journal before it is applied, so a backup restored later loses the person again (npm run restore).
    await services.erasures.journal.record({
      at: change.at,
      scope,
      mode,
      name,
      ids: plan.target.ids,
      ...(plan.target.nameAlone === false ? { nameAlone: false } : {}),
    });
  }
  const counts = await plan.apply();
  // No byte of what was erased stays in the file, its free pages or its WAL.
  if (counts.rows > 0) await services.erasures.purge();
  // The erasure's own record: who, when, how many rows; never the name.
  await services.history.record(scope, ERASURE, randomBytes(8).toString('hex'), 'erased', change, { mode, ...counts });
  services.logger.info('erasure', { scope, mode, ...counts });
  return {
    card: sectionsCard({
      heading: t('forget.done', lang, { rows: counts.rows, by: turn.author.name }),
      headingColor: 'Good',
      facts: countFacts(counts, lang),
      sections: [],
      note: t('forget.again', lang),
    }),
  };
}

export const eraseConfirmAction: ActionHandler = { verb: 'erase.confirm', run: confirm };

/** One of the colleagues who share a name was chosen: what erasing them (by object id) would change, with Bekræft. */
export const eraseChooseAction: ActionHandler = {
  verb: 'erase.choose',
  async run({ turn, services, data }): Promise<ActionResult> {
    const refusal = adminRefusal(services.config, turn);
    if (refusal) return { message: t(refusal, turn.lang) };
    const name = str(data.name).trim();
    const id = str(data.id);
    if (name.length < 2 || !id) return { message: t('item.staleButton', turn.lang) };
    const preview = await erasurePreview(services, turn, 'member', name, id);
    return preview.card ? { card: preview.card } : { message: preview.text ?? '' };
  },
};

export const eraseCancelAction: ActionHandler = {
  verb: 'erase.cancel',
  async run({ turn }) {
    return { card: sectionsCard({ heading: t('forget.cancelled', turn.lang), sections: [] }) };
  },
};

export const privacyActions: ActionHandler[] = [
  historyShowAction,
  historyBackAction,
  eraseConfirmAction,
  eraseChooseAction,
  eraseCancelAction,
];
