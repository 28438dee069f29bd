// Plain-language questions to the bot (no slash): what is due when, what is coming up, when is X.
// Pure: "today" comes in as an argument.
import type { DateTime } from 'luxon';
import type { Lang, Period } from './types';
import { parsePeriod } from './dates';
import { detectLanguage } from './language';
import { foldDanishDigraphs, isStopword, sanitizeUserText, tokenize } from './text';

export type Question =
  | { kind: 'due'; period: Period; lang: Lang; includeDone: boolean }
  | { kind: 'upcoming'; lang: Lang }
  | { kind: 'when'; words: string[]; lang: Lang }
  | { kind: 'thanks'; lang: Lang };

// A question is short; anything longer is a message to the team, not to the bot.
const MAX_QUESTION_CHARS = 160;
const MAX_QUESTION_WORDS = 20;

/**
 * Reads a plain-language question, or undefined when the text is not one (then it is ordinary chat).
 * - due: a question head ("hvad skal vi nå", "what's due", "er der noget", "deadlines") and a period before or
 *   after it ("i næste uge", "this month", "i december", "uge 45"); periods are read by parsePeriod with the
 *   'future' year rule, and "by Friday"/"senest fredag" becomes today to Friday.
 * - upcoming: such a head on its own ("hvad sker der", "what's coming up", "hvad skal vi").
 * - when: "hvornår ..." / "when is ..." / "hvad er fristen for ...", with the words of the thing asked about.
 * "incl. done" / "også de færdige" anywhere sets includeDone.
 */
export function parseQuestion(text: string, today: DateTime): Question | undefined {
  const s = normalize(text);
  if (!s || s.length > MAX_QUESTION_CHARS || s.split(' ').length > MAX_QUESTION_WORDS) return undefined;
  const thanks = THANKS.exec(s);
  if (thanks) return { kind: 'thanks', lang: thanks[1] ? 'da' : 'en' };
  const asked = /\?\s*$/.test(text.trim());
  // A keyboard without æ, ø, å: "hvad skal vi naa i naeste maaned", "hvornaar er moedet" are read with å, æ, ø.
  return readQuestion(s, today, asked) ?? (/aa|ae|oe/.test(s) ? readQuestion(foldDanishDigraphs(s), today, asked) : undefined);
}

/** A short thanks, and nothing more: "tak", "mange tak for hjælpen", "thanks!", "thank you so much :)". */
const THANKS = new RegExp(
  '^(?:(?:ok|okay|fint|super|perfekt|dejligt|fedt|godt|great|perfect|cool|nice|hej|hi)[ ,.!]*)?' +
    '(?:(?:mange |tusind |1000 |rigtig mange )?(tak)(?: skal du have| for (?:hjælpen|det|nu|i dag|svaret|info))?' +
    '|thanks?(?: a lot| so much| for (?:the help|your help|that))?' +
    '|thank you(?: so much| very much| for (?:the help|your help|that))?|thx|ty)' +
    '(?:[ ,.!]*(?:tovholder|:\\)|:-\\)|😊|🙏|👍))*[ .!]*$',
  'u',
);

function readQuestion(question: string, today: DateTime, asked: boolean): Question | undefined {
  let s = stripPoliteness(question);
  if (!s) return undefined;

  const when = parseWhen(s, asked);
  if (when) return when;

  const done = INCLUDE_DONE.exec(s);
  const includeDone = done !== null;
  if (done) s = `${s.slice(0, done.index)} ${s.slice(done.index + done[0].length)}`.replace(/\s+/g, ' ').trim();

  const soon = UPCOMING_TAIL.exec(s);
  const head = soon ? s.slice(0, soon.index).trim() : s;
  const alone = matchHead(head, true, s);
  if (alone) return { kind: 'upcoming', lang: alone };

  return parseDue(s, today, includeDone);
}

