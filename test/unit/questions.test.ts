import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { parseQuestion } from '../../domain/questions';
import { parsePeriod } from '../../domain/dates';
import type { Lang } from '../../domain/types';

// A Wednesday in ISO week 47.
const today = DateTime.fromISO('2024-11-20T10:00', { zone: 'Europe/Copenhagen' });
const ask = (text: string) => parseQuestion(text, today);

const THIS_WEEK = ['2024-11-18', '2024-11-24'];
const NEXT_WEEK = ['2024-11-25', '2024-12-01'];
const THIS_MONTH = ['2024-11-01', '2024-11-30'];
const NEXT_MONTH = ['2024-12-01', '2024-12-31'];
const DECEMBER = NEXT_MONTH;
const SEPTEMBER = ['2025-09-01', '2025-09-30']; // the next September
const TODAY = ['2024-11-20', '2024-11-20'];
const TOMORROW = ['2024-11-21', '2024-11-21'];
const WEEK_47 = THIS_WEEK;
const WEEK_48 = NEXT_WEEK;

function assertDue(text: string, [start, end]: string[], lang: Lang, includeDone = false) {
  const q = ask(text);
  assert.ok(q, `not taken for a question: ${text}`);
  assert.equal(q.kind, 'due', `${text} → ${q.kind}`);
  if (q.kind !== 'due') return;
  assert.deepEqual([q.period.start, q.period.end], [start, end], text);
  assert.equal(q.lang, lang, text);
  assert.equal(q.includeDone, includeDone, text);
}

describe('parseQuestion: what is due (Danish)', () => {
  const cases: Array<[string, string[]]> = [
    ['hvad skal vi nå i denne måned', THIS_MONTH],
    ['hvad er der af deadlines i december', DECEMBER],
    ['hvad sker der i næste uge', NEXT_WEEK],
    ['Hvad skal vi nå i denne måned?', THIS_MONTH],
    ['HVAD SKER DER I NÆSTE UGE?', NEXT_WEEK],
    ['hvad har vi af frister i næste måned', NEXT_MONTH],
    ['er der noget i uge 47?', WEEK_47],
    ['er der noget i uge 48', WEEK_48],
    ['hvad skal vi nå i dag', TODAY],
    ['hvad skal vi i morgen?', TOMORROW],
    ['hvad sker der i denne uge', THIS_WEEK],
    ['hvad sker der i dag?', TODAY],
    ['er der nogen frister i december?', DECEMBER],
    ['hvilke frister har vi i næste måned', NEXT_MONTH],
    ['hvilke deadlines er der i september', SEPTEMBER],
    ['frister i december', DECEMBER],
    ['deadlines næste uge?', NEXT_WEEK],
    ['hvad skal vi nå næste uge', NEXT_WEEK],
    ['hvad er der i næste uge?', NEXT_WEEK],
    ['har vi noget i morgen?', TOMORROW],
    ['hej, hvad skal vi nå i denne uge?', THIS_WEEK],
    ['kan du fortælle mig hvad der skal nås i december', DECEMBER],
    ['vis mig fristerne i næste måned', NEXT_MONTH],
    ['vis frister for næste uge', NEXT_WEEK],
    ['hvad står der på programmet i næste uge?', NEXT_WEEK],
    ['hvad skal vi have afleveret i december', DECEMBER],
    ['hvad forfalder i denne måned', THIS_MONTH],
    ['hvad venter os i næste måned?', NEXT_MONTH],
    ['hvad skal være færdigt i næste uge?', NEXT_WEEK],
    ['i næste uge, hvad skal vi nå?', NEXT_WEEK],
    ['er der deadlines i uge 48?', WEEK_48],
    ['hvad har vi på kalenderen i december', DECEMBER],
  ];
  for (const [text, period] of cases) it(text, () => assertDue(text, period, 'da'));
});

