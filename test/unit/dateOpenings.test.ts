// The date grammar skips the rules that cannot match at a word (domain/dates/grammar.ts, `opens`: what a rule can begin
// with, and what must follow a plain number), which made a pasted timeline of 15,000 numbers cheap (issue 28). A
// look-ahead that is wrong loses dates silently, so random texts over the grammar's own words are read both ways, the
// look-ahead on and every rule tried everywhere, and must read the same.
import { strict as assert } from 'node:assert';
import { DateTime } from 'luxon';
import {
  type DateContext,
  findPeriodInText,
  parsePeriod,
  readTitleAndPeriod,
  splitTitleAndPeriod,
  type YearRule,
} from '../../domain/dates';
import {
  BETWEEN_CONNECTORS,
  BY_PHRASES,
  LEAD_WORDS,
  MONTH_RANGES,
  MONTH_WORDS,
  NUMBER_WORDS,
  PART_PHRASES,
  PAST_WEEKDAY_WORDS,
  SPAN_CONNECTORS,
  SPAN_OPENERS,
  WEEKDAY_WORDS,
} from '../../domain/dates/words';

/** The grammar's words (its exported lists, and those its rules spell out), in a few bags drawn from at different
 *  rates, so that the short words and numbers every date is built of meet each other often. */
function vocabulary(): string[][] {
  const phrases = [
    ...MONTH_WORDS.keys(),
    ...WEEKDAY_WORDS.keys(),
    ...PAST_WEEKDAY_WORDS.keys(),
    ...NUMBER_WORDS.keys(),
    ...PART_PHRASES.map(([p]) => p),
    ...MONTH_RANGES.flatMap((r) => r.phrases),
    ...SPAN_OPENERS,
    ...SPAN_CONNECTORS,
    ...BETWEEN_CONNECTORS,
    ...BY_PHRASES,
    ...LEAD_WORDS,
    'uge uger week weeks wk uge45 dag dage day days måned måneder month months måneden år fjor',
    'idag igår imorgen iforgårs iovermorgen today yesterday tomorrow går morgen forgårs overmorgen after before',
    'kl klokken del dele 7th 1st 2nd q3 Maj May March Møde referat',
  ];
  const words = [...new Set(phrases.flatMap((p) => p.split(/\s+/)).filter(Boolean))];
  const numbers = ['1', '2', '7', '12', '14', '24', '31', '32', '45', '53', '06', '100', '999', '2024', '2025', '1899'];
  const short = 'i in on den d the of om for fra til og and siden ago næste denne sidste på uge dage days måned år kvartal'.split(' ');
  const calendar = [...MONTH_WORDS.keys(), ...WEEKDAY_WORDS.keys()];
  const punctuation = ['.', '.', ',', '-', '–', '/', ':', '(', '!'];
  return [punctuation, numbers, numbers, short, calendar, words];
}

/** A small linear congruential generator: the same texts every run. */
function randomTexts(count: number, seed: number): string[] {
  const bags = vocabulary();
  let state = seed;
  const next = (n: number): number => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state % n;
  };
  const pick = (): string => {
    const bag = bags[next(bags.length)];
    return bag[next(bag.length)];
  };
  return Array.from({ length: count }, () => {
    const length = 1 + (next(4) === 0 ? next(24) : next(7));
    let text = pick();
    for (let k = 1; k < length; k++) text += (next(3) === 0 ? '' : ' ') + pick();
    return text;
  });
}

/** One example of every way a date begins (each rule's first words, and what follows a plain number), put into
 *  random surroundings below: a look-ahead that turns one of them away loses it there. */
