// What a `/log` message means: its kind, its text, the day it happened, and what it names. Pure: "today" comes in.
import type { DateTime } from 'luxon';
import type { Failure, IsoDate, Period } from './types';
import { findPeriodInText } from './dates';
import { recognize, type RecognizeLists, type Recognized } from './recognize';
import { ENTRY_KINDS, kindFromWord, kindLabel, type EntryKind } from './vocabulary';
import { sanitizeUserText, searchWords, writtenPieces } from './text';
import { linksOf, takeLinks, type FoundLink } from './links';
import { quotedPeople } from './html';

/** Teams messages can be long; a log line is a sentence or two. Past this we ask the user to shorten it. */
export const MAX_LOG_TEXT = 1000;
/** Room for a kind word and its separator before the text ("henvendelse: "), so the text itself may be 1,000. */
const MAX_KIND_WORD = 20;

/** Words that, after a kind word, make it part of the sentence ("møde med", "besøg fra", "letter to"). */
const LINKING_WORDS = new Set([
  'med',
  'for',
  'fra',
  'til',
  'hos',
  'i',
  'på',
  'om',
  'af',
  'ved',
  'hvor',
  'mellem',
  'sammen',
  'with',
  'from',
  'to',
  'at',
  'about',
  'by',
  'on',
  'in',
  'of',
  'between',
]);

export interface LogDraft {
  /** Undefined when the first word is no kind and nothing in the text decides it: the user is asked. */
  kind: EntryKind | undefined;
  /** True when the kind was inferred (a press outlet named) rather than written. */
  kindInferred: boolean;
  /** What named the outlet the kind was inferred from: the text, or only a link's address (a link-only /log). */
  inferredFrom?: 'text' | 'link';
  text: string;
  /** The day it happened; for a period, the period's first day (it only orders the log: the period is shown). */
  happenedOn: IsoDate;
  /** When the text names a period rather than a day ("i starten af oktober", "i foråret"): kept as written. */
  period?: Period;
  /** A date or period that lies ahead (a letter announcing "møde d. 12. november"): the entry keeps the day it was
   *  logged, and the card offers to add this as an event. */
  coming?: Period;
  /** The year was not written and the bot chose it, in another year than the day it was logged: the card says so. */
  yearChosen?: number;
  /** The date words as written ("i går", "d. 7. november"), when the text had a date. */
  dateText?: string;
  recognized: Recognized;
  /** Web addresses in the text (taken out of it) or given beside it, with the outlet each belongs to. */
  links: FoundLink[];
  /** People quoted ("citeret: Jannie Knudsen"). */
  quoted: string[];
  words: string[];
}

export type LogProblem =
  | { code: 'empty' }
  | { code: 'noText'; kind: EntryKind }
  | { code: 'tooLong'; length: number }
  | { code: 'impossibleDate'; dateText: string };

export type LogInterpretation = { ok: true; draft: LogDraft } | Failure<LogProblem>;

/**
 * Reads `/log <kind> <text>`. The kind is the first word in Danish or English; without one, a named press outlet makes
 * it press. A date anywhere in the text (any form of the glossary) is the day it happened; no date means today.
 * A date without a year is the nearest such date (yearRule 'nearest'); one that lies ahead is not when it happened
 * but what is coming: the entry stays on today and the date is kept as `coming`. A period stays a period.
 */
export function interpretLog(args: string, today: DateTime, lists: RecognizeLists): LogInterpretation {
  const sanitized = sanitizeUserText(args);
  if (sanitized === '') return { ok: false, code: 'empty' };
  // The limit is the entry's text: a kind word used as a label ("presse") is not part of it (checked below).
  if (sanitized.length > MAX_LOG_TEXT + MAX_KIND_WORD) return { ok: false, code: 'tooLong', length: sanitized.length };
  // A link is kept beside the text, not in it: its digits are no date, and the card opens it with a button.
  const { text: clean, links } = takeLinks(sanitized);
  if (clean === '') return draftOf(linkOnlyText(links), undefined, today, lists, {}, links);
  const { written, text } = kindAndText(clean, today);
  if (written && text === '' && links.length === 0) return { ok: false, code: 'noText', kind: written };
  if (text.length > MAX_LOG_TEXT) return { ok: false, code: 'tooLong', length: text.length };
  return draftOf(text || linkOnlyText(links), written, today, lists, {}, links);
}

