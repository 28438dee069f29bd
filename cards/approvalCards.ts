// An approval run on a card: the tally ("7 af 11 godkendt · mangler: Læsø, Morsø, Rebild, Thisted"), who approved
// when and who marked it, a button per missing approver, and Undo of the mark just made. Pressing a button updates
// the card for everyone (bot/teams/tovholderBot.ts).
import type { DateTime } from 'luxon';
import type { Item } from '../domain/items';
import type { Lang } from '../domain/types';
import { isMunicipalRun, tallyOf } from '../domain/approvals';
import { formatDay, listText, t } from '../i18n/catalog';
import { pageCard, type PageButton } from './pageCard';
import { withinTeamsLimit, type CardJson } from './render';
import { tallyLine } from '../reports/wording';

/** The button verbs (bot/commands/experiments/approvalButtons.ts). */
export const APPROVAL_VERBS = { mark: 'approval.mark', undo: 'approval.undo', start: 'approval.start' } as const;

/** An approval button's data, once read: the item, and the approver a mark or its undo is for. */
export interface ApprovalButtonData {
  id: string;
  who: string;
}

export function readApprovalButton(raw: Record<string, unknown>): ApprovalButtonData {
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  return { id: str(raw.id), who: str(raw.who) };
}

/** "7 af 11 godkendt · mangler: Læsø, Morsø, Rebild, Thisted"; '' for an item that is not an approval run. */
export function tallyText(item: Pick<Item, 'approvers' | 'approvals'>, lang: Lang): string {
  const tally = tallyOf(item);
  return tally ? tallyLine(tally, lang) : '';
}

/** The missing approvers as a sentence ("Læsø, Morsø og Rebild"), for a reminder. */
export function missingText(item: Item, lang: Lang): string {
  const tally = tallyOf(item);
  return tally && tally.missing.length > 0 ? t('reminderCard.missing', lang, { list: listText(tally.missing, lang) }) : '';
}

export interface ApprovalCardOptions {
  heading: string;
  headingColor?: string;
  /** The line under the title: kind, when, state (cards/itemCards.ts writes it). */
  details: string;
  /** The approver just marked or unmarked: its Undo is offered. */
  lastMarked?: string;
  /** Extra card actions (Done/Undo of the whole item). */
  actions?: object[];
  /** A line under the card (a calendar file's note). */
  note?: string;
}

/** An approval run's card: its tally, the marks so far, a button per missing approver. */
export function approvalCard(item: Item, lang: Lang, today: DateTime, opts: ApprovalCardOptions): CardJson {
  const tally = tallyOf(item)!;
  const buttons: PageButton[] = tally.missing.map((who) => ({
    title: `✓ ${who}`,
    verb: APPROVAL_VERBS.mark,
    data: { id: item.id, who, lang },
  }));
  const undo =
    opts.lastMarked && tally.approved.some((m) => m.who === opts.lastMarked)
      ? [
          {
            type: 'Action.Execute',
            title: t('approval.undoMark', lang, { who: opts.lastMarked }),
            verb: APPROVAL_VERBS.undo,
            data: { id: item.id, who: opts.lastMarked, lang },
          },
        ]
      : [];
  return pageCard({
    heading: opts.heading,
    headingColor: opts.headingColor ?? 'Good',
    title: item.title,
    struck: item.done,
    subtitle: opts.details,
    headline: tallyText(item, lang) + (tally.complete ? ` · ${t('approval.complete', lang, { total: String(tally.total) })}` : ''),
    headlineColor: tally.complete ? 'Good' : 'Attention',
    sections:
      tally.approved.length === 0
        ? []
        : [
            {
              heading: t(isMunicipalRun(item) ? 'approval.started' : 'approval.marks', lang),
              facts: tally.approved.map((m) => ({
                title: m.who,
                value: t('approval.markedBy', lang, { day: formatDay(m.on, lang, today), by: m.by || '?' }),
              })),
            },
          ],
    buttons,
    actions: withinTeamsLimit([...undo, ...(opts.actions ?? [])], t('button.more', lang)),
    ...(opts.note ? { footer: opts.note } : {}),
  });
}

/** "Skagen ligger i Frederikshavn Kommune": the run a /godkendt with a town meant, and a button that marks the
 *  municipality (the same as its button on the run's card). */
export function townOfferCard(lies: string, run: Item, who: string, lang: Lang): CardJson {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: lies, weight: 'Bolder', wrap: true },
      { type: 'TextBlock', text: t('approval.townOffer', lang, { name: who }), wrap: true },
      { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: run.title }] },
    ],
    actions: [
      {
        type: 'Action.Execute',
        title: t('approval.townMark', lang, { name: who }),
        verb: APPROVAL_VERBS.mark,
        data: { id: run.id, who, lang },
      },
    ],
  };
}
