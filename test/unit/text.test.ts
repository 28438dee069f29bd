import assert from 'node:assert/strict';
import { langOf } from '../../bot/teams/activityTurn';
import {
  editDistance,
  MAX_TYPO_LENGTH,
  foldForSearch,
  MAX_SEARCH_WORDS,
  sanitizeUserText,
  searchWords,
  stemDa,
  titleMatches,
  tokenize,
  titleMatchCount,
  bestTitleMatches,
  wholeWordOnly,
} from '../../domain/text';
import { ENTRY_KINDS, kindFromWord, kindLabel } from '../../domain/vocabulary';
import { detectLanguage } from '../../domain/language';

describe('foldForSearch', () => {
  it('lowercases and keeps æ, ø and å as letters', () => {
    assert.equal(foldForSearch('Ærø'), 'ærø');
    assert.equal(foldForSearch('BRØNDERSLEV'), 'brønderslev');
    assert.equal(foldForSearch('Åbenrå'), 'åbenrå');
  });
  it('strips other diacritics', () => {
    assert.equal(foldForSearch('café'), 'cafe');
    assert.equal(foldForSearch('naïve Zürich'), 'naive zurich');
  });
  it('folds an å written as a + combining ring like a precomposed å', () => {
    assert.equal(foldForSearch('la\u030an'), 'lån');
  });
  it('leaves "aa" alone (Aalborg is written so)', () => {
    assert.equal(foldForSearch('Aalborg'), 'aalborg');
  });
});

describe('tokenize', () => {
  it('splits on punctuation and hyphens and drops apostrophes', () => {
    const tokens = tokenize("KKR's møde, P4-indslag");
    assert.deepEqual(
      tokens.map((t) => t.word),
      ['kkrs', 'møde', 'p4', 'indslag'],
    );
    assert.deepEqual(
      tokens.map((t) => t.hyphenNext),
      [false, false, true, false],
    );
    assert.equal(tokens[1].raw, 'møde');
  });
});

describe('searchWords', () => {
  it('gives distinct folded words without stopwords, in order', () => {
    assert.deepEqual(searchWords('Møde med KL om mikrolån og møde med KL'), ['møde', 'kl', 'mikrolån']);
  });
  it('keeps hyphenated words both split and joined', () => {
    assert.deepEqual(searchWords('Jyllands-Posten'), ['jyllands', 'jyllandsposten', 'posten']);
  });
  it('drops English stopwords and single letters but keeps numbers', () => {
    assert.deepEqual(searchWords('The report is due on 7 November, a Thursday'), ['report', 'due', '7', 'november', 'thursday']);
  });
  it('folds diacritics', () => {
    assert.deepEqual(searchWords('Café-møde'), ['cafe', 'cafemøde', 'møde']);
  });
  it('stops at the maximum', () => {
    const text = Array.from({ length: 200 }, (_, i) => `ord${i}`).join(' ');
    const words = searchWords(text);
    assert.equal(words.length, MAX_SEARCH_WORDS);
    assert.equal(words[0], 'ord0');
  });
  it('gives nothing for empty or punctuation-only text', () => {
    assert.deepEqual(searchWords(''), []);
    assert.deepEqual(searchWords(' — !? '), []);
  });
});

describe('stemDa', () => {
  const same = (words: string[]) => {
    const stems = new Set(words.map(stemDa));
    assert.equal(stems.size, 1, `${words.join(', ')} → ${[...stems].join(', ')}`);
  };
  it('gives definite, plural and genitive forms one stem', () => {
    same(['slutrapport', 'slutrapporten', 'slutrapportens', 'slutrapporter', 'slutrapporterne']);
    same(['godkendelse', 'godkendelsen', 'godkendelser', 'godkendelserne']);
    same(['byrådsbehandling', 'byrådsbehandlingen']);
    same(['samtale', 'samtaler', 'samtalerne']);
    same(['mikrolån', 'mikrolånet', 'mikrolånene']);
    same(['presse', 'pressen', 'press']);
    same(['udvalg', 'udvalget', 'udvalgets']);
  });
  it('keeps the minister and the ministry apart', () => {
    same(['minister', 'ministeren', 'ministerens']);
    same(['ministerium', 'ministeriet', 'ministeriets', 'ministerier']);
    assert.notEqual(stemDa('ministeren'), stemDa('ministeriet'));
  });
  it('strips English plural -s', () => {
    assert.equal(stemDa('reports'), 'report');
    assert.equal(stemDa('meetings'), 'meeting');
  });
  it('leaves short words alone', () => {
    assert.equal(stemDa('kl'), 'kl');
    assert.equal(stemDa('uge'), 'uge');
    assert.equal(stemDa('dag'), 'dag');
  });
});

