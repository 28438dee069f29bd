// Who holds a thread (its "ansvarlig"): read from a command's text. Teams puts a mentioned colleague's name in the
// text where the @mention was ("ansvarlig Jens Hansen"); the turn's mentions say who that is. Pure.
import type { Colleague, Failure } from './types';

/** What "ansvarlig @Navn" in a text came to: the text without it, and the owner; or why it could not be read. */
export type OwnerReading = { ok: true; text: string; owner?: Colleague } | Failure<{ code: 'notMention' } | { code: 'noId'; name: string }>;

const OWNER_WORD = /(?:^|[\s([,;])\[?\s*(?:ansvarlig|ansv\.|owner|responsible)\s*:?\s*@?/iu;

/**
 * Takes "ansvarlig @Jens" (or "[ansvarlig @Jens]", "owner @Jens") out of `text`. The name after the word must be one of
 * `mentions` (a Teams @mention): a name alone is no person, and the owner is kept by Entra object id. "ansvarlig" not
 * followed by a mentioned name is left as words of the text, unless an "@" was written (then the mention is missing).
 */
export function readOwner(text: string, mentions: readonly Colleague[]): OwnerReading {
  const m = OWNER_WORD.exec(text);
  if (!m) return { ok: true, text };
  const start = m.index + (m[0].length - m[0].trimStart().length);
  const after = text.slice(m.index + m[0].length);
  const colleague = [...mentions]
    .sort((a, b) => b.name.length - a.name.length)
    .find((c) => after.toLocaleLowerCase('da').startsWith(c.name.toLocaleLowerCase('da')));
  if (!colleague) return m[0].includes('@') ? { ok: false, code: 'notMention' } : { ok: true, text };
  if (!colleague.aadObjectId) return { ok: false, code: 'noId', name: colleague.name };
  const rest = after.slice(colleague.name.length).replace(/^\s*\]/, '');
  const clean = `${text.slice(0, start)} ${rest}`
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:])/g, '$1')
    .trim();
  return { ok: true, text: clean, owner: { name: colleague.name, aadObjectId: colleague.aadObjectId } };
}
