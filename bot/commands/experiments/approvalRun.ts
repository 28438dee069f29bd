// /godkendelse (/approval) <frist> af <godkendere>: a deadline that needs a mark from each approver in a chain of any
// length (the circles of the evaluation timeline: "… af Jobcenterchefkredsen, Beskæftigelsesdirektørkredsen,
// Kommunaldirektørkredsen og KKR"), with the same card, tally, buttons, marks and undo as "i alle kommuner". Marked
// with /godkendt <godkender> <fristens ord>. An open deadline of the same title (a pasted timeline's line) becomes
// the run instead of a second deadline.
import { approvalMarkAction, approvalStartAction, approvalUndoAction } from './approvalButtons';
import { readApprovalChain, type ChainReading } from '../../../domain/approvals';
import { findPeriodInText } from '../../../domain/dates';
import { readDeadlineLine } from '../../../domain/timeline';
import { itemToUpdate, type Item } from '../../../domain/items';
import type { IsoDate, Lang } from '../../../domain/types';
import { sanitizeUserText } from '../../../domain/text';
import { listText, t } from '../../../i18n/catalog';
import { itemCard } from '../../../cards/itemCards';
import { tallyText } from '../../../cards/approvalCards';
import { titleIndexWords } from '../../../storage/itemRepository';
import { changeOf } from '../../turn';
import { newItem } from '../items/itemIds';
import { failureText } from '../../../i18n/failures';
import { alreadyAnswered } from '../redelivery';
import type { CommandDescriptor, Reply } from '../types';
import type { Services } from '../../services';

function problemText(r: Exclude<ChainReading, { ok: true }>, lang: Lang): string {
  return failureText('approvalChain', r, lang);
}

/** What approvalRun uses. */
type Ports = Pick<Services, 'items' | 'logger'>;

export const approvalRunCommand: CommandDescriptor<Ports> = {
  command: 'approval',
  names: { da: ['godkendelse'], en: ['approval'] },
  help: { section: 'registry', lines: ['approvalRun'] },
  actions: [approvalMarkAction, approvalUndoAction, approvalStartAction],
  async run({ turn, args, services }): Promise<Reply[]> {
    const lang = turn.lang;
    const text = sanitizeUserText(args);
    const chain = readApprovalChain(text);
    if (!chain.ok) return [{ text: problemText(chain, lang) }];
    const ctx = { today: turn.now, yearRule: 'future' as const };
    // "… af Jobcenterchefkredsen marts 2021": the date belongs before "af" (with the deadline), not to an approver.
    const dated = chain.approvers.find((a) => findPeriodInText(a, ctx) !== undefined);
    if (dated) return [{ text: t('approvalRun.dateAfter', lang, { name: dated }) }];
    const line = readDeadlineLine(1, chain.deadline, ctx);
    // No date: a deadline whose date is not set yet, as /frist allows.
    const read = 'period' in line ? line : line.error === 'noDate' ? { title: chain.deadline, period: undefined } : line;
    if ('error' in read) {
      if (read.error === 'noTitle' || read.error === 'noDate') return [{ text: t('approvalRun.how', lang) }];
      return [{ text: failureText('itemDate', { code: read.error }, lang, { text: read.detail ?? chain.deadline }) }];
    }
    const item: Item = {
      ...newItem(turn, { type: 'deadline', title: read.title, ...(read.period ? { period: read.period } : {}) }),
      approvers: chain.approvers,
      approvals: [],
    };
    const scopeKey = turn.scope.key;
    const words = titleIndexWords(item.title);
    const existing = itemToUpdate(
      words.length ? await services.items.search(scopeKey, words) : [],
      'deadline',
      item.title,
      turn.now.toISODate() as IsoDate,
    );
    if (existing?.id === item.id) return alreadyAnswered(turn, services.logger);
    if (existing?.approvers?.length) {
      // The same chain again (a redelivery, or written twice) shows the run; another chain is not mixed into it.
      if (existing.approvers.join('\n') === chain.approvers.join('\n')) {
        return [{ card: itemCard(existing, lang, turn.now, t('approvalRun.exists', lang)), summary: existing.title }];
      }
      return [{ text: t('approvalRun.other', lang, { title: existing.title, tally: tallyText(existing, lang) }) }];
    }
    if (existing) {
      // A deadline of that title is open (from a pasted timeline): it becomes the run, its date kept unless it had none.
      const changed = await services.items.changeGuarded(
        scopeKey,
        existing.id,
        (before) =>
          before.approvers?.length
            ? { item: before, outcome: 'same' }
            : {
                item: {
                  ...before,
                  ...(before.period || !read.period ? {} : { period: read.period }),
                  approvers: chain.approvers,
                  approvals: [],
                },
                outcome: 'started',
              },
        { change: changeOf(turn), action: 'changed' },
      );
      if (changed) {
        const heading = t('approvalRun.started', lang, { n: chain.approvers.length });
        return [{ card: itemCard(changed.item, lang, turn.now, heading), summary: `${heading}: ${changed.item.title}` }];
      }
    }
    if ((await services.items.add(scopeKey, [item], changeOf(turn))) === 'duplicate') return alreadyAnswered(turn, services.logger);
    const heading = t('approvalRun.saved', lang, { list: listText(chain.approvers, lang) });
    return [
      {
        card: itemCard(item, lang, turn.now, heading, item.period ? '' : t('deadline.undatedNote', lang)),
        summary: `${heading}: ${item.title}`,
      },
    ];
  },
};
