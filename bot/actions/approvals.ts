// Buttons of an approval run's card: a mark per missing approver, Undo of the mark just made, and on a deadline's
// card "Godkendelse i alle kommuner" (the deadline becomes an approval run). The answer replaces the card for
// everyone (bot/teams/tovholderBot.ts); ids are looked up in the turn's own scope only.
import type { ActionHandler } from '../commands/types';
import { changeMark } from '../commands/approved';
import { ALL_MUNICIPALITIES } from '../../domain/approvals';
import { itemCard } from '../../cards/itemCards';
import { APPROVAL_VERBS } from '../../cards/approvalCards';
import { t } from '../../i18n/catalog';
import { changeOf } from '../turn';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

export const approvalMarkAction: ActionHandler = {
  verb: APPROVAL_VERBS.mark,
  run: ({ turn, services, data }) => changeMark(services, turn, str(data.id), str(data.who), false),
};

export const approvalUndoAction: ActionHandler = {
  verb: APPROVAL_VERBS.undo,
  run: ({ turn, services, data }) => changeMark(services, turn, str(data.id), str(data.who), true),
};

export const approvalStartAction: ActionHandler = {
  verb: APPROVAL_VERBS.start,
  async run({ turn, services, data }) {
    const lang = turn.lang;
    const changed = await services.items.changeGuarded(
      turn.scope.key,
      str(data.id),
      (item) =>
        item.approvers?.length || item.type !== 'deadline'
          ? { item, outcome: 'same' }
          : { item: { ...item, approvers: [...ALL_MUNICIPALITIES], approvals: [] }, outcome: 'started' },
      { change: changeOf(turn), action: 'changed' },
    );
    if (!changed) return { message: t('item.notHere', lang) };
    return { card: itemCard(changed.item, lang, turn.now, t('approval.started', lang)) };
  },
};

export const approvalActions: ActionHandler[] = [approvalMarkAction, approvalUndoAction, approvalStartAction];
