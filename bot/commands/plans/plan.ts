// /plan <what> <by when> [ansvarlig @Navn]: a planned action, and its card's buttons. Gjort turns the plan into a log
// entry dated the day it is pressed (its kind read as /log reads it, else the kind buttons), linked to the plan;
// Fortryd undoes both. Ret and Slet (with Fortryd) as on the other cards. A plan is an item of type 'plan', so it is
// listed, reminded of and digested with the deadlines (overdue like a missed deadline).
import { action, type ActionContext, type ActionResult, type CardAction, type CommandDescriptor, type Reply } from '../types';
import { ownerActions } from './ownerButtons';
import type { Services } from '../../services';
import { readPlan } from '../../../domain/plans';
import { readOwner, type OwnerReading } from '../../../domain/owners';
import { interpretLog, interpretLogText } from '../../../domain/logText';
import type { Item } from '../../../domain/items';
import type { IsoDate, Lang } from '../../../domain/types';
import { sanitizeUserText } from '../../../domain/text';
import { kindLabel } from '../../../domain/vocabulary';
import { formatDay, t } from '../../../i18n/catalog';
import { deletedPlanCard, itemCard, planFormCard, PLAN_VERBS } from '../../../cards/itemCards';
import { chooseKindCard } from '../../../cards/logCards';
import { entryKey } from '../../../storage/logRepository';
import { ITEM } from '../../../storage/schema';
import { changeOf } from '../../turn';
import { failureText } from '../../../i18n/failures';
import { cleanTitle, newItem } from '../items/itemIds';
import { saveItem } from '../items/sameItem';
import { listsFor } from '../lists';
import { entryIdFor, entryOf, problemText } from '../log/entryForm';
import { listingCardFor } from '../items/itemListing';
import { readPlanButton, type PlanButtonData } from '../../../cards/itemButton';

/** What an owner that could not be read says (nothing is saved). */
export function ownerProblemText(read: Exclude<OwnerReading, { ok: true }>, lang: Lang): string {
  return failureText('owner', read, lang);
}

/** What the plan buttons use: the items, the log Gjort writes to, the history Slet's Fortryd reads, and the lists
 *  the plan's words are read with. */
type PlanButtonPorts = Pick<Services, 'items' | 'log' | 'history' | 'scopes'>;
type PlanContext = ActionContext<PlanButtonData, PlanButtonPorts>;

async function planOf(ctx: PlanContext): Promise<Item | undefined> {
  const item = await ctx.services.items.get(ctx.turn.scope.key, ctx.data.id);
  return item?.type === 'plan' ? item : undefined;
}

/** The card a press answers with: the listing it was pressed in drawn again (the plan kept in sight), else the plan's. */
async function answer(ctx: PlanContext, item: Item, heading: string, note = '', color = 'Good'): Promise<ActionResult> {
  const { turn, services, data } = ctx;
  const view = data.view;
  if (!view) return { card: itemCard(item, turn.lang, turn.now, heading, note, color) };
  const keep = new Set(view.keep ?? []);
  if (item.done) keep.add(item.id);
  const { card } = await listingCardFor(
    { items: services.items, scopeKey: turn.scope.key, now: turn.now, lang: turn.lang },
    { ...view, keep: [...keep].slice(-50) },
  );
  return { card };
}

/** Gjort: the log entry (dated the day of the press), then the plan marked done with the entry's key. A second
 *  press (or one racing it) finds the plan done and takes its own entry back, so one plan is one entry. */
