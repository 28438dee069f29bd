// Text helpers for matching what users type against names and titles. Pure: no I/O.

/** Text that folding only lower-cases: ASCII and the Danish letters. */
const PLAIN_DANISH = /^[\u0000-\u007fæøåÆØÅ]*$/;

/**
 * Folds text for search and matching: lowercase, diacritics removed ("café" → "cafe"), but æ, ø and å stay
 * letters of their own, as they are in Danish ("Ærø" → "ærø"). "aa" is NOT turned into "å": "Aalborg" is
 * written that way officially, and mapping it would make "naar"-style typos match oddly elsewhere.
 */
export function foldForSearch(s: string): string {
  // Most words are ASCII or Danish letters, which folding only lower-cases (å is put back as it was): the same result
  // without the two normalizations, which cost most of a tokenize.
  if (PLAIN_DANISH.test(s)) return s.toLowerCase();
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/a\u030a/g, 'å') // å decomposes into a + ring: put it back before marks are dropped
    .replace(/\p{M}/gu, '')
    .normalize('NFC');
}

/** A word as it appears in a text: its folded form and where it was (to look at the original around it). */
export interface Token {
  /** foldForSearch of the word, apostrophes removed ("KKR's" → "kkrs"). */
  word: string;
  /** The word as written. */
  raw: string;
  start: number;
  end: number;
  /** True when the next token follows directly after a hyphen ("KKR-formandskab"). */
  hyphenNext: boolean;
}