const EXAMPLES = [
  '7. november 2024',
  '7 November',
  '7 of November',
  '7. of November',
  '7th of November',
  'November 7, 2024',
  'Nov 7th',
  '14/6',
  '14/6-2025',
  '14.6.2025',
  '14-6-2025',
  '2025-06-14',
  '14.6 2025',
  'd. 7. nov.',
  'den 7. maj',
  'the 7th of May',
  'torsdag d. 7. november',
  'Thu 7/11',
  'fredag i uge 45',
  'uge 45',
  'week 45, 2025',
  'uge45',
  'uge 45–48',
  'uge 45 - uge 48 2025',
  'november 2025',
  'i maj',
  'in May',
  'primo marts',
  'midt i september',
  'end of October',
  'mid-October',
  'ultimo næste måned',
  'primo måneden',
  'i dag',
  'idag',
  'yesterday',
  'the day after tomorrow',
  'i morgen',
  'om 3 dage',
  'om to dage',
  'in 3 days',
  'in two days',
  'for 3 dage siden',
  'for tre dage siden',
  '3 dage siden',
  '3 days ago',
  'two days ago',
  'to dage siden',
  'på fredag',
  'fredag',
  'this Friday',
  'næste fredag',
  'på næste fredag',
  'i fredags',
  'last Friday',
  'på førstkommende fredag',
  'this coming Friday',
  'denne uge',
  'next week',
  'om 2 uger',
  'in 2 weeks',
  'den kommende uge',
  'denne måned',
  'om 2 måneder',
  'in two months',
  'i år',
  'next year',
  'i fjor',
  '1. kvartal 2025',
  'første kvartal',
  'Q3',
  'q3 2025',
  '2. halvår',
  'h2',
  'second half of 2025',
  'foråret 2025',
  'i foråret',
  'in the spring',
  'the summer of 2025',
  '1.–5. maj 2024',
  '1.-5. maj',
  '14-16 June',
  'June 14–16, 2024',
  'fra 1. til 5. maj',
  'from 1 May to 5 May',
  'mellem 1. maj og 5. maj',
  'between 1 May and 5 May',
  'maj–juni',
  'maj - juni 2025',
  'senest d. 15. december',
  'no later than 15 December',
  'by Friday',
  'not later than next week',
  'i uge 45',
  'inden for uge 45',
  'within next week',
  'during May',
  'on 7 May',
  'til og med 5. maj',
];

const TODAY = DateTime.fromISO('2024-11-20T10:00', { zone: 'Europe/Copenhagen' });
const RULES: YearRule[] = ['future', 'past', 'nearest'];

/** The same reading with the look-ahead on and with every rule tried everywhere. */
function readsAlike(text: string, n: number): boolean {
  const fast: DateContext = { today: TODAY, yearRule: RULES[n % 3] };
  const reference: DateContext = { ...fast, everyRule: true };
  const found = findPeriodInText(text, fast);
  assert.deepEqual(found, findPeriodInText(text, reference), `findPeriodInText(${JSON.stringify(text)})`);
  const split = splitTitleAndPeriod(text, reference);
  assert.deepEqual(splitTitleAndPeriod(text, fast), split, `split ${JSON.stringify(text)}`);
  // A timeline's line is read once for both (one grammar when nothing is trimmed at its end): the same answers.
  const apart = split ? { split } : { found: findPeriodInText(text, reference) };
  assert.deepEqual(readTitleAndPeriod(text, fast), apart, `readTitleAndPeriod(${JSON.stringify(text)})`);
  assert.deepEqual(parsePeriod(text, fast), parsePeriod(text, reference), `parsePeriod(${JSON.stringify(text)})`);
  return found !== undefined;
}

describe('date grammar: the look-ahead reads what every rule reads', () => {
  it('reads every way a date begins, alone and among random words, the same both ways', function () {
    this.timeout(30_000); // every rule everywhere is the slow way, on purpose
    const noise = randomTexts(EXAMPLES.length * 6, 7);
    let n = 0;
    for (const example of EXAMPLES) {
      assert.ok(readsAlike(example, n++), `no date read in the example ${JSON.stringify(example)}`);
      for (const variant of [example.toLowerCase(), example.replace(/ /g, '  ')]) readsAlike(variant, n++);
      for (let k = 0; k < 3; k++) readsAlike(`${noise[n % noise.length]} ${example} ${noise[(n + 1) % noise.length]}`, n++);
      readsAlike(`${noise[n % noise.length]}${example}`, n++);
    }
  });

  it('finds, splits and parses 4,000 random texts over its own words alike both ways', function () {
    this.timeout(30_000);
    let dated = 0;
    for (const [n, text] of randomTexts(4000, 28).entries()) if (readsAlike(text, n)) dated++;
    // The texts are dates often enough for the comparison to mean something.
    assert.ok(dated > 1000, `only ${dated} of 4,000 texts held a date`);
  });
});
