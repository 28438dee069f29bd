// A result's buttons (cards/resultCards.ts): Ret opens the form, Gem keeps the text read again, Annuller and Vis put
// the card back, Slet deletes it (kept whole in its experiment's history) and Fortryd puts it back from there. Each
// answer replaces the card for everyone. The result is looked up in this conversation's scope only.
import { DateTime } from 'luxon';
import type { ActionContext, ActionHandler, ActionResult } from '../commands/types';
import { EXPERIMENT, experimentKey, RESULT, type ExperimentResult } from '../../storage/experimentRepository';
import { deletedResultCard, MAX_RESULT_CHARS, resultCard, resultFormCard } from '../../cards/resultCards';
import { sanitizeUserText } from '../../domain/text';
import { t } from '../../i18n/catalog';
import { readResult } from '../commands/result';
import { changeOf } from '../turn';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** The result the button names, in this scope; undefined when there is none (deleted, or another scope's). */
async function resultOf({ turn, services, data }: ActionContext): Promise<ExperimentResult | undefined> {
  const [experiment, id] = [str(data.experiment), str(data.id)];
  return experiment && id ? services.experiments.result(turn.scope.key, experiment, id) : undefined;
}

const gone = (ctx: ActionContext): ActionResult => ({ message: t('result.gone', ctx.turn.lang) });

export const resultActions: ActionHandler[] = [
  {
    verb: 'result.show',
    async run(ctx) {
      const r = await resultOf(ctx);
      return r ? { card: resultCard(r, ctx.turn.lang, ctx.turn.now, t('result.shown', ctx.turn.lang, { name: r.experiment })) } : gone(ctx);
    },
  },
  {
    verb: 'result.edit',
    async run(ctx) {
      const r = await resultOf(ctx);
      return r ? { card: resultFormCard(r, ctx.turn.lang) } : gone(ctx);
    },
  },
  {
    verb: 'result.update',
    async run(ctx) {
      const { turn, services, data } = ctx;
      const before = await resultOf(ctx);
      if (!before) return gone(ctx);
      const text = sanitizeUserText(str(data.text));
      if (text === '') return { message: t('result.empty', turn.lang) };
      if (text.length > MAX_RESULT_CHARS)
        return { message: t('result.tooLong', turn.lang, { max: MAX_RESULT_CHARS, length: text.length }) };
      // Read as on the day it was added: "i år" in it means that year, whenever it is edited.
      const added = DateTime.fromISO(before.at, { zone: 'utc' }).setZone(turn.zone);
      const after: ExperimentResult = { ...before, text, ...readResult(text, added.isValid ? added : turn.now) };
      if (!after.period) delete after.period;
      await services.experiments.editResult(turn.scope.key, before, after, changeOf(turn));
      return { card: resultCard(after, turn.lang, turn.now, t('result.updated', turn.lang, { name: after.experiment })) };
    },
  },
  {
    verb: 'result.delete',
    async run(ctx) {
      const { turn, services } = ctx;
      const r = await resultOf(ctx);
      if (!r || !(await services.experiments.removeResult(turn.scope.key, r, changeOf(turn)))) return gone(ctx);
      return { card: deletedResultCard(r, turn.lang, turn.now, turn.author.name) };
    },
  },
  {
    verb: 'result.putBack',
    async run(ctx) {
      const { turn, services, data } = ctx;
      const [experiment, id] = [str(data.experiment), str(data.id)];
      if (!experiment || !id) return gone(ctx);
      const records = await services.history.of(turn.scope.key, EXPERIMENT, experimentKey(experiment));
      const removed = records.find((r) => r.entityKind === RESULT && r.entityId === id && r.action === 'removed' && r.before);
      if (!removed) return gone(ctx);
      const result = removed.before as unknown as ExperimentResult;
      if ((await services.experiments.addResult(turn.scope.key, result, changeOf(turn), 'undone')) === 'duplicate') {
        return { message: t('result.alreadyBack', turn.lang) };
      }
      return { card: resultCard(result, turn.lang, turn.now, t('result.putBackBy', turn.lang, { by: turn.author.name || '?' })) };
    },
  },
];
