// Buttons of an approval run's card: a mark per missing approver, Undo of the mark just made, and on a deadline's
// card "Godkendelse i alle kommuner" (the deadline becomes an approval run). The answer replaces the card for
// everyone (bot/teams/tovholderBot.ts); ids are looked up in the turn's own scope only.
import { action, type ActionContext, type ActionResult, type CardAction } from '../types';
import type { Services } from '../../services';
import { changeMark } from './approved';
import { ALL_MUNICIPALITIES } from '../../../domain/approvals';
import { itemCard } from '../../../cards/itemCards';
import { APPROVAL_VERBS, readApprovalButton, type ApprovalButtonData } from '../../../cards/approvalCards';
import { t } from '../../../i18n/catalog';
import { changeOf } from '../../turn';

/** An approval button: its data read by readApprovalButton before `run`. */
const approvalButton = (verb: string, run: (ctx: ActionContext<ApprovalButtonData, Ports>) => Promise<ActionResult>) =>
  action<ApprovalButtonData, Ports>({ verb, read: readApprovalButton, run });

/** What the approval buttons use: the items (an approval run is one). */
type Ports = Pick<Services, 'items'>;

export const approvalMarkAction = approvalButton(APPROVAL_VERBS.mark, ({ turn, services, data }) =>
  changeMark(services, turn, data.id, data.who, false),
);

export const approvalUndoAction = approvalButton(APPROVAL_VERBS.undo, ({ turn, services, data }) =>
  changeMark(services, turn, data.id, data.who, true),
);

export const approvalStartAction = approvalButton(APPROVAL_VERBS.start, async ({ turn, services, data }) => {
  const lang = turn.lang;
  const changed = await services.items.changeGuarded(
    turn.scope.key,
    data.id,
    (item) =>
      item.approvers?.length || item.type !== 'deadline'
        ? { item, outcome: 'same' }
        : { item: { ...item, approvers: [...ALL_MUNICIPALITIES], approvals: [] }, outcome: 'started' },
    { change: changeOf(turn), action: 'changed' },
  );
  if (!changed) return { message: t('item.notHere', lang) };
  return { card: itemCard(changed.item, lang, turn.now, t('approval.started', lang)) };
});

export const approvalActions: CardAction[] = [approvalMarkAction, approvalUndoAction, approvalStartAction];
