// Guessing whether a message is Danish or English, to answer in the same language. Pure: no I/O.
import type { Lang } from './types';
import { tokenize } from './text';
import { kindFromWord } from './vocabulary';

// Frequent words that are clearly one language. Words both languages use, or that mean something in both
// ("i", "to", "at", "for", "her", "by", "man", "over", "under", "film", "december"), are in neither list.
const DANISH = new Set([
  'og',
  'jeg',
  'vi',
  'det',
  'er',
  'en',
  'et',
  'den',
  'de',
  'af',
  'på',
  'til',
  'med',
  'om',
  'har',
  'ikke',
  'kan',
  'skal',
  'der',
  'hvad',
  'hvornår',
  'hvordan',
  'hvem',
  'hvor',
  'hvilke',
  'hvorfor',
  'hej',
  'tak',
  'som',
  'fra',
  'så',
  'men',
  'også',
  'var',
  'vil',
  'nu',
  'lige',
  'meget',
  'godt',
  'noget',
  'nogen',
  'uge',
  'ugen',
  'måned',
  'måneden',
  'dag',
  'dagen',
  'denne',
  'dette',
  'næste',
  'sidste',
  'mig',
  'os',
  'vores',
  'være',
  'blev',
  'efter',
  'når',
  'hjælp',
  'venligst',
  'gerne',
  'mandag',
  'tirsdag',
  'onsdag',
  'torsdag',
  'fredag',
  'lørdag',
  'søndag',
  'januar',
  'februar',
  'marts',
  'maj',
  'juni',
  'juli',
  'oktober',
  'morgen',
  'idag',
  'igen',
  'frist',
  'frister',
  'fristen',
  'sker',
  'nå',
  'ingen',
  'alle',
  'hos',
  'ud',
  'op',
  'eller',
  'ja',
  'nej',
  'mødet',
  'kommune',
]);
const ENGLISH = new Set([
  'the',
  'and',
  'is',
  'are',
  'was',
  'were',
  'what',
  'when',
  'how',
  'who',
  'which',
  'why',
  'where',
  'please',
  'thanks',
  'thank',
  'you',
  'we',
  'have',
  'has',
  'of',
  'in',
  'on',
  'with',
  'this',
  'that',
  'next',
  'last',
  'week',
  'month',
  'day',
  'due',
  'help',
  'show',
  'me',
  'my',
  'it',
  'be',
  'will',
  'can',
  'do',
  'does',
  'about',
  'from',
  'hi',
  'hello',
  'today',
  'tomorrow',
  'there',
  'any',
  'anything',
  'coming',
  'up',
  'our',
  'us',
  'not',
  'no',
  'yes',
  'again',
  'should',
  'would',
  'could',
  'an',
  'a',
  'got',
  'get',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'may',
  'june',
  'july',
  'october',
  'deadline',
  'deadlines',
  'happening',
  'all',
  'or',
  'out',
  'they',
  'he',
  'she',
  'been',
  'had',
  'did',
  'sent',
  'met',
]);

const GLUED = /[^\s,;:!?()"']/u;

/**
 * The language of a message: Danish unless its words are more clearly English than Danish. Letters æ, ø, å
 * count for Danish. A leading /command and the names of entry kinds count for neither ("/log press ..." is
 * decided by the rest). With no evidence either way, or a tie, the user's Teams locale decides ("en-*" →
 * English), and otherwise Danish.
 */
export function detectLanguage(text: string, locale?: string): Lang {
  return languageOfWords(text) ?? (locale?.toLowerCase().startsWith('en') ? 'en' : 'da');
}

/** The characters of a message that decide its language: a command's whole argument; of a pasted timeline (30,000) or
 *  a long question, the beginning, which says it as plainly (reading all of it was a seventh of such a turn's CPU). */
const LANGUAGE_SAMPLE_CHARS = 4_000;

/** The language the words themselves show (a command name and kind names aside), or undefined when they show none. */
export function languageOfWords(text: string): Lang | undefined {
  const withoutCommand = text
    .trim()
    .replace(/^\/\S*/, '')
    .slice(0, LANGUAGE_SAMPLE_CHARS);
  let danish = 0;
  let english = 0;
  for (const token of tokenize(withoutCommand)) {
    const w = token.word;
    if (kindFromWord(w)) continue;
    // A letter glued to others by punctuation ("a/b#c") is no word of either language.
    if (w.length === 1 && (GLUED.test(withoutCommand[token.end] ?? ' ') || GLUED.test(withoutCommand[token.start - 1] ?? ' '))) continue;
    if (DANISH.has(w) || /[æøå]/.test(w)) danish++;
    else if (ENGLISH.has(w)) english++;
  }
  if (english > danish) return 'en';
  if (danish > english) return 'da';
  return undefined;
}
