// The page's words: both languages come in the page from the bot's catalog (bot/tab/page.ts); this fills them the
// way the catalog's fill() does: {name}, and {n|one|other} with # for the number.
import type { Lang } from '../bot/tab/apiTypes';

type Vars = Record<string, string | number>;

const all = JSON.parse(document.getElementById('tab-words')?.textContent ?? '{"da":{},"en":{}}') as Record<Lang, Record<string, string>>;
let current: Lang = 'da';

export function setLang(lang: Lang): void {
  current = lang;
  document.documentElement.lang = lang;
}

export function lang(): Lang {
  return current;
}

export function num(n: number): string {
  return new Intl.NumberFormat(current === 'da' ? 'da-DK' : 'en-GB').format(n);
}

export function w(id: string, vars: Vars = {}): string {
  const text = all[current][id] ?? id;
  return text.replace(/\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g, (_m, name: string, one?: string, other?: string) => {
    const v = vars[name];
    if (v === undefined) return '';
    const shown = typeof v === 'number' ? num(v) : v;
    if (one === undefined) return shown;
    return (Number(v) === 1 ? one : other!).replace(/#/g, shown);
  });
}

/** A day as the language writes it: 20.11.2024 / 20 Nov 2024. */
export function day(iso: string): string {
  const d = new Date(`${iso}T12:00:00Z`);
  return current === 'da'
    ? d.toLocaleDateString('da-DK', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
    : d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** Names joined: "a, b og c" / "a, b and c". */
export function list(names: readonly string[]): string {
  return new Intl.ListFormat(current === 'da' ? 'da' : 'en-GB', { type: 'conjunction' }).format(names);
}

/** A label at the start of a cell or an option: its first letter in capitals ("møde" → "Møde"). */
export function cap(text: string): string {
  return text.charAt(0).toLocaleUpperCase(current) + text.slice(1);
}
