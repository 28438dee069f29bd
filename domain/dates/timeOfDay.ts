// Times of day as people write them: "kl. 9", "kl 14.30", "klokken 9", "9:00", "14:30", "at 9am", "2.30 pm", and a span
// of them: "kl. 9-11", "kl. 9.30–12", "9:00-11:30" (the end only when it is later the same day).
// A dot between hour and minutes only counts after "kl": a bare "10.05" may just as well be the 10th of May.

export interface TimeOfDay {
  hour: number;
  minute: number;
}
/** A time of day with the end of its span, when the text gave one ("kl. 9-11"). */
export interface TimeSpan extends TimeOfDay {
  end?: TimeOfDay;
}
export interface TimeMatch extends TimeSpan {
  index: number;
  length: number;
}

/** "-11", "–12.30", " - kl. 11": the end of a span after "kl. 9" or "9:00"; not "- 12. juni" (a date). */
const SPAN_END = /^\s*[-–—]\s*(?:kl\.?\s*)?(\d{1,2})(?:[.:](\d{2}))?(?![\p{L}\p{N}])(?!\.\s*\p{L})/u;

/** The end of a span right after a time, if it is a later time of the same day. */
function spanEnd(rest: string, start: TimeOfDay): { end: TimeOfDay; length: number } | undefined {
  const m = SPAN_END.exec(rest);
  if (!m) return undefined;
  const end = toTime(m[1]!, m[2], undefined);
  if (!end || end.hour * 60 + end.minute <= start.hour * 60 + start.minute) return undefined;
  return { end, length: m[0].length };
}

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const PATTERNS: Array<{ re: RegExp; meridiem: boolean }> = [
  { re: new RegExp(`${B}(?:kl\\.?|klokken)\\s*(\\d{1,2})(?:[.:](\\d{2}))?${E}`, 'giu'), meridiem: false },
  { re: new RegExp(`${B}(?:at\\s+)?(\\d{1,2})(?:[.:](\\d{2}))?\\s*([ap])\\.?m\\.?(?![\\p{L}\\p{N}])`, 'giu'), meridiem: true },
  { re: new RegExp(`${B}(?:at\\s+)?(\\d{1,2}):(\\d{2})${E}`, 'giu'), meridiem: false },
];

function toTime(hourText: string, minuteText: string | undefined, meridiem: string | undefined): TimeOfDay | undefined {
  let hour = Number(hourText);
  const minute = minuteText ? Number(minuteText) : 0;
  if (minute > 59) return undefined;
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
  }
  return hour <= 23 ? { hour, minute } : undefined;
}

/** The first time of day anywhere in the text, with its character span. */
export function findTimeInText(text: string): TimeMatch | undefined {
  let best: TimeMatch | undefined;
  for (const { re, meridiem } of PATTERNS) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const t = toTime(m[1], m[2], meridiem ? m[3] : undefined);
      if (!t) continue;
      const index = m.index ?? 0;
      const span = meridiem ? undefined : spanEnd(text.slice(index + m[0].length), t);
      const length = m[0].length + (span?.length ?? 0);
      if (!best || index < best.index || (index === best.index && length > best.length)) {
        best = { ...t, ...(span ? { end: span.end } : {}), index, length };
      }
      break;
    }
  }
  return best;
}

/** The whole text is a time of day ("kl. 9", "14:30", "at 9am"); otherwise undefined. */
export function parseTimeOfDay(text: string): TimeOfDay | undefined {
  const trimmed = text.trim().replace(/[\s.,!?]+$/, '');
  const t = findTimeInText(trimmed);
  // "at 9 a.m." loses its last dot to the trim above, so a match may run one character past the text.
  if (t?.index !== 0 || t.length < trimmed.length) return undefined;
  return { hour: t.hour, minute: t.minute };
}
