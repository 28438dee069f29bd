/*
 * Periods written the way a Danish colleague writes them (and the English equivalent).
 * Chosen wording, one per form (parsePeriod reads all of them back):
 *   day    "7. november 2024"            / "7 November 2024"
 *   part   "start/midt/slut oktober 2020" / "early/mid/late October 2020"  (primo/medio/ultimo are read, not written)
 *   month  "november 2024"               / "November 2024"
 *   week   "uge 45" (+ " 2025")           / "week 45"
 *   by     "senest 15. december 2024"    / "by 15 December 2024"
 *   span   "marts–maj 2020", "15. marts – juni 2024", "1.–5. maj 2024", "uge 45–48", "december 2024 – februar 2025"
 *          / "March–May 2020", "15 March – June 2024", "1–5 May 2024", "week 45–48"
 * The year is left out when it is today's year (only when `today` is given); a week's year is its ISO week-year.
 * The dash is an en dash, tight between single words, spaced as soon as either side has more than one word.
 */
import { DateTime } from 'luxon';
import type { IsoDate, Lang, Period, PeriodForm } from './types';

const MONTHS: Record<Lang, string[]> = {
  da: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
const WEEKDAYS: Record<Lang, string[]> = {
  da: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};
const PARTS: Record<Lang, Record<'early' | 'mid' | 'late', string>> = {
  da: { early: 'start', mid: 'midt', late: 'slut' },
  en: { early: 'early', mid: 'mid', late: 'late' },
};
const WEEK: Record<Lang, string> = { da: 'uge', en: 'week' };
const BY: Record<Lang, string> = { da: 'senest', en: 'by' };

interface Ymd {
  year: number;
  month: number;
  day: number;
}
const ymd = (date: IsoDate): Ymd => ({ year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) });

/** 1 = Monday … 7 = Sunday, by the calendar arithmetic of Date (luxon's fromObject costs ~10 µs a day, and a digest
 *  writes dozens); a day that does not exist goes to luxon as before. */
function isoWeekday(d: Ymd): number {
  const at = new Date(0);
  at.setUTCFullYear(d.year, d.month - 1, d.day);
  if (at.getUTCFullYear() !== d.year || at.getUTCMonth() !== d.month - 1 || at.getUTCDate() !== d.day) {
    return DateTime.fromObject(d, { zone: 'utc' }).weekday;
  }
  return ((at.getUTCDay() + 6) % 7) + 1;
}

const dayText = (d: Ymd, lang: Lang) => (lang === 'da' ? `${d.day}. ${MONTHS.da[d.month - 1]}` : `${d.day} ${MONTHS.en[d.month - 1]}`);

/** One side of a period without its year, and the year it belongs to. */
function side(form: PeriodForm, date: IsoDate, lang: Lang): { text: string; year: number } {
  const d = ymd(date);
  switch (form.kind) {
    case 'part':
      return { text: `${PARTS[lang][form.part]} ${MONTHS[lang][d.month - 1]}`, year: d.year };
    case 'month':
      return { text: MONTHS[lang][d.month - 1], year: d.year };
    case 'week':
      return { text: `${WEEK[lang]} ${form.week}`, year: form.weekYear };
    default: // day, and a 'by' or 'span' nested where a side is expected: the date itself
      return { text: dayText(d, lang), year: d.year };
  }
}

const withYear = (text: string, year: number, today?: DateTime) => (today && today.year === year ? text : `${text} ${year}`);
function joinSides(left: string, right: string): string {
  // "3.–7. marts", but "3. marts – 7. april": a dash between words gets spaces.
  return left.includes(' ') || right.includes(' ') ? `${left} – ${right}` : `${left}–${right}`;
}

function formatSpan(p: Period, from: PeriodForm, to: PeriodForm, lang: Lang, today?: DateTime): string {
  const l = side(from, p.start, lang);
  const r = side(to, p.end, lang);
  if (l.year !== r.year) return joinSides(`${l.text} ${l.year}`, withYear(r.text, r.year, today));
  const a = ymd(p.start);
  const b = ymd(p.end);
  if (from.kind === 'day' && to.kind === 'day' && a.month === b.month) {
    const days = lang === 'da' ? `${a.day}.–${b.day}. ${MONTHS.da[a.month - 1]}` : `${a.day}–${b.day} ${MONTHS.en[a.month - 1]}`;
    return withYear(days, r.year, today);
  }
  if (from.kind === 'week' && to.kind === 'week') return withYear(`${WEEK[lang]} ${from.week}–${to.week}`, r.year, today);
  return withYear(joinSides(l.text, r.text), r.year, today);
}

/** As a Danish colleague writes it ("primo februar 2024" comes out as "start februar 2024"); see the table above. */
export function formatPeriod(p: Period, lang: Lang, today?: DateTime): string {
  const form = p.form;
  if (form.kind === 'span') return formatSpan(p, form.from, form.to, lang, today);
  if (form.kind === 'by') {
    const s = side({ kind: 'day' }, p.end, lang);
    return `${BY[lang]} ${withYear(s.text, s.year, today)}`;
  }
  const s = side(form, p.start, lang);
  return withYear(s.text, s.year, today);
}

/** "torsdag d. 7. november" / "Thursday 7 November" (+ year when it is not today's year, or no today is given). */
export function formatDay(date: IsoDate, lang: Lang, today?: DateTime): string {
  const d = ymd(date);
  const weekday = WEEKDAYS[lang][isoWeekday(d) - 1];
  const text = lang === 'da' ? `${weekday} d. ${dayText(d, lang)}` : `${weekday} ${dayText(d, lang)}`;
  return withYear(text, d.year, today);
}
