// Splits text into words/numbers (maximal runs of letters and digits, so "majestæt" is never "maj"
// and "TV2" is never "2") and single punctuation marks, remembering where each one sits.

export interface Token {
  raw: string;
  low: string;
  start: number;
  end: number;
  /** Whitespace (or the start of the text) right before: "14.6" is glued, "7. nov" is not. */
  spaced: boolean;
  /** The value when the token is all digits. */
  num?: number;
  digits: number;
  /** Any digit in it: "7", "7th", "uge45", "q3" (what may begin a date, see grammar.ts). */
  hasDigit: boolean;
}

const TOKEN = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;
const SPACE = /\s/;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index ?? 0;
    const raw = m[0];
    // One pass over the characters instead of three regular expressions: a pasted timeline has 30,000 tokens.
    let digitCount = 0;
    for (let k = 0; k < raw.length; k++) {
      const c = raw.charCodeAt(k);
      if (c >= 48 && c <= 57) digitCount++;
    }
    const allDigits = digitCount === raw.length;
    out.push({
      raw,
      low: allDigits ? raw : raw.toLowerCase(),
      start,
      end: start + raw.length,
      spaced: start === 0 || SPACE.test(text[start - 1]),
      num: allDigits ? Number(raw) : undefined,
      digits: allDigits ? raw.length : 0,
      hasDigit: digitCount > 0,
    });
  }
  return out;
}

export const DASHES = new Set(['-', '–', '—', '‐', '‑', '−']);