/**
 * The kind word and the text without it. "/log presse TV2 filmede" → the kind is a label: text "TV2 filmede".
 * "/log møde med KL" → the kind word starts the sentence: text "møde med KL", which reads as written rather than
 * "med KL". A date may come first ("12/11 møde med …", "i starten af oktober besøg fra STAR"): the kind is the word
 * after it, and a label kind word is taken out behind the date ("12/11 presse TV2 filmede" → "12/11 TV2 filmede").
 */
function kindAndText(clean: string, today: DateTime): { written: EntryKind | undefined; text: string } {
  const words = clean.split(' ');
  // Only a date at the very start counts, and one is a few words long: the first eight are looked at, not the text.
  const dated = kindFromWord(words[0]) ? undefined : findPeriodInText(words.slice(0, 8).join(' '), { today, yearRule: 'nearest' });
  const lead = dated && dated.index === 0 ? clean.slice(0, dated.length).replace(/[\s,:–—-]+$/, '') : '';
  const body = lead ? clean.slice(lead.length).replace(/^[\s,:–—-]+/, '') : clean;
  const [first, ...rest] = body.split(' ');
  const written = kindFromWord(first);
  if (!written) return { written, text: clean };
  const startsSentence = rest.length > 0 && LINKING_WORDS.has(rest[0].toLocaleLowerCase('da'));
  if (startsSentence) return { written, text: clean };
  const label = rest.join(' ').replace(/^[:\-–—]\s*/, '');
  return { written, text: lead && label ? `${lead} ${label}` : label };
}

/** The text of an entry that was only a link: who published it, else the site's address. */
function linkOnlyText(links: FoundLink[]): string {
  const first = links[0];
  return first.source?.label ?? new URL(first.url).hostname.replace(/^www\./, '');
}

/** How the form and Edit date the text: `date` is a day picked in the form's date field (it wins over the text);
 *  `otherwise` is the day when neither picks one (Edit: the entry's own day). */
export interface LogDateChoice {
  date?: IsoDate;
  otherwise?: IsoDate;
}

/** The same reading for a text whose kind is already chosen (the kind buttons, the form, Edit, the "Log i Tovholder"
 *  dialog). `today` is the day the entry was logged, so a text is read the same whenever the button is pressed.
 *  `moreLinks` are links kept beside the text (the buttons' data, an edited entry's, the dialog's field). */
export function interpretLogText(
  text: string,
  kind: EntryKind | undefined,
  today: DateTime,
  lists: RecognizeLists,
  choice: LogDateChoice = {},
  moreLinks: readonly string[] = [],
): LogInterpretation {
  const sanitized = sanitizeUserText(text);
  if (sanitized.length > MAX_LOG_TEXT) return { ok: false, code: 'tooLong', length: sanitized.length };
  const { text: clean, links } = takeLinks(sanitized);
  const all = linksOf([...links.map((l) => l.url), ...moreLinks]);
  if (clean === '' && all.length === 0) return { ok: false, code: 'empty' };
  return draftOf(clean || linkOnlyText(all), kind, today, lists, choice, all);
}

interface DateReading {
  happenedOn: IsoDate;
  period?: Period;
  coming?: Period;
  yearChosen?: number;
  dateText?: string;
}