describe('titleMatches', () => {
  it('matches inflected query words against a title', () => {
    assert.ok(titleMatches(['byrådsbehandlingen'], 'Byrådsbehandling i alle kommuner'));
    assert.ok(titleMatches(['slutrapporten'], 'Aflevering af slutrapport'));
    assert.ok(titleMatches(['godkendelserne'], 'Godkendelse i styregruppen'));
  });
  it('matches prefixes and compound heads', () => {
    assert.ok(titleMatches(['slut'], 'Aflevering af slutrapport'));
    assert.ok(titleMatches(['rapporten'], 'Aflevering af slutrapport'));
    assert.ok(titleMatches(['afleveres'], 'Aflevering af slutrapport'));
  });
  it('needs every query word', () => {
    assert.ok(titleMatches(['final', 'report'], 'Final report to ØIM'));
    assert.ok(!titleMatches(['final', 'budget'], 'Final report to ØIM'));
  });
  it('is case- and diacritic-insensitive', () => {
    assert.ok(titleMatches(['CAFÉMØDE'], 'Cafemøde med KL'));
  });
  it('does not match unrelated titles or an empty query', () => {
    assert.ok(!titleMatches(['budget'], 'Aflevering af slutrapport'));
    assert.ok(!titleMatches(['dag'], 'Møde mandag'));
    assert.ok(!titleMatches([], 'Aflevering af slutrapport'));
  });
});

describe('sanitizeUserText', () => {
  it('drops control and invisible characters and trims', () => {
    assert.equal(sanitizeUserText('  Møde\u0000 med\u200b KL\u00ad \u0007 '), 'Møde med KL');
  });
  it('makes odd spaces plain and collapses them', () => {
    assert.equal(sanitizeUserText('kl.\u00a010\t\tmed   KL'), 'kl. 10 med KL');
  });
  it('turns line breaks into spaces unless multiline', () => {
    assert.equal(sanitizeUserText('linje 1\r\nlinje 2\n\nlinje 3'), 'linje 1 linje 2 linje 3');
    assert.equal(sanitizeUserText('linje 1\r\nlinje 2\n\n\n\nlinje 3  \n', { multiline: true }), 'linje 1\nlinje 2\n\nlinje 3');
  });
  it('keeps emoji sequences intact', () => {
    assert.equal(sanitizeUserText('👩‍💻 tak'), '👩‍💻 tak');
  });
});

describe('entry kinds', () => {
  it('has a Danish and an English label for every kind', () => {
    assert.deepEqual(
      ENTRY_KINDS.map((k) => kindLabel(k, 'da')),
      ['presse', 'arrangement', 'møde', 'foretræde', 'henvendelse', 'besøg', 'film', 'pris', 'andet'],
    );
    assert.deepEqual(
      ENTRY_KINDS.map((k) => kindLabel(k, 'en')),
      [...ENTRY_KINDS],
    );
  });
  it('knows every label as a word', () => {
    for (const kind of ENTRY_KINDS) {
      assert.equal(kindFromWord(kindLabel(kind, 'da')), kind);
      assert.equal(kindFromWord(kindLabel(kind, 'en')), kind);
    }
  });
  it('ignores case, punctuation and common inflections', () => {
    assert.equal(kindFromWord('Pressen,'), 'press');
    assert.equal(kindFromWord('MØDET:'), 'meeting');
    assert.equal(kindFromWord('møder'), 'meeting');
    assert.equal(kindFromWord('Foretrædet.'), 'hearing');
    assert.equal(kindFromWord('henvendelsen'), 'letter');
    assert.equal(kindFromWord('besøget'), 'visit');
    assert.equal(kindFromWord('Meetings'), 'meeting');
  });
  it('does not guess', () => {
    assert.equal(kindFromWord('frokost'), undefined);
    assert.equal(kindFromWord(''), undefined);
    assert.equal(kindFromWord('mød'), undefined);
  });
});

