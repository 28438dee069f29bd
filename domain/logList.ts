// A list pasted after /log (the KKR slide's "Status på interessevaretagelse – siden sidst"): one entry per line, each
// read as its own /log. Pure: today and the lists come in. A line that cannot be read is reported, never guessed.
import type { DateTime } from 'luxon';
import { indexWords, interpretLog, type LogDraft, type LogProblem } from './logText';
import type { RecognizeLists } from './recognize';
import { foldForSearch, tokenize } from './text';
import { kindFromWord, type EntryKind } from './vocabulary';

// Bullets a slide or a document puts before a line: "-", "•", "*", "–", "▪", "✓", "1)". ("1." is left alone: it
// starts a date, "1. oktober".)
const BULLET = /^(?:[-•*·▪◦‣∙●○■□►▸➢✓✔–—]+\s*|\d{1,2}\)\s+)/u;

/** A pasted list has about a dozen lines; far beyond that it is more likely a mistake than a status. */
export const MAX_LOG_LIST_LINES = 50;
/** And about a hundred characters a line: the KKR slide's seven lines are 470. */
export const MAX_LOG_LIST_CHARS = 5000;

export interface ListLine {
  line: number;
  /** The line as written, without its bullet. */
  text: string;
  bulleted: boolean;
}

/** The non-empty lines of a pasted text, numbered from 1, bullets and dashes taken off. */
export function listLines(text: string): ListLine[] {
  return text.split(/\r\n?|\n/).flatMap((raw, i) => {
    const trimmed = raw.replace(/[\t\u00a0]+/g, ' ').trim();
    const bare = trimmed.replace(BULLET, '').trim();
    return bare ? [{ line: i + 1, text: bare, bulleted: bare !== trimmed }] : [];
  });
}

// Words that make a line an event when no kind word is written: the group's events and what it does at them.
const EVENT_WORDS = new Set([
  'oplæg',
  'oplægget',
  'folkemødet',
  'folkemøde',
  'jobcamp',
  'beskæftigelsestræf',
  'beskæftigelsestræffet',
  'konference',
  'konferencen',
  'temadag',
  'temadagen',
  'deltagelse',
  'workshop',
  'seminar',
  'seminaret',
  'talk',
  'conference',
]);
// Kind words too common inside a sentence to decide a kind from ("med andre kommuner").
const TOO_COMMON = new Set<EntryKind>(['other']);

/** The kind a line names somewhere in it ("Pressedækning af …", "Besøg fra STAR …", "Oplæg på JobCamp"), the first
 *  one written; undefined for none. */
export function kindInLine(text: string): EntryKind | undefined {
  for (const token of tokenize(text)) {
    const kind = kindFromWord(token.word);
    if (kind && !TOO_COMMON.has(kind)) return kind;
    if (EVENT_WORDS.has(token.word)) return 'event';
  }
  return undefined;
}

export type ListLineReading =
  | { line: number; text: string; ok: true; draft: LogDraft & { kind: EntryKind } }
  | { line: number; text: string; ok: false; problem: LogProblem | { code: 'noKind' } | { code: 'heading' } };

/** What a message after /log is: one entry (not a list), a list too long to read, or a list read line by line. */
export type PastedList =
  | { list: false }
  | { list: true; tooLong: { lines: number; chars: number } }
  | { list: true; lines: ListLineReading[] };

/**
 * Several lines: a pasted list, one entry a line, when two or more lines have bullets, or (copied from a slide the
 * bullets are often lost) when every line says on its own what was done or when: a kind word first (after a date, if
 * one comes first) or a date, a heading above them aside. One sentence broken over two lines stays one entry ("hvor
 * vi aftalte et nyt møde" goes with the line above: its kind word is inside the sentence).
 * Each line is read as a /log of its own, once: its kind (written first, after a date, or anywhere in the line), its
 * date by the log's rules, its tags. The first line is a heading when it has no bullet, no kind and no date while the
 * others have bullets, or are two or more ("Status på interessevaretagelse – siden sidst"). A list beyond
 * MAX_LOG_LIST_LINES lines or MAX_LOG_LIST_CHARS characters is not read at all (what a message may cost is bounded).
 */
export function readPastedList(text: string, today: DateTime, lists: RecognizeLists): PastedList {
  const lines = listLines(text);
  if (lines.length < 2) return { list: false };
  const chars = lines.reduce((n, l) => n + l.text.length, 0);
  if (lines.length > MAX_LOG_LIST_LINES || chars > MAX_LOG_LIST_CHARS) return { list: true, tooLong: { lines: lines.length, chars } };
  const reads = lines.map((l) => interpretLog(l.text, today, lists));
  const own = reads.map((r) => r.ok && (r.draft.kind !== undefined || r.draft.dateText !== undefined));
  const headingPossible = lines.slice(1).some((l) => l.bulleted) || lines.length >= 3;
  const bodyFrom = headingPossible && !own[0] ? 1 : 0;
  if (lines.filter((l) => l.bulleted).length < 2 && !own.slice(bodyFrom).every(Boolean)) return { list: false };
  return {
    list: true,
    lines: lines.map((l, i): ListLineReading => {
      const read = reads[i]!;
      if (!read.ok) return { line: l.line, text: l.text, ok: false, problem: read };
      const kind = read.draft.kind ?? kindInLine(read.draft.text);
      if (!kind) {
        const heading = i === 0 && !l.bulleted && headingPossible && !read.draft.dateText;
        return { line: l.line, text: l.text, ok: false, problem: { code: heading ? 'heading' : 'noKind' } };
      }
      if (read.draft.kind) return { line: l.line, text: l.text, ok: true, draft: { ...read.draft, kind } };
      // The kind found inside the line: the same reading, with the kind's words indexed too.
      const words = indexWords(read.draft.text, kind, read.draft.recognized);
      return { line: l.line, text: l.text, ok: true, draft: { ...read.draft, kind, kindInferred: true, words } };
    }),
  };
}

/** A text as a reader compares two: case, accents, punctuation and spacing aside. The same kind, day and text is the
 *  same entry, so a list pasted again adds nothing. */
export function entryTextKey(text: string): string {
  return foldForSearch(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