/** Where the entry goes in the log and what the text's date is: the rules of the README's "Dates in a log text". */
export function readLogDate(text: string, today: DateTime, choice: LogDateChoice = {}): DateReading | { impossible: string } {
  const todayIso = today.toISODate()!;
  const found = findPeriodInText(text, { today, yearRule: 'nearest' });
  if (choice.date) {
    // A day picked in the form: ahead of the day it is logged, it is an announcement like a date in the text.
    return choice.date > todayIso
      ? { happenedOn: todayIso, coming: { start: choice.date, end: choice.date, form: { kind: 'day' } } }
      : { happenedOn: choice.date };
  }
  if (found && 'error' in found) return { impossible: text.slice(found.index, found.index + found.length) };
  const fallback = choice.otherwise ?? todayIso;
  if (!found) return { happenedOn: fallback };
  const { period } = found;
  const dateText = text.slice(found.index, found.index + found.length);
  const year = Number(period.start.slice(0, 4));
  const yearChosen = found.yearGuessed && year !== today.year ? { yearChosen: year } : {};
  if (period.start > todayIso) return { happenedOn: fallback, coming: period, dateText, ...yearChosen };
  if (period.form.kind === 'day') return { happenedOn: period.start, dateText, ...yearChosen };
  return { happenedOn: period.start, period, dateText, ...yearChosen };
}

function draftOf(
  text: string,
  written: EntryKind | undefined,
  today: DateTime,
  lists: RecognizeLists,
  choice: LogDateChoice,
  links: FoundLink[],
): LogInterpretation {
  const reading = readLogDate(text, today, choice);
  if ('impossible' in reading) return { ok: false, code: 'impossibleDate', dateText: reading.impossible };
  const recognized = recognize(text, lists);
  // A link-only /log has the link's outlet as its text: the outlet came from the link, not from words written.
  const outletInText = recognized.outlets.length > 0 && !(links.length > 0 && text === linkOnlyText(links));
  for (const { source } of links) {
    if (!source) continue;
    if (!recognized.stakeholders.includes(source.stakeholder)) recognized.stakeholders.push(source.stakeholder);
    if (source.media && !recognized.outlets.includes(source.stakeholder)) recognized.outlets.push(source.stakeholder);
  }
  const kind = written ?? (recognized.outlets.length > 0 ? 'press' : undefined);
  const quoted = quotedPeople(text);
  return {
    ok: true,
    draft: {
      kind,
      kindInferred: !written && kind !== undefined,
      ...(!written && kind !== undefined ? { inferredFrom: outletInText ? ('text' as const) : ('link' as const) } : {}),
      text,
      ...reading,
      recognized,
      links,
      quoted,
      words: indexWords(text, kind, recognized),
    },
  };
}

/** The words /find looks for: the text's own, the kind's names in both languages, and the canonical names it named. */
export function indexWords(text: string, kind: EntryKind | undefined, r: Recognized): string[] {
  const extra = [...(kind ? [kindLabel(kind, 'da'), kindLabel(kind, 'en')] : []), ...r.stakeholders, ...r.experiments, ...r.municipalities];
  const words = searchWords([text, ...extra].join(' '));
  return [...words, ...writtenPieces(text).filter((p) => !words.includes(p))];
}

/** A title for the coming date as an event: the entry's text without the date words ("Brev fra STAR: møde om
 *  mikrolån" from "Brev fra STAR: møde d. 12. november om mikrolån"), at most 120 characters. */
export function comingEventTitle(text: string, dateText: string | undefined): string {
  let title = text;
  if (dateText) {
    const at = title.indexOf(dateText);
    if (at >= 0) title = `${title.slice(0, at)} ${title.slice(at + dateText.length)}`;
  }
  title = title
    .replace(/\s+(?:d\.|den|on|the)\s*$/i, '')
    .replace(/\s+(?:d\.|den)\s+(?=\S)/gi, ' ')
    .replace(/\s+([,.;:])/g, '$1')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,.;:–—-]+|[\s,;:–—-]+$/g, '')
    .trim();
  if (!title) title = text;
  return title.length > 120 ? `${title.slice(0, 119)}…` : title;
}

export { ENTRY_KINDS };
