// Finds the stakeholders, outlets, experiments and municipalities a message names. Pure: no I/O.
import { tokenize, type Token } from './text';
import { MUNICIPALITIES, MUNICIPALITY_ALIASES } from './vocabulary';

export interface RecognizeLists {
  stakeholders: readonly { name: string; aliases: readonly string[]; outlet: boolean }[];
  experiments: readonly { name: string; aliases: readonly string[] }[];
}

/** Canonical names, each once, in the order the text first names them. Outlets are also in stakeholders. */
export interface Recognized {
  stakeholders: string[];
  outlets: string[];
  experiments: string[];
  municipalities: string[];
}

type Category = 'stakeholder' | 'experiment' | 'municipality';

interface AliasWord {
  word: string;
  /** Written in capitals or digits only ("KL", "P4", "TV2"): only a genitive -s may follow. */
  acronym: boolean;
  /** A name that is also a common lower-case word ("Nordjyske"/"nordjyske kommuner"): needs its capital. */
  needsCapital: boolean;
}

interface Pattern {
  words: AliasWord[];
  name: string;
  category: Category;
  outlet: boolean;
  chars: number;
  /** Only in a text that says this too (a name that is someone else's elsewhere). */
  when?: RegExp;
}

// Folded names that are also ordinary Danish words when written in lower case.
const COMMON_WORD_NAMES = new Set(['nordjyske', 'momentum']);

// Danish endings that may follow a name: genitive -s, definite and plural forms ("Jyllandspostens",
// "mikrolånet", "ministerens", "mødet"); -ne after a plural -er ("samtaler" → "samtalerne").
const AFTER_CONSONANT = new Set(['s', 'en', 'ens', 'et', 'ets', 'er', 'ers', 'erne', 'ernes', 'ene', 'enes', 'ne', 'nes']);
const AFTER_VOWEL = new Set(['s', 'n', 'ns', 't', 'ts', 'r', 'rs', 'rne', 'rnes', 'ne', 'nes']);
// Experiments are often named as the first part of a compound ("mikrolånsforsøget", "mentorordningen").
const MIN_COMPOUND_BASE = 5;
const MIN_COMPOUND_REST = 3;

function aliasWords(alias: string): AliasWord[] {
  return tokenize(alias).map((t) => ({
    word: t.word,
    acronym: t.raw === t.raw.toUpperCase() && !/^\p{Lu}\p{Ll}/u.test(t.raw),
    needsCapital: COMMON_WORD_NAMES.has(t.word) && /^\p{Lu}/u.test(t.raw),
  }));
}

function patternsFor(name: string, aliases: readonly string[], category: Category, outlet: boolean): Pattern[] {
  const patterns: Pattern[] = [];
  for (const alias of [name, ...aliases]) {
    const words = aliasWords(alias);
    if (words.length === 0) continue;
    const chars = words.reduce((n, w) => n + w.word.length, 0);
    patterns.push({ words, name, category, outlet, chars });
    // "Jyllands-Posten" is also written "Jyllandsposten", "TV 2" also "TV2".
    if (words.length > 1) {
      const joined: AliasWord = {
        word: words.map((w) => w.word).join(''),
        acronym: words.every((w) => w.acronym),
        needsCapital: false,
      };
      patterns.push({ words: [joined], name, category, outlet, chars });
    }
  }
  return patterns;
}

const MUNICIPALITY_PATTERNS: Pattern[] = MUNICIPALITIES.flatMap((m) =>
  patternsFor(m, MUNICIPALITY_ALIASES[m] ?? [], 'municipality', false),
);

/** Every municipality has a "Beskæftigelsesudvalg" ("Beskæftigelsesudvalgets temadag"); alone it is the parliament's
 *  only at a hearing (a foretræde is before a committee of the Folketing). Elsewhere "Folketingets" must be written,
 *  or the group adds the name to its own list. */
const CONTEXT_PATTERNS: Pattern[] = patternsFor('Folketingets Beskæftigelsesudvalg', ['Beskæftigelsesudvalg'], 'stakeholder', false)
  .filter((p) => p.words.length === 1)
  .map((p) => ({ ...p, when: /foretræde|\bhearing/iu }));

const compiled = new WeakMap<RecognizeLists, Pattern[]>();

