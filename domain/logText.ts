// What a `/log` message means: its kind, its text, the day it happened, and what it names. Pure: "today" comes in.
import type { DateTime } from 'luxon';
import type { IsoDate } from './types';
import { findPeriodInText } from './dates';
import { recognize, type RecognizeLists, type Recognized } from './recognize';
import { ENTRY_KINDS, kindFromWord, kindLabel, type EntryKind } from './vocabulary';
import { sanitizeUserText, searchWords } from './text';
import { linksOf, takeLinks, type FoundLink } from './links';
import { quotedPeople } from './html';

/** Teams messages can be long; a log line is a sentence or two. Past this we ask the user to shorten it. */
export const MAX_LOG_TEXT = 1000;

/** Words that, after a kind word, make it part of the sentence ("møde med", "besøg fra", "letter to"). */
const LINKING_WORDS = new Set([
  'med', 'for', 'fra', 'til', 'hos', 'i', 'på', 'om', 'af', 'ved', 'hvor', 'mellem', 'sammen',
  'with', 'from', 'to', 'at', 'about', 'by', 'on', 'in', 'of', 'between',
]);

export interface LogDraft {
  /** Undefined when the first word is no kind and nothing in the text decides it: the user is asked. */
  kind: EntryKind | undefined;
  /** True when the kind was inferred (a press outlet named) rather than written. */
  kindInferred: boolean;
  text: string;
  happenedOn: IsoDate;
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
  | { problem: 'empty' }
  | { problem: 'noText'; kind: EntryKind }
  | { problem: 'tooLong'; length: number }
  | { problem: 'impossibleDate'; dateText: string };

export type LogInterpretation = { ok: true; draft: LogDraft } | ({ ok: false } & LogProblem);

/**
 * Reads `/log <kind> <text>`. The kind is the first word in Danish or English; without one, a named press outlet makes
 * it press. A date anywhere in the text (any form of the glossary) is the day it happened; a date without a year is
 * the latest such date not after today; no date means today.
 */
export function interpretLog(args: string, today: DateTime, lists: RecognizeLists): LogInterpretation {
  const sanitized = sanitizeUserText(args);
  if (sanitized === '') return { ok: false, problem: 'empty' };
  if (sanitized.length > MAX_LOG_TEXT) return { ok: false, problem: 'tooLong', length: sanitized.length };
  // A link is kept beside the text, not in it: its digits are no date, and the card opens it with a button.
  const { text: clean, links } = takeLinks(sanitized);
  if (clean === '') return draftOf(linkOnlyText(links), undefined, today, lists, undefined, links);
  const [first, ...rest] = clean.split(' ');
  const written = kindFromWord(first);
  // "/log presse TV2 filmede" → the kind is a label: text "TV2 filmede". "/log møde med KL" → the kind word starts the
  // sentence: text "møde med KL", which reads as written rather than "med KL".
  const startsSentence = written !== undefined && rest.length > 0 && LINKING_WORDS.has(rest[0].toLocaleLowerCase('da'));
  const text = !written ? clean : startsSentence ? clean : rest.join(' ').replace(/^[:\-–—]\s*/, '');
  if (written && text === '' && links.length === 0) return { ok: false, problem: 'noText', kind: written };
  return draftOf(text || linkOnlyText(links), written, today, lists, undefined, links);
}

/** The text of an entry that was only a link: who published it, else the site's address. */
function linkOnlyText(links: FoundLink[]): string {
  const first = links[0];
  return first.source?.label ?? new URL(first.url).hostname.replace(/^www\./, '');
}

/** The same reading for a text whose kind is already chosen (the kind buttons, the form). */
export function interpretLogText(
  text: string, kind: EntryKind | undefined, today: DateTime, lists: RecognizeLists, dateOverride?: IsoDate, moreLinks: readonly string[] = [],
): LogInterpretation {
  const sanitized = sanitizeUserText(text);
  if (sanitized.length > MAX_LOG_TEXT) return { ok: false, problem: 'tooLong', length: sanitized.length };
  const { text: clean, links } = takeLinks(sanitized);
  const all = linksOf([...links.map((l) => l.url), ...moreLinks]);
  if (clean === '' && all.length === 0) return { ok: false, problem: 'empty' };
  return draftOf(clean || linkOnlyText(all), kind, today, lists, dateOverride, all);
}

function draftOf(text: string, written: EntryKind | undefined, today: DateTime, lists: RecognizeLists, dateOverride: IsoDate | undefined, links: FoundLink[]): LogInterpretation {
  let happenedOn = today.toISODate()!;
  let dateText: string | undefined;
  const found = findPeriodInText(text, { today, yearRule: 'past' });
  if (found && 'error' in found) {
    if (!dateOverride) return { ok: false, problem: 'impossibleDate', dateText: text.slice(found.index, found.index + found.length) };
  } else if (found) {
    happenedOn = found.period.start;
    dateText = text.slice(found.index, found.index + found.length);
  }
  if (dateOverride) happenedOn = dateOverride;
  const recognized = recognize(text, lists);
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
      text,
      happenedOn,
      ...(dateText ? { dateText } : {}),
      recognized,
      links,
      quoted,
      words: indexWords(text, kind, recognized),
    },
  };
}

/** The words /find looks for: the text's own, the kind's names in both languages, and the canonical names it named. */
export function indexWords(text: string, kind: EntryKind | undefined, r: Recognized): string[] {
  const extra = [
    ...(kind ? [kindLabel(kind, 'da'), kindLabel(kind, 'en')] : []),
    ...r.stakeholders, ...r.experiments, ...r.municipalities,
  ];
  return searchWords([text, ...extra].join(' '));
}

export { ENTRY_KINDS };