function normalize(text: string): string {
  return sanitizeUserText(text)
    .toLowerCase()
    .replace(/[’‘´`]/g, "'")
    .replace(/(^|\s)(what|when|that|it|there|who)'s(?=\s|$)/g, '$1$2 is')
    .replace(/(^|\s)whats(?=\s|$)/g, '$1what is')
    .replace(/(^|\s)what're(?=\s|$)/g, '$1what are')
    .replace(/["“”«»]/g, ' ')
    .replace(/[?!]+|[,;]|:(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*\.+$/, '');
}

// Greetings, "please" and "can you tell me" carry no meaning here; "vis"/"show" just ask for a list.
const POLITE_START = new RegExp(
  '^(?:' +
    [
      'hej',
      'hey',
      'hi',
      'hello',
      'godmorgen',
      'goddag',
      'tovholder',
      'please',
      'pls',
      'venligst',
      'ok',
      'okay',
      '(?:kan|vil) du (?:lige )?(?:fortælle|sige|vise) (?:mig|os)(?: lige)?',
      '(?:kan|vil) du (?:lige )?(?:vise|liste)',
      '(?:can|could|would) you (?:please )?(?:tell|show|give|list)(?: (?:me|us))?',
      '(?:do you know|ved du|i want to know|i would like to know|jeg vil gerne vide|jeg vil gerne se)',
      '(?:tell|show|give|list)(?: (?:me|us))?',
      '(?:vis|list|giv)(?: (?:mig|os))?(?: lige)?',
    ].join('|') +
    ')(?: |$)',
);
const POLITE_END = / (?:please|tak|thanks|thank you|venligst|lige)$/;

function stripPoliteness(s: string): string {
  let before: string;
  do {
    before = s;
    s = s.replace(POLITE_START, '').replace(POLITE_END, '').trim();
  } while (s !== before);
  return s;
}

const INCLUDE_DONE = new RegExp(
  '(?:^| )(?:inkl\\.?|inklusive?|incl\\.?|including|inclusive of|med|også|plus|and|with|og)(?: også| also| even)?' +
    '(?: de| dem| the| those)?(?: der er| som er| that are| which are| vi har)?' +
    ' (?:færdige|afsluttede|klarede|klaret|lukkede|done|completed|finished|closed)' +
    '(?: (?:ones|items|tasks|opgaver|punkter|også|too))?(?= |$)',
);

// "... de næste uger", "... coming up soon": still "upcoming".
const UPCOMING_TAIL = new RegExp(
  ' (?:fremover|snart|forude|i den kommende tid|de (?:kommende|næste) (?:uger|fire uger|4 uger)' +
    '|soon|ahead|(?:in |for )?the (?:next|coming) (?:few |four |4 )?weeks|in the coming weeks)$',
);

interface Head {
  pattern: RegExp;
  /** 'either' for words both languages use ("deadlines"): the rest of the message decides. */
  lang: Lang | 'either';
  /** Whether the head alone (no period) asks what is coming up. */
  alone: boolean;
}

const DEADLINE_DA = '(?:deadlines?|deadlinen|frister|fristerne|fristen|afleveringer|afleveringerne|opgaver|opgaverne)';
const DEADLINE_EN = '(?:deadlines?|due dates?|tasks|items)';
const head = (lang: Lang | 'either', alone: boolean, pattern: string): Head => ({ pattern: new RegExp(`^(?:${pattern})$`), lang, alone });

/** "hvilke frister … der udløber": the tail of the which-deadlines question. */
const WHICH_DEADLINES_TAIL_DA = '(?: der (?:udløber|forfalder|skal nås))?';

const HEADS: Head[] = [
  head('either', true, 'deadlines?'),
  // Danish
  head(
    'da',
    true,
    'hvad (?:skal|må|bør) vi(?: så)? (?:nå|have nået|have klaret|have gjort|have afleveret|levere|aflevere|huske|lave|klare)',
  ),
  head('da', true, 'hvad (?:skal|må) vi(?: så)?'),
  head('da', true, 'hvad sker der(?: så)?'),
  head('da', true, `hvad (?:er|har) (?:der|vi)(?: så)? (?:af|med|for) (?:${DEADLINE_DA}|aktiviteter|møder)`),
  head('da', false, 'hvad (?:er|har) (?:der|vi)(?: så)?'),
  head('da', true, 'hvad (?:er|står) der på (?:programmet|kalenderen|dagsordenen|tapetet)'),
  head('da', true, 'hvad har vi på (?:programmet|kalenderen|dagsordenen|tapetet)'),
  head('da', true, `(?:er der|har vi) (?:nogen|nogle)? ?${DEADLINE_DA}(?: der (?:skal nås|udløber|forfalder|skal afleveres))?`),
  head('da', false, '(?:er der|har vi) noget(?: der (?:skal nås|udløber|forfalder|skal afleveres|sker))?'),
  head('da', true, `(?:hvilke|hvad for nogle|hvad for) ${DEADLINE_DA}(?: (?:har|er) (?:vi|der))?${WHICH_DEADLINES_TAIL_DA}`),
  head('da', true, `(?:alle |de |kommende |de kommende |næste |de næste )?${DEADLINE_DA}`),
  head('da', true, 'hvad (?:der )?skal (?:der )?(?:ske|nås|laves|afleveres|leveres)'),
  head('da', true, 'hvad (?:skal|bør) (?:være (?:nået|klaret|færdigt|afleveret|klar)|afleveres|leveres|nås)'),
  head('da', true, 'hvad (?:venter|mangler) (?:os|vi|der)(?: forude)?'),
  head('da', true, 'hvad (?:forfalder|udløber)(?: der)?'),
  // English
  head(
    'en',
    true,
    'what (?:is|are) (?:due|coming up|upcoming|happening|planned|scheduled|ahead|next|on the (?:agenda|calendar|schedule|cards))',
  ),
  head('en', false, 'what is on'),
  head('en', true, `what (?:is|are) (?:the |our )?(?:${DEADLINE_EN}|deadline)`),
  head('en', true, `what ${DEADLINE_EN}(?: (?:do we have|have we got|are there|are coming up|are due|is there))?`),
  head('en', true, 'what do we have (?:due|coming up|planned|scheduled|to do|to deliver)'),
  head('en', false, 'what do we have(?: on)?'),
  head('en', true, 'what do we (?:need|have) to (?:do|deliver|finish|hand in|get done)'),
  head('en', true, 'what (?:needs|has) to be (?:done|delivered|finished|handed in)'),
  head('en', true, 'what is left to do'),
  head('en', true, 'what (?:happens|will happen|is going on|are we doing)'),
  head('en', true, '(?:is there |are there |do we have |have we got |got )?(?:anything|something) (?:due|coming up|happening|planned)'),
  head('en', false, '(?:is there |are there |do we have |have we got |got )?(?:anything|something)(?: on)?'),
  head('en', true, `(?:is there |are there |do we have |have we got |got )?any ${DEADLINE_EN}(?: (?:due|coming up))?`),
  head('en', true, `(?:is |are )?(?:anything|something) due`),
  head('en', true, `(?:the |all |all the |upcoming |the upcoming |the next |next )?${DEADLINE_EN}(?: (?:due|coming up))?`),
  head('en', true, 'due'),
];

function matchHead(s: string, alone: boolean, question: string): Lang | undefined {
  const lang = HEADS.find((h) => (!alone || h.alone) && h.pattern.test(s))?.lang;
  return lang === 'either' ? detectLanguage(question) : lang;
}

// Words that may stand between a question and its period and that parsePeriod need not know.
const PERIOD_LEADS = new Set(['i', 'in', 'for', 'during', 'på', 'on', 'til', 'om', 'inden', 'within']);
const BY_LEADS = new Set(['by', 'senest', 'before', 'inden', 'før']);

function parseDue(s: string, today: DateTime, includeDone: boolean): Question | undefined {
  const words = s.split(' ');
  for (let k = 1; k < words.length; k++) {
    // The question first ("hvad skal vi nå i december"), or the period first ("i december, hvad skal vi nå").
    for (const [headWords, periodWords] of [
      [words.slice(0, k), words.slice(k)],
      [words.slice(words.length - k), words.slice(0, words.length - k)],
    ]) {
      const lang = matchHead(headWords.join(' '), false, s);
      if (!lang) continue;
      const period = readPeriod(periodWords, today);
      if (period) return { kind: 'due', period, lang, includeDone };
    }
  }
  return undefined;
}

function readPeriod(words: string[], today: DateTime): Period | undefined {
  const candidates = [words];
  if (words.length > 1 && PERIOD_LEADS.has(words[0])) candidates.push(words.slice(1));
  for (const candidate of candidates) {
    const result = parsePeriod(candidate.join(' '), { today, yearRule: 'future' });
    if (result?.ok) return untilFor(result.period, words[0], today);
  }
  return undefined;
}

// "What's due by Friday" asks about everything from today to Friday, not Friday alone.
function untilFor(period: Period, firstWord: string, today: DateTime): Period {
  const todayIso = today.toISODate();
  if (!(period.form.kind === 'by' || BY_LEADS.has(firstWord)) || !todayIso || todayIso >= period.start) return period;
  return { start: todayIso, end: period.end, form: { kind: 'span', from: { kind: 'day' }, to: { kind: 'day' } } };
}

// "hvornår" opens a question in Danish; "when" opens statements too ("when I get back ..."), so in English
// an auxiliary verb or a question mark is needed.
const WHEN_DA = /^hvornår (?:(?:er|skal|har|kommer|sker|bliver|var|skulle|kan|vil) )?(.+)$/;
const WHEN_EN = /^when (?:(?:is|are|was|were|do|does|did|will|should|must|shall|can|has|have) )?(.+)$/;
const WHEN_EN_VERB = /^when (?:is|are|was|were|do|does|did|will|should|must|shall|can|has|have) /;
const DEADLINE_OF_DA = /^(?:hvad|hvilken dato) er (?:fristen|deadline|deadlinen|datoen|tidsfristen) (?:for|på) (.+)$/;
const DEADLINE_OF_EN = /^what is the (?:deadline|due date|date) (?:for|of) (.+)$/;

// Words in a "when" question that say nothing about which item is meant.
const WHEN_FILLERS = new Set([
  'er',
  'skal',
  'har',
  'kommer',
  'sker',
  'bliver',
  'var',
  'skulle',
  'vi',
  'der',
  'den',
  'det',
  'de',
  'vores',
  'så',
  'egentlig',
  'lige',
  'igen',
  'deadline',
  'deadlinen',
  'frist',
  'fristen',
  'dato',
  'datoen',
  'næste',
  'færdig',
  'færdigt',
  'klar',
  'holdes',
  'afholdes',
  'foregår',
  'finder',
  'sted',
  'due',
  'deadline',
  'date',
  'next',
  'happening',
  'held',
  'scheduled',
  'planned',
  'set',
  'supposed',
  'going',
  'take',
  'place',
  'ready',
  'done',
  'finished',
  'expected',
  'happen',
]);

function parseWhen(s: string, asked: boolean): Question | undefined {
  let subject: string | undefined;
  let lang: Lang = 'da';
  const of = DEADLINE_OF_DA.exec(s) ?? DEADLINE_OF_EN.exec(s);
  if (of) {
    subject = of[1];
    lang = DEADLINE_OF_DA.test(s) ? 'da' : 'en';
  } else if (s.startsWith('hvornår ')) {
    subject = WHEN_DA.exec(s)?.[1];
  } else if (s.startsWith('when ') && (asked || WHEN_EN_VERB.test(s))) {
    subject = WHEN_EN.exec(s)?.[1];
    lang = 'en';
  }
  if (subject === undefined) return undefined;
  const words = tokenize(subject)
    .map((t) => t.word)
    .filter((w) => !isStopword(w) && !WHEN_FILLERS.has(w));
  return words.length > 0 ? { kind: 'when', words, lang } : undefined;
}
