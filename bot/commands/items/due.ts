// /due (/frister) [period]: what is due in a period (no period: this month); "inkl. færdige" / "incl. done" shows
// done items too. Overdue items come first whatever the period.
import { doneOverdueAction, dueMoreAction } from './itemButtons';
import type { DateTime } from 'luxon';
import type { CommandDescriptor, Reply } from '../types';
import type { Lang, Period } from '../../../domain/types';
import type { Turn } from '../../turn';
import { parsePeriod } from '../../../domain/dates';
import { monthOf } from '../../../domain/due';
import { formatPeriod } from '../../../domain/periodFormat';
import { t } from '../../../i18n/catalog';
import { listingCardFor, type ItemReader } from './itemListing';
import type { ListingView } from '../../../cards/itemButton';
import { failureText } from '../../../i18n/failures';
import type { Services } from '../../services';

const INCLUDE_DONE = new RegExp(
  String.raw`(?:^|\s)(?:inkl\.?|inklusive?|incl\.?|including|med|with|og|and|plus)\s+(?:de\s+|the\s+)?` +
    String.raw`(?:færdige|faerdige|done|completed|finished)(?:\s+(?:ones|items))?(?=\s|$)`,
  'i',
);

/** "/frister overskredet", "/due overdue": every missed deadline, old ones too. */
const OVERDUE = /^(?:de\s+|the\s+)?(?:overskredet|overskredne|overskredne frister|overdue|overdue ones)$/i;

/** A period that reads but does not exist: /due saves nothing, so these texts do not say "nothing was saved". */
/** The listing reply for a period (also used by the plain-language questions). */
export async function dueReply(
  turn: Turn,
  services: { items: ItemReader },
  lang: Lang,
  period: Period,
  includeDone: boolean,
): Promise<Reply[]> {
  const view: ListingView = { k: 'due', from: period.start, to: period.end, lbl: formatPeriod(period, lang, turn.now) };
  if (includeDone) view.inc = true;
  const { card, total, older } = await listingCardFor({ items: services.items, scopeKey: turn.scope.key, now: turn.now, lang }, view);
  // A personal chat has its own (usually empty) list: nothing here means the team's items are elsewhere, so say where.
  if (total + older === 0 && turn.scope.kind === 'personal') return [{ text: t('due.personalEmpty', lang) }];
  return [{ card, summary: t('due.summary', lang) }];
}

export function thisMonth(now: DateTime): Period {
  const m = monthOf(now);
  return { start: m.start, end: m.end, form: { kind: 'month' } };
}

/** What due uses. */
type Ports = Pick<Services, 'items'>;

export const dueCommand: CommandDescriptor<Ports> = {
  command: 'due',
  names: { da: ['frister'], en: ['due'] },
  bare: true,
  help: { section: 'coming', lines: ['due'] },
  actions: [dueMoreAction, doneOverdueAction],
  async run({ turn, args, services }) {
    const lang = turn.lang;
    let text = args.replace(/\s+/g, ' ').trim();
    const done = INCLUDE_DONE.exec(text);
    if (done) text = `${text.slice(0, done.index)} ${text.slice(done.index + done[0].length)}`.trim();
    if (!text) return dueReply(turn, services, lang, thisMonth(turn.now), done !== null);
    if (OVERDUE.test(text)) {
      const today = turn.now.toISODate()!;
      const { card } = await listingCardFor(
        { items: services.items, scopeKey: turn.scope.key, now: turn.now, lang },
        { k: 'overdue', from: today, to: today },
      );
      return [{ card, summary: t('due.summary', lang) }];
    }
    const read =
      parsePeriod(text, { today: turn.now, yearRule: 'future' }) ??
      parsePeriod(text.replace(/^(?:i|in|for|during)\s+/i, ''), { today: turn.now, yearRule: 'future' });
    if (!read) return [{ text: t('due.periodHow', lang, { text }) }];
    if (!read.ok) return [{ text: failureText('duePeriod', read, lang) }];
    return dueReply(turn, services, lang, read.period, done !== null);
  },
};