// A word: letters and digits, with apostrophes inside or at the end ("KKR's", "doctors'") kept as part of it.
const WORD = /[\p{L}\p{N}]+(?:['’´][\p{L}\p{N}]+)*['’´]?/gu;
const APOSTROPHES = /['’´]/g;

/** Splits text into word tokens. Hyphens separate words (callers that want "jyllandsposten" join them). */
export function tokenize(s: string): Token[] {
  const tokens: Token[] = [];
  for (const m of s.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    const word = foldForSearch(m[0].replace(APOSTROPHES, ''));
    if (word) tokens.push({ word, raw: m[0], start, end, hyphenNext: false });
  }
  for (let i = 0; i + 1 < tokens.length; i++) {
    const between = s.slice(tokens[i].end, tokens[i + 1].start);
    tokens[i].hyphenNext = /^[-‐‑]$/.test(between);
  }
  return tokens;
}

// Short on purpose: words that carry no meaning in a search, in folded form.
const STOPWORDS = new Set([
  // Danish
  'og',
  'i',
  'jeg',
  'det',
  'at',
  'en',
  'den',
  'til',
  'er',
  'som',
  'på',
  'de',
  'med',
  'af',
  'for',
  'ikke',
  'der',
  'var',
  'mig',
  'sig',
  'men',
  'et',
  'har',
  'om',
  'vi',
  'min',
  'havde',
  'nu',
  'fra',
  'du',
  'ud',
  'sin',
  'dem',
  'os',
  'op',
  'man',
  'eller',
  'hvad',
  'skal',
  'her',
  'vil',
  'blev',
  'kunne',
  'ind',
  'når',
  'være',
  'dog',
  'noget',
  'jo',
  'deres',
  'skulle',
  'denne',
  'dette',
  'også',
  'have',
  'dig',
  'sit',
  'sine',
  'vores',
  'hvis',
  'nogle',
  'hos',
  'så',
  // English
  'a',
  'an',
  'the',
  'and',
  'or',
  'of',
  'to',
  'in',
  'on',
  'by',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'it',
  'its',
  'this',
  'that',
  'these',
  'those',
  'as',
  'we',
  'our',
  'you',
  'your',
  'me',
  'my',
  'they',
  'them',
  'their',
  'not',
  'do',
  'does',
  'did',
  'has',
  'had',
  'will',
  'would',
  'can',
  'could',
  'should',
  'about',
  'into',
  'than',
  'then',
  'if',
  'but',
  'with',
]);

export function isStopword(foldedWord: string): boolean {
  return STOPWORDS.has(foldedWord);
}

export const MAX_SEARCH_WORDS = 90;

/**
 * The distinct folded words of a text for the search index, in order of first appearance, without stopwords
 * and single letters. A hyphenated word gives its parts and the joined whole ("Jyllands-Posten" →
 * "jyllands", "posten", "jyllandsposten"). At most MAX_SEARCH_WORDS.
 */
export function searchWords(s: string): string[] {
  const tokens = tokenize(s);
  const words = new Set<string>();
  const add = (w: string) => {
    if (words.size >= MAX_SEARCH_WORDS) return;
    if (isStopword(w)) return;
    if (w.length < 2 && !/\p{N}/u.test(w)) return;
    words.add(w);
  };
  for (let i = 0; i < tokens.length; i++) {
    add(tokens[i].word);
    if (i === 0 || !tokens[i - 1].hyphenNext) {
      let joined = tokens[i].word;
      let j = i;
      while (tokens[j].hyphenNext && j + 1 < tokens.length) joined += tokens[++j].word;
      if (j > i) add(joined);
    }
  }
  return [...words];
}

/**
 * Words joined by punctuation, as written ("a/b#c", "TV2/Nord", "ft.dk"): a piece of text without spaces that holds two
 * or more words, folded, its outer punctuation off. Indexed beside the words, so that a search whose words are all
 * too short to look for ("/søg a/b#c") finds the text as written.
 */
export function writtenPieces(s: string): string[] {
  const pieces = new Set<string>();
  for (const chunk of s.split(/\s+/)) {
    const bare = chunk.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (bare.length > 1 && bare.length <= 60 && tokenize(bare).length >= 2 && !/^[\p{L}\p{N}'’´-]+$/u.test(bare))
      pieces.add(foldForSearch(bare));
    if (pieces.size >= 10) break;
  }
  return [...pieces];
}

/** A search word matched as written rather than as the start of longer words: short words and names ("KL" is not
 *  "klokken", "P1" not "P10") and anything with a digit ("TV2", "19"). Their genitive -s is allowed ("KL's"). */
export function wholeWordOnly(foldedWord: string): boolean {
  return foldedWord.length <= 3 || /\p{N}/u.test(foldedWord);
}

const VOWELS = 'aeiouyæøå';
const isVowel = (c: string) => VOWELS.includes(c);

/**
 * Where the ending of a word may start: after the first consonant that follows a vowel, and never before
 * the fourth letter (the R1 region of the Snowball stemmers), so short words keep their letters.
 */
function endingRegion(word: string): number {
  for (let i = 1; i < word.length; i++) {
    if (isVowel(word[i - 1]) && !isVowel(word[i])) return Math.max(3, i + 1);
  }
  return word.length;
}

// Danish definite, plural and genitive endings (Snowball Danish step 1), longest first.
const ENDINGS = [
  'hed',
  'ethed',
  'ered',
  'e',
  'erede',
  'ende',
  'erende',
  'ene',
  'erne',
  'ere',
  'en',
  'heden',
  'eren',
  'er',
  'heder',
  'erer',
  'heds',
  'es',
  'endes',
  'erendes',
  'enes',
  'ernes',
  'eres',
  'ens',
  'hedens',
  'erens',
  'ers',
  'ets',
  'erets',
  'et',
  'eret',
].sort((a, b) => b.length - a.length);
// A final -s is only taken for an ending after these letters (so "proces" keeps its s).
const S_ENDING_AFTER = 'abcdfghjklmnoprtvyzå';

/**
 * A light Danish inflection stripper for matching, not a dictionary stemmer. On the folded word:
 * 1. Latin "-ium" becomes "-i", so "ministerium" meets "ministeriet"/"ministerier" (all "ministeri").
 * 2. The longest Danish ending (-erne, -ene, -en, -et, -er, -e, -ens, -ets, ... as in Snowball's Danish
 *    step 1) is removed if it lies after the word's first vowel-consonant pair (and after letter three);
 *    otherwise a final genitive/plural -s after a consonant or a/o/y/å is removed.
 * 3. A final double consonant is made single ("pressen" → "press" → "pres", same as "presse").
 * So "ministeren", "ministerens", "minister" → "minist" while "ministeriet" → "ministeri": the minister and the
 * ministry stay apart. English plurals lose their -s too ("reports" → "report").
 */
export function stemDa(word: string): string {
  let w = foldForSearch(word);
  if (w.length > 5 && w.endsWith('ium')) w = w.slice(0, -2);
  const r1 = endingRegion(w);
  const ending = ENDINGS.find((e) => w.endsWith(e) && w.length - e.length >= r1);
  if (ending) {
    w = w.slice(0, -ending.length);
  } else if (w.endsWith('s') && w.length - 1 >= r1 && S_ENDING_AFTER.includes(w[w.length - 2] ?? '')) {
    w = w.slice(0, -1);
  }
  const last = w[w.length - 1];
  if (w.length >= 2 && w.length - 1 >= r1 && last === w[w.length - 2] && !isVowel(last) && /\p{L}/u.test(last)) {
    w = w.slice(0, -1);
  }
  return w;
}

// Compound heads shorter than this are not looked for at the end of longer words ("dag" in "mandag").
const MIN_COMPOUND_HEAD = 5;

// A stem this long is also looked for inside a compound ("send" in "fremsendelse").
const MIN_COMPOUND_PART = 4;

/**
 * A keyboard without æ, ø and å writes "aa", "ae" and "oe" ("naeste maaned", "hvornaar", "moede"). On folded text:
 * aa → å, ae → æ, oe → ø. Applied to both sides of a comparison, so "Aalborg" still meets "Aalborg".
 */
export function foldDanishDigraphs(folded: string): string {
  return folded.replace(/aa/g, 'å').replace(/ae/g, 'æ').replace(/oe/g, 'ø');
}

/**
 * How many of the query words match some word of the title: same stem, a prefix of it ("slut" → "slutrapport"),
 * for stems of five letters or more the head of a Danish compound ("rapporten" → "slutrapport", "behandlingen" →
 * "byrådsbehandling"), and for stems of four or more a part inside one ("sendes" → "fremsendelse", "ministeriet" →
 * "indenrigsministeriet"). aa/ae/oe count as å/æ/ø on both sides.
 */
export function titleMatchCount(queryWords: string[], title: string): number {
  const stems = queryStems(queryWords);
  const titleWords = titleWordsOf(title);
  return stems.filter((q) => titleWords.some((t) => wordMatches(q, t))).length;
}

function queryStems(queryWords: string[]): string[] {
  return queryWords.map((w) => stemDa(foldDanishDigraphs(foldForSearch(w)))).filter((s) => s.length > 0);
}

function titleWordsOf(title: string): Array<{ word: string; stem: string }> {
  return searchWordsWithStopwords(title)
    .map((w) => foldDanishDigraphs(w))
    .map((w) => ({ word: w, stem: stemDa(w) }));
}

function wordMatches(q: string, t: { word: string; stem: string }): boolean {
  return (
    t.stem === q ||
    t.word.startsWith(q) ||
    (q.length >= MIN_COMPOUND_HEAD && (t.word.endsWith(q) || t.stem.endsWith(q))) ||
    (q.length >= MIN_COMPOUND_PART && t.word.includes(q))
  );
}

/** True when every query word matches some word of the title (titleMatchCount). An empty query matches nothing. */
export function titleMatches(queryWords: string[], title: string): boolean {
  return titleMatcher(queryWords)(title);
}

/** titleMatches for many titles: the query's stems made once, each once (a 4,000-character "/slet 1-1-1…" is 2,000
 *  words, stemmed again for every open item, issue 28), and a title given up at its first word that matches none. */
export function titleMatcher(queryWords: string[]): (title: string) => boolean {
  const n = queryWords.filter((w) => stemDa(w).length > 0).length;
  if (n === 0) return () => false;
  const stems = queryStems(queryWords);
  // A word whose stem the folding empties (or fills) makes the counts differ: counted as titleMatchCount counts.
  if (stems.length !== n) return (title) => titleMatchCount(queryWords, title) === n;
  const unique = [...new Set(stems)];
  return (title) => {
    const titleWords = titleWordsOf(title);
    return unique.every((q) => titleWords.some((t) => wordMatches(q, t)));
  };
}

/**
 * The titles that best answer a question's words: those matching the most of them, and at least half (so
 * "evalueringen sendes til ministeriet" finds "Fremsendelse til Social og Indenrigsministeriet", two of three,
 * and not every title with "evaluering" in it). Indexes into `titles`, the best answer first (titleCoverage);
 * none when nothing matches enough.
 */
export function bestTitleMatches(queryWords: string[], titles: readonly string[]): number[] {
  const n = queryWords.map(stemDa).filter((s) => s.length > 0).length;
  if (n === 0) return [];
  const counts = titles.map((title) => titleMatchCount(queryWords, title));
  const best = Math.max(0, ...counts);
  if (best === 0 || best < Math.ceil(n / 2)) return [];
  // Of titles that match as many words, the one whose matched words are rarer among all the titles answers better: for
  // "evalueringen sendes til ministeriet" in an evaluation timeline, "ministeriet" tells more than "evalueringen", so
  // "Fremsendelse til Social- og Indenrigsministeriet" comes before "Udkast til evalueringsrapporter sendes til
  // kommunerne". Then the one with less else in it; titles that answer as well keep the order they came in.
  const stems = queryStems(queryWords);
  const words = titles.map(titleWordsOf);
  const rarity = stems.map((q) => Math.log((titles.length + 1) / (words.filter((ws) => ws.some((t) => wordMatches(q, t))).length + 0.5)));
  const ranked = counts.flatMap((c, i) => {
    if (c !== best) return [];
    const weight = stems.reduce((sum, q, k) => sum + (words[i]!.some((t) => wordMatches(q, t)) ? rarity[k]! : 0), 0);
    const own = tokenize(titles[i]!)
      .map((t) => foldDanishDigraphs(t.word))
      .filter((w) => !isStopword(w));
    const coverage = own.length
      ? own.filter((w) => stems.some((q) => wordMatches(q, { word: w, stem: stemDa(w) }))).length / own.length
      : 0;
    return [{ i, weight, coverage }];
  });
  return ranked.sort((a, b) => b.weight - a.weight || b.coverage - a.coverage).map((m) => m.i);
}

// Titles are short: keep every word (a query may well be "plan for KL").
function searchWordsWithStopwords(s: string): string[] {
  const tokens = tokenize(s);
  const words = tokens.map((t) => t.word);
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i].hyphenNext) words.push(tokens[i].word + tokens[i + 1].word);
  }
  return words;
}

export interface SanitizeOptions {
  /** Keep line breaks (for pasted lists); otherwise every line break becomes a space. */
  multiline?: boolean;
}

/**
 * Cleans text a user sent: control and invisible formatting characters dropped (soft hyphens, zero-width
 * spaces, direction marks: Teams and pasted Word text carry them), odd spaces made plain, runs of spaces
 * collapsed, line breaks kept only when asked for (at most one blank line in a row), trimmed.
 */
export function sanitizeUserText(s: string, options: SanitizeOptions = {}): string {
  const lines = s
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(/[\p{Cf}]/gu, (c) => (c === '\u200d' ? c : '')) // keep the joiner inside emoji sequences
    .replace(/[\t\p{Zs}]/gu, ' ')
    .replace(/[^\P{Cc}\n]/gu, '')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim());
  if (!options.multiline) return lines.filter((l) => l.length > 0).join(' ');
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Direction controls (embeddings, overrides, isolates, marks): U+202E turns "exe.gnp" into "png.exe" on screen. */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const HAS_BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** Text the bot shows (a heading, a fact, a plain answer) without direction controls, whatever it echoes: a name stored
 *  before it was cleaned, a display name, a command word as typed. */
export function withoutBidiControls(text: string): string {
  return HAS_BIDI_CONTROL.test(text) ? text.replace(BIDI_CONTROLS, '') : text;
}

/** The first letter upper-cased, as a label starts on a card ("presse" → "Presse"); æ, ø and å included. */
export function capitalize(s: string): string {
  return s.charAt(0).toLocaleUpperCase('da') + s.slice(1);
}

/**
 * Beyond this many characters a word is nobody's typo of a name: the fuzzy matchers (a command, an experiment, a
 * municipality, an approver) then suggest nothing instead of paying O(n·m) for a 28,000-character argument.
 */
export const MAX_TYPO_LENGTH = 100;

/**
 * Damerau-Levenshtein distance (adjacent swaps count one): how far a typo is from a name. Only small distances matter,
 * so two different strings either of which is longer than MAX_TYPO_LENGTH are Infinity apart, as are two whose lengths
 * differ by more than `max`; otherwise the exact distance (two rows of a table kept, not all of it).
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (a.length > MAX_TYPO_LENGTH || b.length > MAX_TYPO_LENGTH || Math.abs(a.length - b.length) > max) return Infinity;
  let older = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) current[j] = Math.min(current[j], older[j - 2] + 1);
    }
    [older, previous, current] = [previous, current, older];
  }
  return previous[b.length];
}
