// The command grammar: a message's first word, anchored, against the Danish and English command names.
// "/log" matches only the whole word ("/logout" is unknown, with "did you mean /log?"). Pure: no Bot Framework here.

import { editDistance } from '../domain/text';

export type CommandName =
  | 'help'
  | 'log'
  | 'find'
  | 'who'
  | 'stakeholder'
  | 'experiment'
  | 'event'
  | 'deadline'
  | 'due'
  | 'events'
  | 'deadlines'
  | 'done'
  | 'delete'
  | 'digest'
  | 'remind'
  | 'history'
  | 'myData'
  | 'forget'
  | 'status'
  | 'stats'
  | 'export'
  | 'result'
  | 'municipality'
  | 'approved'
  | 'approval'
  | 'calendar'
  | 'plan'
  | 'gaps';

interface CommandSpelling {
  command: CommandName;
  lang: 'da' | 'en' | 'both';
  name: string;
}

/** Every spelling a user may type after the slash. Danish first; aliases without æøå for keyboards that lack them. */
export const COMMAND_SPELLINGS: readonly CommandSpelling[] = [
  { command: 'help', lang: 'da', name: 'hjælp' },
  { command: 'help', lang: 'da', name: 'hjaelp' },
  { command: 'help', lang: 'en', name: 'help' },
  { command: 'log', lang: 'both', name: 'log' },
  { command: 'find', lang: 'da', name: 'søg' },
  { command: 'find', lang: 'da', name: 'soeg' },
  { command: 'find', lang: 'en', name: 'find' },
  { command: 'who', lang: 'da', name: 'hvem' },
  { command: 'who', lang: 'en', name: 'who' },
  { command: 'stakeholder', lang: 'da', name: 'interessent' },
  { command: 'stakeholder', lang: 'en', name: 'stakeholder' },
  { command: 'experiment', lang: 'da', name: 'forsøg' },
  { command: 'experiment', lang: 'da', name: 'forsoeg' },
  { command: 'experiment', lang: 'en', name: 'experiment' },
  { command: 'event', lang: 'da', name: 'arrangement' },
  { command: 'event', lang: 'en', name: 'event' },
  { command: 'deadline', lang: 'da', name: 'frist' },
  { command: 'deadline', lang: 'en', name: 'deadline' },
  { command: 'due', lang: 'da', name: 'frister' },
  { command: 'due', lang: 'en', name: 'due' },
  { command: 'events', lang: 'da', name: 'arrangementer' },
  { command: 'events', lang: 'en', name: 'events' },
  { command: 'deadlines', lang: 'both', name: 'deadlines' },
  { command: 'done', lang: 'da', name: 'færdig' },
  { command: 'done', lang: 'da', name: 'faerdig' },
  { command: 'done', lang: 'en', name: 'done' },
  { command: 'delete', lang: 'da', name: 'slet' },
  { command: 'delete', lang: 'en', name: 'delete' },
  { command: 'digest', lang: 'da', name: 'overblik' },
  { command: 'digest', lang: 'en', name: 'digest' },
  { command: 'remind', lang: 'da', name: 'påmind' },
  { command: 'remind', lang: 'da', name: 'paamind' },
  { command: 'remind', lang: 'en', name: 'remind' },
  { command: 'history', lang: 'da', name: 'historik' },
  { command: 'history', lang: 'en', name: 'history' },
  { command: 'myData', lang: 'da', name: 'mine' },
  { command: 'myData', lang: 'en', name: 'my' },
  { command: 'forget', lang: 'da', name: 'glem' },
  { command: 'forget', lang: 'en', name: 'forget' },
  { command: 'status', lang: 'both', name: 'status' },
  { command: 'stats', lang: 'da', name: 'tal' },
  { command: 'stats', lang: 'en', name: 'stats' },
  { command: 'export', lang: 'da', name: 'eksport' },
  { command: 'export', lang: 'en', name: 'export' },
  { command: 'result', lang: 'da', name: 'resultat' },
  { command: 'result', lang: 'en', name: 'result' },
  { command: 'municipality', lang: 'da', name: 'kommune' },
  { command: 'municipality', lang: 'en', name: 'municipality' },
  { command: 'approved', lang: 'da', name: 'godkendt' },
  { command: 'approved', lang: 'en', name: 'approved' },
  { command: 'approval', lang: 'da', name: 'godkendelse' },
  { command: 'approval', lang: 'en', name: 'approval' },
  { command: 'calendar', lang: 'da', name: 'kalender' },
  { command: 'calendar', lang: 'en', name: 'calendar' },
  { command: 'plan', lang: 'both', name: 'plan' },
  { command: 'plan', lang: 'da', name: 'planlæg' },
  { command: 'plan', lang: 'da', name: 'planlaeg' },
  { command: 'gaps', lang: 'da', name: 'huller' },
  { command: 'gaps', lang: 'en', name: 'gaps' },
];