async function didIt(ctx: PlanContext): Promise<ActionResult> {
  const { turn, services, data } = ctx;
  const lang = turn.lang;
  const plan = await planOf(ctx);
  if (!plan) return { message: t('plan.notPlan', lang) };
  if (plan.done) return { message: t('plan.alreadyDone', lang) };
  const lists = await listsFor(services, turn.scope.key);
  const today = turn.now.toISODate() as IsoDate;
  const guessed = interpretLog(plan.title, turn.now, lists);
  const chosen = data.kind;
  const kind = chosen ?? (guessed.ok ? guessed.draft.kind : undefined);
  if (!kind) {
    const pending = { id: plan.id, ...(data.view ? { view: data.view } : {}) }; // the kind buttons name it `id`
    return { card: chooseKindCard(plan.title, lang, pending, { verb: PLAN_VERBS.done, heading: 'plan.chooseKind' }) };
  }
  const text = !chosen && guessed.ok ? guessed.draft.text : plan.title;
  const read = interpretLogText(text, kind, turn.now, lists, { date: today });
  if (!read.ok) return { message: problemText(read, lang) };
  const entry = entryOf(entryIdFor(turn.conversationId, turn.activityId), read.draft, kind, turn, {
    participants: plan.owner ? [plan.owner] : [],
  });
  await services.log.add(turn.scope.key, entry, changeOf(turn));
  const key = entryKey(entry);
  const change = changeOf(turn);
  const marked = await services.items.changeGuarded(
    turn.scope.key,
    plan.id,
    (before) =>
      before.done
        ? { item: before, outcome: 'taken' as const }
        : { item: { ...before, done: true, doneAt: change.at, doneBy: turn.author.name, entryKey: key }, outcome: 'done' as const },
    { change, action: 'done' },
  );
  if (!marked) return { message: t('plan.notPlan', lang) };
  if (marked.item.entryKey !== key) {
    // Someone else's Gjort came first: this press's entry is taken back.
    await services.log.undo(turn.scope.key, entry, turn.author, change.at);
    return { message: t('plan.alreadyDone', lang) };
  }
  return answer(
    ctx,
    marked.item,
    t('plan.doneHeading', lang, { by: turn.author.name || '?' }),
    t('plan.loggedAs', lang, { kind: kindLabel(kind, lang), day: formatDay(today, lang, turn.now) }),
  );
}

/** Fortryd of Gjort: the entry undone and the plan open again. */
async function undoDidIt(ctx: PlanContext): Promise<ActionResult> {
  const { turn, services } = ctx;
  const lang = turn.lang;
  const plan = await planOf(ctx);
  if (!plan) return { message: t('plan.notPlan', lang) };
  if (plan.entryKey) {
    const entry = await services.log.get(turn.scope.key, plan.entryKey);
    if (entry) await services.log.undo(turn.scope.key, entry, turn.author, turn.now.toUTC().toISO()!);
  }
  const reopened = await services.items.changeGuarded(
    turn.scope.key,
    plan.id,
    (before) => {
      if (!before.done) return { item: before, outcome: 'open' as const };
      const after: Item = { ...before, done: false };
      delete after.doneAt;
      delete after.doneBy;
      delete after.entryKey;
      return { item: after, outcome: 'reopened' as const };
    },
    { change: changeOf(turn), action: 'reopened' },
  );
  if (!reopened) return { message: t('plan.notPlan', lang) };
  return answer(ctx, reopened.item, t('plan.undone', lang, { by: turn.author.name || '?' }), '', 'Default');
}

async function remove(ctx: PlanContext): Promise<ActionResult> {
  const { turn, services } = ctx;
  const removed = await services.items.remove(turn.scope.key, ctx.data.id, changeOf(turn));
  if (removed?.type !== 'plan') return { message: t('plan.notPlan', turn.lang) };
  return { card: deletedPlanCard(removed, turn.lang, turn.now, turn.author.name) };
}

/** Fortryd of Slet: the plan as the history kept it when it was removed. */
async function putBack(ctx: PlanContext): Promise<ActionResult> {
  const { turn, services } = ctx;
  const lang = turn.lang;
  const id = ctx.data.id;
  if (await services.items.get(turn.scope.key, id)) return { message: t('item.restoreAlready', lang) };
  const removed = (await services.history.of(turn.scope.key, ITEM, id)).find((r) => r.action === 'removed');
  const before = removed?.before as Item | undefined;
  if (before?.type !== 'plan' || before.id !== id) return { message: t('plan.notPlan', lang) };
  await services.items.putBack(turn.scope.key, before, changeOf(turn));
  return { card: itemCard(before, lang, turn.now, t('plan.putBackBy', lang, { by: turn.author.name || '?' }), '', 'Default') };
}

async function edit(ctx: PlanContext): Promise<ActionResult> {
  const lang = ctx.turn.lang;
  const plan = await planOf(ctx);
  if (!plan) return { message: t('plan.notPlan', lang) };
  const heading = t('plan.formHeading', lang);
  const form = { verb: PLAN_VERBS.update, data: { id: plan.id }, text: plan.title, date: plan.period?.end, heading };
  return { card: planFormCard(lang, form) };
}

