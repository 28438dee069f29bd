// A result's buttons (cards/resultCards.ts): Ret opens the form, Gem keeps the text read again, Annuller and Vis put
// the card back, Slet deletes it (kept whole in its experiment's history) and Fortryd puts it back from there. Each
// answer replaces the card for everyone. The result is looked up in this conversation's scope only.
import { DateTime } from 'luxon';
import { action, type ActionContext, type ActionResult, type CardAction } from '../types';
import type { ExperimentResult } from '../../../storage/experimentRepository';
import { EXPERIMENT, RESULT } from '../../../storage/schema';
import { experimentKey } from '../../../storage/keys';
import {
  deletedResultCard,
  MAX_RESULT_CHARS,
  RESULT_VERBS,
  readResultButton,
  resultCard,
  resultFormCard,
  type ResultButtonData,
} from '../../../cards/resultCards';
import { sanitizeUserText } from '../../../domain/text';
import { t } from '../../../i18n/catalog';
import { readResult } from '../../../domain/resultText';
import { changeOf } from '../../turn';
import type { Services } from '../../services';

/** What the result buttons use: the registry's results and the history that keeps a deleted one. */
type Ports = Pick<Services, 'experiments' | 'history'>;
type Context = ActionContext<ResultButtonData, Ports>;

/** The result the button names, in this scope; undefined when there is none (deleted, or another scope's). */
async function resultOf({ turn, services, data }: Context): Promise<ExperimentResult | undefined> {
  return data.experiment && data.id ? services.experiments.result(turn.scope.key, data.experiment, data.id) : undefined;
}

const gone = (ctx: Context): ActionResult => ({ message: t('result.gone', ctx.turn.lang) });

/** A result button: its data read by readResultButton before `run`. */
const resultButton = (verb: string, run: (ctx: Context) => Promise<ActionResult>) =>
  action<ResultButtonData, Ports>({ verb, read: readResultButton, run });

export const resultActions: CardAction[] = [
  resultButton(RESULT_VERBS.show, async (ctx) => {
    const r = await resultOf(ctx);
    return r ? { card: resultCard(r, ctx.turn.lang, ctx.turn.now, t('result.shown', ctx.turn.lang, { name: r.experiment })) } : gone(ctx);
  }),
  resultButton(RESULT_VERBS.edit, async (ctx) => {
    const r = await resultOf(ctx);
    return r ? { card: resultFormCard(r, ctx.turn.lang) } : gone(ctx);
  }),
  resultButton(RESULT_VERBS.update, async (ctx) => {
    const { turn, services, data } = ctx;
    const before = await resultOf(ctx);
    if (!before) return gone(ctx);
    const text = sanitizeUserText(data.text);
    if (text === '') return { message: t('result.empty', turn.lang) };
    if (text.length > MAX_RESULT_CHARS) return { message: t('result.tooLong', turn.lang, { max: MAX_RESULT_CHARS, length: text.length }) };
    // Read as on the day it was added: "i år" in it means that year, whenever it is edited.
    const added = DateTime.fromISO(before.at, { zone: 'utc' }).setZone(turn.zone);
    const after: ExperimentResult = { ...before, text, ...readResult(text, added.isValid ? added : turn.now) };
    if (!after.period) delete after.period;
    await services.experiments.editResult(turn.scope.key, before, after, changeOf(turn));
    return { card: resultCard(after, turn.lang, turn.now, t('result.updated', turn.lang, { name: after.experiment })) };
  }),
  resultButton(RESULT_VERBS.remove, async (ctx) => {
    const { turn, services } = ctx;
    const r = await resultOf(ctx);
    if (!r || !(await services.experiments.removeResult(turn.scope.key, r, changeOf(turn)))) return gone(ctx);
    return { card: deletedResultCard(r, turn.lang, turn.now, turn.author.name) };
  }),
  resultButton(RESULT_VERBS.putBack, async (ctx) => {
    const { turn, services, data } = ctx;
    if (!data.experiment || !data.id) return gone(ctx);
    const records = await services.history.of(turn.scope.key, EXPERIMENT, experimentKey(data.experiment));
    const removed = records.find((r) => r.entityKind === RESULT && r.entityId === data.id && r.action === 'removed' && r.before);
    if (!removed) return gone(ctx);
    const result = removed.before as unknown as ExperimentResult;
    if ((await services.experiments.addResult(turn.scope.key, result, changeOf(turn), 'undone')) === 'duplicate') {
      return { message: t('result.alreadyBack', turn.lang) };
    }
    return { card: resultCard(result, turn.lang, turn.now, t('result.putBackBy', turn.lang, { by: turn.author.name || '?' })) };
  }),
];