describe('parseQuestion: what is due (English)', () => {
  const cases: Array<[string, string[]]> = [
    ["what's due this month", THIS_MONTH],
    ['anything due this week', THIS_WEEK],
    ["what's due in september", SEPTEMBER],
    ['what is due next month?', NEXT_MONTH],
    ['What deadlines do we have in December', DECEMBER],
    ["show me what's due next week", NEXT_WEEK],
    ['What’s due today?', TODAY],
    ['whats due tomorrow', TOMORROW],
    ['what is coming up next week?', NEXT_WEEK],
    ['is anything due this week?', THIS_WEEK],
    ['are there any deadlines next month', NEXT_MONTH],
    ['any deadlines in December?', DECEMBER],
    ['deadlines this week', THIS_WEEK],
    ['what do we have due next week', NEXT_WEEK],
    ['what do we have next week?', NEXT_WEEK],
    ['what needs to be done this week', THIS_WEEK],
    ['what do we need to deliver in december?', DECEMBER],
    ['what are the deadlines next month?', NEXT_MONTH],
    ['what is happening this week', THIS_WEEK],
    ["what's on next week?", NEXT_WEEK],
    ['Hi, what is due this week, please?', THIS_WEEK],
    ['can you tell me what is due next month', NEXT_MONTH],
    ['list the deadlines for next week', NEXT_WEEK],
    ['is there anything next week?', NEXT_WEEK],
    ['do we have anything due tomorrow?', TOMORROW],
    ['what is due in week 48', WEEK_48],
    ['due this week?', THIS_WEEK],
    ['next week: what is due?', NEXT_WEEK],
  ];
  for (const [text, period] of cases) it(text, () => assertDue(text, period, 'en'));
});

describe('parseQuestion: week numbers', () => {
  it('reads "i uge 45" as parsePeriod reads "uge 45" with the future rule', () => {
    const expected = parsePeriod('uge 45', { today, yearRule: 'future' });
    assert.ok(expected?.ok);
    const q = ask('hvad skal vi nå i uge 45?');
    assert.ok(q && q.kind === 'due');
    assert.deepEqual(q.period, expected.period);
  });
});

describe('parseQuestion: including done items', () => {
  it('sees "også de færdige" and the like', () => {
    assertDue('hvad skal vi nå i denne måned, også de færdige', THIS_MONTH, 'da', true);
    assertDue('hvad skal vi nå i december inkl. færdige?', DECEMBER, 'da', true);
    assertDue('frister i næste uge inklusive de afsluttede', NEXT_WEEK, 'da', true);
    assertDue("what's due this month incl. done", THIS_MONTH, 'en', true);
    assertDue('what is due next week including done', NEXT_WEEK, 'en', true);
    assertDue('what is due this week, including the completed ones?', THIS_WEEK, 'en', true);
  });
});

describe('parseQuestion: "by" means from today', () => {
  it('widens "senest fredag" and "inden fredag" to today..friday', () => {
    for (const text of ['hvad skal vi nå senest fredag?', 'hvad skal vi nå inden fredag']) {
      const q = ask(text);
      assert.ok(q && q.kind === 'due', text);
      assert.deepEqual([q.period.start, q.period.end], ['2024-11-20', '2024-11-22'], text);
    }
  });
  it('leaves "på fredag" as Friday alone', () => {
    const q = ask('hvad sker der på fredag');
    assert.ok(q && q.kind === 'due');
    assert.deepEqual([q.period.start, q.period.end], ['2024-11-22', '2024-11-22']);
  });
  it('widens "what is due by friday" to today..friday', () => {
    const q = ask('what is due by friday?');
    assert.ok(q && q.kind === 'due');
    assert.equal(q.period.start, '2024-11-20');
    assert.equal(q.period.end, '2024-11-22');
  });
});

describe('parseQuestion: what is coming up', () => {
  const cases: Array<[string, Lang]> = [
    ["what's coming up", 'en'],
    ['What is coming up?', 'en'],
    ["what's due?", 'en'],
    ['any deadlines?', 'en'],
    ['upcoming deadlines', 'en'],
    ['what is coming up in the next few weeks?', 'en'],
    ['what do we need to do?', 'en'],
    ['hvad sker der', 'da'],
    ['Hvad sker der?', 'da'],
    ['hvad skal vi', 'da'],
    ['hvad skal vi nå?', 'da'],
    ['hvad sker der de næste uger?', 'da'],
    ['kommende frister', 'da'],
    ['er der nogen frister?', 'da'],
    ['hvad er der af deadlines?', 'da'],
    ['hvilke frister har vi?', 'da'],
    ['hvad sker der fremover', 'da'],
  ];
  for (const [text, lang] of cases) {
    it(text, () => assert.deepEqual(ask(text), { kind: 'upcoming', lang }));
  }
});