/** The form's day as the plan's: the latest day ("senest"), unless the form kept the plan's own day and form. */
function periodOfForm(date: IsoDate, was?: Item['period']): NonNullable<Item['period']> {
  return was && was.end === date ? was : { start: date, end: date, form: { kind: 'by' } };
}

async function update(ctx: PlanContext): Promise<ActionResult> {
  const { turn, services, data } = ctx;
  const lang = turn.lang;
  const plan = await planOf(ctx);
  if (!plan) return { message: t('plan.notPlan', lang) };
  const title = cleanTitle(data.text);
  const date = data.date;
  if (!title || !date) return { message: t('plan.formError', lang) };
  const after: Item = { ...plan, title, period: periodOfForm(date, plan.period) };
  await services.items.update(turn.scope.key, after, changeOf(turn), 'edited');
  return { card: itemCard(after, lang, turn.now, t('plan.edited', lang, { by: turn.author.name || '?' }), '', 'Default') };
}

/** Planlæg from a gap's line (or any prefilled form): a new plan from the form, saved once per press. */
async function create(ctx: PlanContext): Promise<ActionResult> {
  const { turn, services, data } = ctx;
  const lang = turn.lang;
  const title = cleanTitle(data.text);
  const date = data.date;
  if (!title || !date) return { message: t('plan.formError', lang) };
  const item = newItem(turn, { type: 'plan', title, period: periodOfForm(date) });
  await services.items.add(turn.scope.key, [item], changeOf(turn));
  const stored = (await services.items.get(turn.scope.key, item.id)) ?? item;
  // The form was the presser's own (over a gap card, which stays as it was for everyone): so is its answer.
  return { card: itemCard(stored, lang, turn.now, t('plan.saved', lang), '', 'Good'), onlyForPresser: true };
}

/** The prefilled form Planlæg opens (a gap card's line): the text to plan, no day yet. */
export function planPrompt(text: string, lang: Lang): ReturnType<typeof planFormCard> {
  return planFormCard(lang, { verb: PLAN_VERBS.create, data: {}, text, heading: t('button.plan', lang) });
}

/** A plan button: its data read by readPlanButton before `run`. */
const planButton = (verb: string, run: (ctx: PlanContext) => Promise<ActionResult>) =>
  action<PlanButtonData, PlanButtonPorts>({ verb, read: readPlanButton, run });

export const planActions: CardAction[] = [
  planButton(PLAN_VERBS.done, didIt),
  planButton(PLAN_VERBS.undo, undoDidIt),
  planButton(PLAN_VERBS.remove, remove),
  planButton(PLAN_VERBS.putBack, putBack),
  planButton(PLAN_VERBS.edit, edit),
  planButton(PLAN_VERBS.update, update),
  planButton(PLAN_VERBS.create, create),
];

/** What /plan uses: the items it saves (as /frist does). */
type Ports = Pick<Services, 'items' | 'logger'>;

export const planCommand: CommandDescriptor<Ports> = {
  command: 'plan',
  names: { da: ['planlæg', 'planlaeg'], both: ['plan'] },
  bare: ['plan'],
  help: { section: 'coming', lines: ['plan'] },
  actions: [...planActions, ...ownerActions],
  storesMentions: true,
  async run({ turn, args, services }): Promise<Reply[]> {
    const lang = turn.lang;
    const text = sanitizeUserText(args);
    if (!text) return [{ text: t('plan.how', lang) }];
    const owned = readOwner(text, turn.mentions);
    if (!owned.ok) return [{ text: ownerProblemText(owned, lang) }];
    const read = readPlan(owned.text, turn.now);
    if (!read.ok) {
      if (read.code === 'noTitle') return [{ text: `${t('item.noTitle', lang)} ${t('plan.how', lang)}` }];
      if (read.code === 'noDate') return [{ text: `${t('plan.noDate', lang)} ${t('plan.how', lang)}` }];
      return [{ text: failureText('itemDate', read, lang) }];
    }
    const item = newItem(turn, { type: 'plan', title: read.title, period: read.period });
    if (owned.owner) item.owner = owned.owner;
    return saveItem(
      turn,
      services,
      item,
      { period: read.period, ...(owned.owner ? { owner: owned.owner } : {}) },
      { heading: 'plan.saved', undatedNote: 'plan.undatedNote' },
    );
  },
};