describe('detectLanguage', () => {
  const danish = [
    'Hvad skal vi nå i denne måned?',
    'Vi havde møde med KL i går om mikrolån, det gik godt',
    'Kan du lige logge at Jyllandsposten skrev om lægeattester?',
    'hjælp',
    'tak',
    'Foretræde for Beskæftigelsesudvalget d. 14. juni',
    'hvornår er byrådsbehandlingen',
    '/log press Jyllandsposten om mikrolån',
    'Interview med TV2 Nord om mentorordningen',
  ];
  const english = [
    "What's due this month?",
    'We met the minister about the micro-loans experiment yesterday',
    'help',
    'thanks!',
    'Can you show me the deadlines for next week please',
    'when is the final report due',
    '/log press The Guardian wrote about our results',
    'anything due this week',
  ];
  for (const text of danish) it(`Danish: ${text}`, () => assert.equal(detectLanguage(text), 'da'));
  for (const text of english) it(`English: ${text}`, () => assert.equal(detectLanguage(text), 'en'));

  it('lets command words and kind names decide nothing', () => {
    assert.equal(detectLanguage('/help'), 'da');
    assert.equal(detectLanguage('/log meeting KL'), 'da');
    assert.equal(detectLanguage('/log meeting KL', 'en-US'), 'en');
  });
  it('falls back on the locale when the text says nothing', () => {
    assert.equal(detectLanguage('KKR', 'en-GB'), 'en');
    assert.equal(detectLanguage('KKR', 'da-DK'), 'da');
    assert.equal(detectLanguage(''), 'da');
  });
  it('lets clearly Danish text win over an English locale', () => {
    assert.equal(detectLanguage('hvad sker der i næste uge', 'en-US'), 'da');
    assert.equal(detectLanguage('what is due next week', 'da-DK'), 'en');
  });
});

describe('the reply language of a turn (langOf)', () => {
  const english = { locale: 'en-US' };
  const danish = { locale: 'da-DK' };
  it('answers a Danish-only command name in Danish in an English Teams when the words say nothing', () => {
    // The Agents Playground (and an English Teams client) sends en-US for a Danish user.
    assert.equal(langOf('Jyllandsposten', english, 'da', 'da'), 'da');
    assert.equal(langOf('STAR', english, 'da', 'da'), 'da');
    assert.equal(langOf('Jyllandsposten', danish, 'da', 'en'), 'en');
  });
  it('lets the words win over the command name', () => {
    assert.equal(langOf('what is due next week', danish, 'da', 'da'), 'en');
    assert.equal(langOf('hvad sker der i næste uge', english, 'da', 'en'), 'da');
  });
  it('uses the locale for a name in both languages (/log, /film) and for plain text, then BOT_LANGUAGE', () => {
    assert.equal(langOf('KKR', english, 'da', 'both'), 'en');
    assert.equal(langOf('KKR', danish, 'en', 'both'), 'da');
    assert.equal(langOf('KKR', { locale: 'de-DE' }, 'en'), 'en');
    assert.equal(langOf('', {}, 'da'), 'da');
  });
  it('answers an empty message by the command name, else the locale', () => {
    assert.equal(langOf('', english, 'da', 'da'), 'da');
    assert.equal(langOf('', english, 'da'), 'en');
  });
});

describe('questions as people ask them: word stems and compound parts (titleMatchCount, bestTitleMatches)', () => {
  const titles = [
    'Fremsendelse til Social og Indenrigsministeriet',
    'Evalueringsperiode',
    'Nulpunktsmåling',
    'Politisk godkendelse i alle kommuner',
  ];
  it('"evalueringen sendes til ministeriet" finds the sending to the ministry first and only', () => {
    const words = ['evalueringen', 'sendes', 'ministeriet'];
    assert.equal(titleMatchCount(words, titles[0]!), 2);
    assert.equal(titleMatchCount(words, titles[1]!), 1);
    assert.deepEqual(bestTitleMatches(words, titles), [0]);
  });
  it('less than half of the words is no match', () =>
    assert.deepEqual(bestTitleMatches(['evalueringen', 'borgmester', 'budget'], titles), []));
  it('aa, ae, oe meet å, æ, ø on either side', () => {
    assert.equal(titleMatchCount(['moedet'], 'Møde med KL'), 1);
    assert.equal(titleMatchCount(['ålborg'], 'Netværksmøde i Aalborg'), 1);
  });
  it('short words and words with digits are matched as written', () => {
    assert.equal(wholeWordOnly('kl'), true);
    assert.equal(wholeWordOnly('tv2'), true);
    assert.equal(wholeWordOnly('mikrolån'), false);
  });
});

describe('editDistance, bounded (issue 28)', () => {
  it('counts edits and adjacent swaps as before', () => {
    assert.equal(editDistance('hjørring', 'hjöring'), 2);
    assert.equal(editDistance('hjaelp', 'hjalep'), 1);
    assert.equal(editDistance('log', 'log'), 0);
    assert.equal(editDistance('', 'abc'), 3);
  });

  it('gives up at once on words longer than any typo, or further apart in length than asked', () => {
    assert.equal(editDistance('x'.repeat(MAX_TYPO_LENGTH + 1), 'log'), Infinity);
    assert.equal(editDistance('x'.repeat(28_000), 'x'.repeat(27_999)), Infinity);
    assert.equal(editDistance('abcdef', 'a', 2), Infinity);
    assert.equal(editDistance('abc', 'abd', 2), 1);
  });
});