describe('parseQuestion: when is something', () => {
  const cases: Array<[string, string[], Lang]> = [
    ['hvornår er byrådsbehandlingen', ['byrådsbehandlingen'], 'da'],
    ['Hvornår er byrådsbehandlingen?', ['byrådsbehandlingen'], 'da'],
    ['hvornår skal slutrapporten afleveres?', ['slutrapporten', 'afleveres'], 'da'],
    ['hvornår er der foretræde for udvalget', ['foretræde', 'udvalget'], 'da'],
    ['hvornår er næste møde med KL?', ['møde', 'kl'], 'da'],
    ['hvad er fristen for fremsendelse af slutrapporten', ['fremsendelse', 'slutrapporten'], 'da'],
    ['hvornår politisk godkendelse?', ['politisk', 'godkendelse'], 'da'],
    ['hvornår sender vi slutrapporten til ØIM', ['sender', 'slutrapporten', 'øim'], 'da'],
    ['hvornår var foretrædet', ['foretrædet'], 'da'],
    ['when is the final report due', ['final', 'report'], 'en'],
    ["When's the KKR meeting?", ['kkr', 'meeting'], 'en'],
    ['when do we send the evaluation to VIVE?', ['send', 'evaluation', 'vive'], 'en'],
    ['what is the deadline for the final report?', ['final', 'report'], 'en'],
  ];
  for (const [text, words, lang] of cases) {
    it(text, () => assert.deepEqual(ask(text), { kind: 'when', words, lang }));
  }
});

describe('parseQuestion: a short thanks', () => {
  for (const [text, lang] of [
    ['tak', 'da'],
    ['Tak!', 'da'],
    ['tak for hjælpen', 'da'],
    ['mange tak :)', 'da'],
    ['super, tak', 'da'],
    ['tak for i dag', 'da'],
    ['thanks', 'en'],
    ['Thank you so much!', 'en'],
    ['thx', 'en'],
  ] as const) {
    it(text, () => assert.deepEqual(ask(text), { kind: 'thanks', lang }));
  }
});

describe('parseQuestion: a keyboard without æ, ø, å (aa, ae, oe)', () => {
  it('"hvad skal vi naa i naeste maaned" is next month', () => {
    const q = ask('hvad skal vi naa i naeste maaned');
    assert.equal(q?.kind, 'due');
    assert.deepEqual(q?.kind === 'due' && [q.period.start, q.period.end], ['2024-12-01', '2024-12-31']);
  });
  it('"hvornaar er moedet med KL" asks when', () =>
    assert.deepEqual(ask('hvornaar er moedet med KL'), { kind: 'when', words: ['mødet', 'kl'], lang: 'da' }));
  it('"when does the report come" is left as English', () =>
    assert.deepEqual(ask('when does the report come?'), { kind: 'when', words: ['report', 'come'], lang: 'en' }));
});

describe('parseQuestion: not questions', () => {
  const notQuestions = [
    '',
    '   ',
    '?',
    'hej',
    'Hej alle sammen',
    'tak for mødet i går, jeg sender referatet',
    'jeg sender den i morgen',
    'the weather is nice this week',
    'hvad med frokost?',
    'hvad skal vi spise?',
    'hvad sker der med mikrolån?',
    'vi ses i næste uge',
    'mødet er flyttet til december',
    'godt arbejde i denne måned!',
    'hvornår?',
    'when?',
    'when I get back I will send it',
    'hvornår er det',
    'thanks, see you next week',
    'I am off tomorrow',
    'asdf qwerty',
    'er der nogen i morgen?',
    'har vi noget kaffe',
    'what do we have here',
    'anything else?',
    'due to the weather we cancel',
    'deadlines are stressful',
    'hvad er der galt',
    'er der noget nyt?',
    'help',
    'hjælp',
    'hvad er der?',
    'log press Jyllandsposten om mikrolån',
    'december',
    'i næste uge',
    'next month',
    'hvad skal vi nå 31. februar',
    'Kan I lige kigge på pressemeddelelsen inden fredag? Den skal ud i næste uge, og KL vil gerne se den først. ' +
      'Jeg har sendt den til alle kommuner i dag.',
  ];
  for (const text of notQuestions) {
    it(JSON.stringify(text), () => assert.equal(ask(text), undefined));
  }
});
