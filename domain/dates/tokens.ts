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
}

const TOKEN = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index ?? 0;
    const raw = m[0];
    const allDigits = /^\d+$/.test(raw);
    out.push({
      raw,
      low: raw.toLowerCase(),
      start,
      end: start + raw.length,
      spaced: start === 0 || /\s/.test(text[start - 1]),
      num: allDigits ? Number(raw) : undefined,
      digits: allDigits ? raw.length : 0,
    });
  }
  return out;
}

export const DASHES = new Set(['-', '–', '—', '‐', '‑', '−']);