/** Command words that are also taken without a slash (Teams' command menu inserts the bare word). Not "hvem"/"who":
 *  those begin ordinary questions. */
const BARE_OK = new Set([
  'hjælp',
  'help',
  'log',
  'søg',
  'find',
  'interessent',
  'stakeholder',
  'forsøg',
  'experiment',
  'arrangement',
  'event',
  'frist',
  'deadline',
  'frister',
  'due',
  'arrangementer',
  'events',
  'deadlines',
  'færdig',
  'done',
  'overblik',
  'digest',
  'påmind',
  'remind',
  'status',
  'stats',
  'eksport',
  'export',
  'resultat',
  'result',
  'plan',
  'huller',
  'gaps',
]);

/** How to write a command in a language ("/eksport", "/export"): its first spelling in that language, or one for both. */
export function commandText(command: CommandName, lang: 'da' | 'en'): string {
  const spelling =
    COMMAND_SPELLINGS.find((s) => s.command === command && s.lang === lang) ??
    COMMAND_SPELLINGS.find((s) => s.command === command && s.lang === 'both') ??
    COMMAND_SPELLINGS.find((s) => s.command === command)!;
  return `/${spelling.name}`;
}

export type Parsed =
  | { type: 'command'; command: CommandName; name: string; nameLang: 'da' | 'en' | 'both'; args: string }
  | { type: 'unknown-command'; word: string; suggestion: string | undefined }
  | { type: 'empty' }
  | { type: 'text'; text: string };

/** Parses a message whose bot @mention is already removed. `args` keeps its line breaks (a pasted timeline). */
export function parseMessage(raw: string): Parsed {
  const text = raw.replace(/^[\s\u00a0\u200b]+|[\s\u00a0\u200b]+$/g, '');
  if (text === '') return { type: 'empty' };
  const m = /^(\/?)([^\s/]+)(?:[ \t\u00a0]*)([\s\S]*)$/u.exec(text);
  if (!m) {
    if (text.startsWith('/')) return { type: 'unknown-command', word: text, suggestion: undefined };
    return { type: 'text', text };
  }
  const [, slash, wordRaw, rest] = m;
  const word = wordRaw.toLowerCase().replace(/[.,:;!?]+$/, '');
  const spelling = COMMAND_SPELLINGS.find((s) => s.name === word);
  if (spelling && (slash === '/' || (BARE_OK.has(word) && !/^[?]/.test(rest)))) {
    return {
      type: 'command',
      command: spelling.command,
      name: spelling.name,
      nameLang: spelling.lang,
      args: rest.replace(/^\s+/, '').replace(/\s+$/, ''),
    };
  }
  if (slash === '/') return { type: 'unknown-command', word: `/${wordRaw}`, suggestion: closestCommand(word) };
  return { type: 'text', text };
}

/** The spelling nearest to what was typed (Damerau-Levenshtein, or a prefix), if it is near enough to be a typo. */
export function closestCommand(word: string): string | undefined {
  let best: { name: string; d: number } | undefined;
  for (const s of COMMAND_SPELLINGS) {
    const d = s.name.startsWith(word) || word.startsWith(s.name) ? Math.min(1, editDistance(word, s.name)) : editDistance(word, s.name);
    if (!best || d < best.d) best = { name: s.name, d };
  }
  if (!best) return undefined;
  const limit = Math.max(2, Math.floor(word.length / 3));
  return best.d <= limit ? `/${best.name}` : undefined;
}