function patternsOf(lists: RecognizeLists): Pattern[] {
  let patterns = compiled.get(lists);
  if (!patterns) {
    patterns = [
      ...lists.stakeholders.flatMap((s) => patternsFor(s.name, s.aliases, 'stakeholder', s.outlet)),
      ...lists.experiments.flatMap((e) => patternsFor(e.name, e.aliases, 'experiment', false)),
      ...MUNICIPALITY_PATTERNS,
      ...CONTEXT_PATTERNS,
    ];
    compiled.set(lists, patterns);
  }
  return patterns;
}

// Lower case and followed by a number ("kl 14", "kl. 10") or "kl." at all: the time of day, not KL.
function isAbbreviation(token: Token, after: string): boolean {
  return /^\.?\s*\d/.test(after) || (token.word === 'kl' && after.startsWith('.'));
}

function wordMatches(text: string, token: Token, alias: AliasWord, allowCompound: boolean): boolean {
  if (alias.needsCapital && !/^\p{Lu}/u.test(token.raw)) return false;
  if (alias.acronym && token.raw === token.raw.toLowerCase() && isAbbreviation(token, text.slice(token.end))) {
    return false;
  }
  const t = token.word;
  const a = alias.word;
  if (t === a) return true;
  if (!t.startsWith(a)) return false;
  const rest = t.slice(a.length);
  if (alias.acronym) return rest === 's';
  const endings = /[aeiouyæøå]$/.test(a) ? AFTER_VOWEL : AFTER_CONSONANT;
  if (endings.has(rest)) return true;
  return allowCompound && a.length >= MIN_COMPOUND_BASE && rest.length >= MIN_COMPOUND_REST;
}

// Words of one name may be separated by spaces, hyphens or a slash ("Social- og Indenrigsministeriet", "TV2/Nord").
const NAME_GAP = /^[\s\-‐‑–/]*$/;

function matchLength(text: string, tokens: Token[], at: number, p: Pattern): number {
  const n = p.words.length;
  if (at + n > tokens.length) return 0;
  for (let k = 0; k < n; k++) {
    if (k > 0 && !NAME_GAP.test(text.slice(tokens[at + k - 1].end, tokens[at + k].start))) return 0;
    const last = k === n - 1;
    if (!wordMatches(text, tokens[at + k], p.words[k], last && p.category === 'experiment')) return 0;
  }
  return n;
}

/**
 * The stakeholders, outlets, experiments and municipalities named in a text, by canonical name.
 * Case-insensitive and tolerant of Danish endings; whole words only ("KL" is not in "klokken", "P4" not in
 * "P45"); where names overlap the longest wins ("TV2 Nord" is not also "TV2").
 */
export function recognize(text: string, lists: RecognizeLists): Recognized {
  const patterns = patternsOf(lists);
  const tokens = tokenize(text);
  const found: Recognized = { stakeholders: [], outlets: [], experiments: [], municipalities: [] };
  const add = (list: string[], name: string) => {
    if (!list.includes(name)) list.push(name);
  };
  // A name that needs its context: the text is looked at once, not at every token.
  const inContext = new Map(CONTEXT_PATTERNS.map((p) => [p, p.when!.test(text)]));
  let i = 0;
  while (i < tokens.length) {
    let best: Pattern | undefined;
    let bestLength = 0;
    for (const p of patterns) {
      if (p.when && !inContext.get(p)) continue;
      const length = matchLength(text, tokens, i, p);
      if (length > bestLength || (length > 0 && length === bestLength && best && p.chars > best.chars)) {
        best = p;
        bestLength = length;
      }
    }
    if (!best) {
      i++;
      continue;
    }
    if (best.category === 'municipality') add(found.municipalities, best.name);
    else if (best.category === 'experiment') add(found.experiments, best.name);
    else {
      add(found.stakeholders, best.name);
      if (best.outlet) add(found.outlets, best.name);
    }
    i += bestLength;
  }
  return found;
}

// A minister or ministry named by its office alone: "ministeren", "ministerens", "the minister".
const BARE_MINISTER = /(?:^|[^\p{L}])(ministeren|ministerens|ministeriet|ministeriets|the minister|the ministry)(?![\p{L}])/iu;

/** The words of a text that name a minister or ministry without saying which ("ministeren"), when the text names no
 *  ministry or minister by name: the entry is not tagged with one, and the card says so. Undefined otherwise. */
export function unnamedMinister(text: string, stakeholders: readonly string[]): string | undefined {
  if (stakeholders.some((s) => /minist/i.test(s))) return undefined;
  return BARE_MINISTER.exec(text)?.[1];
}
