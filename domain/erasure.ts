// Erasure of personal data, as pure functions over plain values: a colleague's name and Entra object id replaced by
// "tidligere medlem" (member), or an outside person's name in texts replaced by "[slettet]" (text). Storage applies
// these to every row of every table (storage/erasure.ts); what a row holds as a JSON string is read, changed and
// written back as JSON, so the same functions reach names inside change records, undo records and settings.
import { searchWords } from './text';

export const FORMER_MEMBER = 'tidligere medlem';
export const ERASED_TEXT = '[slettet]';

export type ErasureMode = 'member' | 'text';

export interface ErasureTarget {
  mode: ErasureMode;
  /** The name as the admin typed it (matched case-insensitively, as whole words). */
  name: string;
  /** Member erasure: the colleague's Entra object ids (found beside the name, or chosen). */
  ids: string[];
  /**
   * Member erasure: whether a name standing alone (in a text, or a field with no object id beside it) is theirs.
   * False when another colleague of the team has the same name: then only the ids and the names beside them go.
   * Default true.
   */
  nameAlone?: boolean;
}

export function replacementOf(mode: ErasureMode): string {
  return mode === 'member' ? FORMER_MEMBER : ERASED_TEXT;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A genitive after a name: "Hansens", "Hansen's", "Jens'" (Danish and English). */
const GENITIVE = "(['’]?s|['’])?";

/** The last name's pattern: an erasure tests every string of every row against the same one. */
let lastPattern: { name: string; pattern: RegExp | undefined } | undefined;

/** The name as whole words anywhere in a text, any case, any run of spaces between its words, in the genitive too. */
function namePattern(name: string): RegExp | undefined {
  if (lastPattern?.name !== name) lastPattern = { name, pattern: compileNamePattern(name) };
  const pattern = lastPattern.pattern;
  if (pattern) pattern.lastIndex = 0;
  return pattern;
}

function compileNamePattern(name: string): RegExp | undefined {
  const words = name.trim().split(/\s+/).filter(Boolean).map(escapeRegex);
  if (words.length === 0) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}${GENITIVE}(?![\\p{L}\\p{N}])`, 'giu');
}

/** The search words an erased name leaves behind, its genitive forms ("hansens") among them. */
export function nameWords(name: string): Set<string> {
  const words = searchWords(name);
  return new Set([...words, ...words.map((w) => `${w}s`)]);
}

/** True when the text names the person (as whole words, any case). */
export function namesPerson(text: string, name: string): boolean {
  const p = namePattern(name);
  return p ? p.test(text) : false;
}

/** The text with every mention of the name replaced; `genitive` is added where the name stood in the genitive. */
export function replaceName(text: string, name: string, replacement: string, genitive = ''): string {
  const p = namePattern(name);
  return p ? text.replace(p, (_m, suffix: string | undefined) => replacement + (suffix ? genitive : '')) : text;
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase('da') === b.trim().toLocaleLowerCase('da');
}

function scrubString(s: string, target: ErasureTarget): string {
  const replacement = replacementOf(target.mode);
  const byName = target.mode === 'text' || target.nameAlone !== false;
  if (target.mode === 'member' && ((byName && sameName(s, target.name)) || target.ids.includes(s))) return replacement;
  // "Bo Madsens kontor" → "tidligere medlems kontor"; "Jens Hansens notat" → "[slettet] notat".
  let out = byName ? replaceName(s, target.name, replacement, target.mode === 'member' ? 's' : '') : s;
  if (target.mode === 'member') for (const id of target.ids) if (id) out = out.split(id).join(replacement);
  return out;
}

const ID_KEY = /aad(object)?id$/i;

/** Whether an id property holds an id at all (not empty, not already erased). */
const isRealId = (v: unknown): v is string => typeof v === 'string' && v !== '' && v !== FORMER_MEMBER;

/** A value with the person erased; the same object when nothing changed (so a caller can tell). */
export function scrubValue(value: unknown, target: ErasureTarget): unknown {
  if (typeof value === 'string') {
    const out = scrubString(value, target);
    return out === value ? value : out;
  }
  if (Array.isArray(value)) {
    const out = value.map((v) => scrubValue(v, target));
    return out.some((v, i) => v !== value[i]) ? out : value;
  }
  if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    // Member erasure: a name beside an object id is whoever the id says: theirs (erased with the id) or someone
    // else's of the same name (kept).
    const paired = new Map<string, boolean>();
    if (target.mode === 'member') {
      for (const [k, v] of Object.entries(obj)) {
        if (!ID_KEY.test(k) || !isRealId(v)) continue;
        for (const n of nameKeysOf(k)) if (typeof obj[n] === 'string') paired.set(n, target.ids.includes(v));
      }
    }
    let changed = false;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(obj)) {
      const theirs = paired.get(k);
      out[k] = theirs === undefined ? scrubValue(v, target) : theirs ? FORMER_MEMBER : v;
      if (out[k] !== v) changed = true;
    }
    if (!changed) return value;
    // Search words derived from an erased text must not keep the name's words.
    if (Array.isArray(out.words)) {
      const gone = nameWords(target.name);
      out.words = (out.words as unknown[]).filter((w) => typeof w !== 'string' || !gone.has(w));
    }
    return out;
  }
  return value;
}

function parsedJson(s: string): unknown {
  if (!/^\s*[[{]/.test(s)) return undefined;
  try {
    return JSON.parse(s) as unknown;
  } catch {
    return undefined;
  }
}

/** A row's properties with the person erased, reading JSON strings as JSON; undefined when nothing changes. */
export function scrubProperties(props: Record<string, unknown>, target: ErasureTarget): Record<string, unknown> | undefined {
  let changed = false;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) {
    let next: unknown = v;
    if (typeof v === 'string') {
      const json = parsedJson(v);
      if (json !== undefined) {
        const scrubbed = scrubValue(json, target);
        next = scrubbed === json ? v : JSON.stringify(scrubbed);
      } else {
        next = scrubValue(v, target);
      }
    }
    out[k] = next;
    if (next !== v) changed = true;
  }
  return changed ? out : undefined;
}

/** The properties that may hold the name belonging to an id property: authorAadId → authorName or author,
 *  byAadId → byName or by, aadObjectId → name. */
function nameKeysOf(idKey: string): string[] {
  const stem = idKey.replace(/aad(object)?id$/i, '');
  return stem === '' ? ['name'] : [`${stem}Name`, stem];
}

/**
 * The Entra object ids found beside the name: in every object (a row, or JSON inside one), the values of the
 * properties whose names say they hold an object id (authorAadId, byAadId, aadObjectId) when the name property that
 * goes with them (authorName, byName or by, name) is the name. An id beside another person's name in the same object
 * (an item Bo marked done that Anne wrote: doneBy 'Bo Madsen', authorAadId Anne's) is not his.
 */
export function idsBesideName(value: unknown, name: string, into: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') {
    const json = parsedJson(value);
    if (json !== undefined) idsBesideName(json, name, into);
  } else if (Array.isArray(value)) {
    for (const v of value) idsBesideName(v, name, into);
  } else if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    for (const [k, v] of Object.entries(obj)) {
      const isId = ID_KEY.test(k) && typeof v === 'string';
      if (isId && isRealId(v) && nameKeysOf(k).some((n) => typeof obj[n] === 'string' && sameName(obj[n] as string, name))) into.add(v);
      else if (!isId) idsBesideName(v, name, into);
    }
  }
  return into;
}

/** The names found beside one object id (the mirror of idsBesideName): who the id was, as the rows wrote it. */
export function namesBesideId(value: unknown, id: string, into: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') {
    const json = parsedJson(value);
    if (json !== undefined) namesBesideId(json, id, into);
  } else if (Array.isArray(value)) {
    for (const v of value) namesBesideId(v, id, into);
  } else if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    for (const [k, v] of Object.entries(obj)) {
      if (ID_KEY.test(k) && v === id) {
        for (const n of nameKeysOf(k)) if (typeof obj[n] === 'string' && obj[n] !== FORMER_MEMBER) into.add((obj[n] as string).trim());
      } else if (typeof v !== 'string' || parsedJson(v) !== undefined) {
        namesBesideId(v, id, into);
      }
    }
  }
  return into;
}

/** True when a participant ({name, aadObjectId}) is the colleague being erased. */
export function isErasedColleague(p: { name: string; aadObjectId: string }, target: ErasureTarget): boolean {
  if (target.mode !== 'member') return false;
  if (target.ids.includes(p.aadObjectId)) return true;
  return target.nameAlone !== false && !isRealId(p.aadObjectId) && sameName(p.name, target.name);
}

/** True when anything in the value (JSON strings read as JSON) still names the person or holds one of their ids. */
export function mentionsPerson(value: unknown, target: ErasureTarget): boolean {
  if (typeof value === 'string') {
    if ((target.mode === 'text' || target.nameAlone !== false) && namesPerson(value, target.name)) return true;
    return target.mode === 'member' && target.ids.some((id) => id !== '' && value.includes(id));
  }
  if (Array.isArray(value)) return value.some((v) => mentionsPerson(v, target));
  if (value !== null && typeof value === 'object') return Object.values(value).some((v) => mentionsPerson(v, target));
  return false;
}

/** Every object id in a value (the values of id properties, JSON strings read as JSON): what a restore hashes. */
export function objectIdsIn(value: unknown, into: Set<string> = new Set()): Set<string> {
  walkStrings(value, (k, v) => {
    if (ID_KEY.test(k) && isRealId(v)) into.add(v);
  });
  return into;
}

/** Every string in a value (JSON strings read as JSON, and the JSON's own strings): the texts a restore searches. */
export function stringsIn(value: unknown, into: Set<string> = new Set()): Set<string> {
  walkStrings(value, (_k, v) => into.add(v));
  return into;
}

function walkStrings(value: unknown, visit: (key: string, value: string) => void, key = ''): void {
  if (typeof value === 'string') {
    const json = parsedJson(value);
    if (json !== undefined) walkStrings(json, visit, key);
    else visit(key, value);
  } else if (Array.isArray(value)) {
    for (const v of value) walkStrings(v, visit, key);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) walkStrings(v, visit, k);
  }
}
