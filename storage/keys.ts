// Table keys may not hold / \ # ? or control characters, and Azurite answers some of them with a bare 500.
// Escape those (and '%', the escape itself, and '|', our separator) as %XX so that any text a user types is a safe, reversible key part.
// Everything else, æøå and emoji included, stays readable in Storage Explorer.
import { foldForSearch } from '../domain/text';

const UNSAFE = /[%|/\\#?\u0000-\u001f\u007f-\u009f]/g;

export function encodeKeyPart(text: string): string {
  return text.replace(UNSAFE, (ch) => {
    const code = ch.charCodeAt(0);
    return `%${code.toString(16).toUpperCase().padStart(2, '0')}`;
  });
}

export function decodeKeyPart(key: string): string {
  return key.replace(/%([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Separator inside RowKeys. '|' is allowed in keys, sorts after letters and digits, and is escaped nowhere else. */
export const SEP = '|';

/** The first string that sorts after every key starting with `prefix` (for RowKey range queries: no startswith in Tables). */
export function prefixEnd(prefix: string): string {
  return `${prefix}\uffff`;
}

/** An experiment's key part: its folded name (the same for "Lægeattester" and "lægeattester"). */
export function experimentKey(name: string): string {
  return encodeKeyPart(foldForSearch(name));
}
