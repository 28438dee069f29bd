// A timeline pasted from a slide after /deadline: one deadline per line, title first and period last.
// Pure: today comes in through the DateContext. A line that cannot be read is reported, never guessed.
import type { Period } from './types';
import { readTitleAndPeriod, type DateContext, type DateError } from './dates';

export type TimelineLine =
  | { line: number; text: string; title: string; period: Period }
  | { line: number; text: string; error: 'noDate' | 'noTitle' | DateError['code']; detail?: string };

// Bullets a slide or a document puts before a line: "-", "•", "*", "–", "1)". ("1." is left alone: "15. marts ...".)
const BULLET = /^(?:[-•*·▪◦–—]\s+|\d{1,2}\)\s+)/u;

/** The non-empty lines of a pasted text, numbered from 1 in the order written. */
export function timelineLines(text: string): Array<{ line: number; text: string }> {
  return text
    .split(/\r\n?|\n/)
    .map((raw, i) => ({
      line: i + 1,
      text: raw
        .replace(/[\t\u00a0]+/g, ' ')
        .replace(BULLET, '')
        .trim(),
    }))
    .filter((l) => l.text.length > 0);
}

/** More than one non-empty line: a pasted timeline rather than one deadline. */
export function isTimeline(text: string): boolean {
  return timelineLines(text).length > 1;
}

/** One line: "Godkendelse i styregruppen Medio august 2024" (title, then period). A line written the other way round
 *  ("Medio august 2024: Godkendelse i styregruppen") is read too. */
export function readDeadlineLine(line: number, text: string, ctx: DateContext): TimelineLine {
  const { split, found } = readTitleAndPeriod(text, ctx);
  if (split && 'period' in split) return { line, text, title: split.title, period: split.period };
  if (split && 'error' in split) return { line, text, error: split.error.code, detail: split.error.text };
  if (found && found.index === 0) {
    const title = text
      .slice(found.length)
      .replace(/^[\s:;,–—-]+/u, '')
      .trim();
    if ('error' in found) return { line, text, error: found.error.code, detail: found.error.text };
    if (!title) return { line, text, error: 'noTitle' };
    return { line, text, title, period: found.period };
  }
  if (found && 'error' in found) return { line, text, error: found.error.code, detail: found.error.text };
  return { line, text, error: 'noDate' };
}

/** Every line of a pasted timeline, read. */
export function readTimeline(text: string, ctx: DateContext): TimelineLine[] {
  return readTimelineLines(timelineLines(text), ctx);
}

/** The lines timelineLines gave, read. */
export function readTimelineLines(lines: ReadonlyArray<{ line: number; text: string }>, ctx: DateContext): TimelineLine[] {
  return lines.map((l) => readDeadlineLine(l.line, l.text, ctx));
}
