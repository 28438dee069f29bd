// The figures in a result, read the way Danish reports write them: "2.000" (a thousands dot), "2,5 mio. kr." (a
// decimal comma and a scale), "1.300 lægetimer", "5 mio.", "40 %", "ca. 2.000 færre lægeattester". Pure: no I/O.
//
// Rules chosen: a dot followed by exactly three digits groups thousands; a comma is the decimal mark. "2. halvår"
// (a number, a dot, a space and a word) is an ordinal, not a figure. A bare 19xx/20xx with no scale or unit is a
// year, not a figure; so are numbers inside the text's date or period (the caller passes its span).
import { isStopword } from './text';

export interface Figure {
  /** The number, scale applied: "2,5 mio." is 2500000. */
  value: number;
  /** What it counts or measures, as written: "kr.", "%", "lægetimer", "færre lægeattester"; '' when nothing follows. */
  unit: string;
  /** The figure as written, for showing: "ca. 2,5 mio. kr.". */
  text: string;
  /** Written with "ca.", "cirka", "omkring", "knap", "godt", "about", "approximately". */
  approx: boolean;
}

const APPROX = String.raw`(?:(ca\.?|cirka|omkring|knap|godt|about|approximately|approx\.?)\s+)?`;
const NUMBER = String.raw`(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)`;
const SCALE = String.raw`(?:\s*(mio\.?|millioner|million|mia\.?|milliarder|milliard|tusind|mill\.?))?`;
const CURRENCY = String.raw`(?:\s*(kr\.?|kroner|%|procent|pct\.?))?`;
const FIGURE = new RegExp(String.raw`(?<![\p{L}\p{N}.,])` + APPROX + NUMBER + SCALE + CURRENCY, 'giu');

const SCALES: Record<string, number> = {
  mio: 1e6,
  millioner: 1e6,
  million: 1e6,
  mill: 1e6,
  mia: 1e9,
  milliarder: 1e9,
  milliard: 1e9,
  tusind: 1e3,
};

// Words that compare: the unit is the word after them too ("færre lægeattester").
const COMPARATIVES = new Set(['færre', 'flere', 'mere', 'mindre', 'fewer', 'more', 'less']);

function numberOf(written: string): number {
  return Number(written.replace(/\./g, '').replace(',', '.'));
}

/** The figures of a text in order. `skip`: character spans (a date or period) whose numbers are not figures. */
export function findFigures(text: string, skip: ReadonlyArray<{ index: number; length: number }> = []): Figure[] {
  const figures: Figure[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const [whole, approxWord, numberText, scaleWord, currencyWord] = m;
    const start = m.index;
    const numberStart = start + whole.indexOf(numberText);
    if (skip.some((s) => numberStart >= s.index && numberStart < s.index + s.length)) continue;
    const after = text.slice(start + whole.length);
    // "2. halvår", "1. januar": an ordinal.
    if (!scaleWord && !currencyWord && /^\.\s+\p{Ll}/u.test(after) && !numberText.includes('.')) continue;
    const plain = !scaleWord && !currencyWord && /^\d{4}$/.test(numberText);
    let unit = currencyWord ?? '';
    if (!currencyWord) {
      const next = /^\s+([\p{L}][\p{L}\p{N}-]*)(?:\s+([\p{L}][\p{L}\p{N}-]*))?/u.exec(after);
      const first = next?.[1];
      if (first && !isStopword(first.toLowerCase())) {
        unit = first;
        if (COMPARATIVES.has(first.toLowerCase()) && next[2] && !isStopword(next[2].toLowerCase())) unit = `${first} ${next[2]}`;
        unit = unit.replace(/[-]+$/, '');
      }
    }
    if (plain && Number(numberText) >= 1900 && Number(numberText) <= 2099 && !unit) continue;
    if (
      plain &&
      Number(numberText) >= 1900 &&
      Number(numberText) <= 2099 &&
      /^(?:i|in|fra|til|siden|since)$/i.test(text.slice(0, start).trim().split(/\s+/).at(-1) ?? '')
    )
      continue;
    const scale = scaleWord ? (SCALES[scaleWord.toLowerCase().replace(/\.$/, '')] ?? 1) : 1;
    const value = Math.round(numberOf(numberText) * scale * 1000) / 1000;
    if (!Number.isFinite(value)) continue;
    figures.push({ value, unit, text: whole.trim(), approx: Boolean(approxWord) });
  }
  return figures;
}
