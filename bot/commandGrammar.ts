// The command grammar: a message's first word, anchored, against the Danish and English names of the commands the
// bot runs with (their descriptors, bot/commands/registry.ts). "/log" matches only the whole word ("/logout" is
// unknown, with "did you mean /log?"). Pure: no Bot Framework here.

import { editDistance } from '../domain/text';
import type { CommandDescriptor } from './commands/types';

export interface CommandSpelling {
  command: string;
  lang: 'da' | 'en' | 'both';
  name: string;
}

/** Every spelling a user may type after the slash, in the commands' order: each command's name for both languages,
 *  then its Danish names, then its English ones. */
export function spellingsOf(commands: readonly Pick<CommandDescriptor, 'command' | 'names'>[]): CommandSpelling[] {
  return commands.flatMap(({ command, names }) =>
    (['both', 'da', 'en'] as const).flatMap((lang) => (names[lang] ?? []).map((name) => ({ command, lang, name }))),
  );
}

/** How to write a command in a language ("/eksport", "/export"): its first name in that language, or one for both. */
export function commandText(command: Pick<CommandDescriptor, 'names'>, lang: 'da' | 'en'): string {
  const { names } = command;
  const name = names[lang]?.[0] ?? names.both?.[0] ?? names.da?.[0] ?? names.en?.[0];
  return `/${name}`;
}

export type Parsed =
  | { type: 'command'; command: string; name: string; nameLang: 'da' | 'en' | 'both'; args: string }
  | { type: 'unknown-command'; word: string; suggestion: string | undefined }
  | { type: 'empty' }
  | { type: 'text'; text: string };

export class CommandGrammar {
  readonly spellings: readonly CommandSpelling[];
  /** Command words that are also taken without a slash. Not "hvem"/"who": those begin ordinary questions. */
  private readonly bare: ReadonlySet<string>;

  constructor(commands: readonly CommandDescriptor[]) {
    this.spellings = spellingsOf(commands);
    this.bare = new Set(
      commands.flatMap((c) => {
        if (Array.isArray(c.bare)) return c.bare;
        return c.bare
          ? [c.names.da?.[0], c.names.en?.[0], ...(c.names.both ?? [])].filter((name): name is string => name !== undefined)
          : [];
      }),
    );
  }

  /** Parses a message whose bot @mention is already removed. `args` keeps its line breaks (a pasted timeline). */
  parse(raw: string): Parsed {
    const text = raw.replace(/^[\s\u00a0\u200b]+|[\s\u00a0\u200b]+$/g, '');
    if (text === '') return { type: 'empty' };
    const m = /^(\/?)([^\s/]+)(?:[ \t\u00a0]*)([\s\S]*)$/u.exec(text);
    if (!m) {
      if (text.startsWith('/')) return { type: 'unknown-command', word: text, suggestion: undefined };
      return { type: 'text', text };
    }
    const [, slash, wordRaw, rest] = m;
    const word = wordRaw.toLowerCase().replace(/[.,:;!?]+$/, '');
    const spelling = this.spellings.find((s) => s.name === word);
    if (spelling && (slash === '/' || (this.bare.has(word) && !/^[?]/.test(rest)))) {
      const args = rest.replace(/^\s+/, '').replace(/\s+$/, '');
      return { type: 'command', command: spelling.command, name: spelling.name, nameLang: spelling.lang, args };
    }
    if (slash === '/') return { type: 'unknown-command', word: `/${wordRaw}`, suggestion: this.closest(word) };
    return { type: 'text', text };
  }

  /** The spelling nearest to what was typed (Damerau-Levenshtein, or a prefix), if it is near enough to be a typo. */
  closest(word: string): string | undefined {
    let best: { name: string; d: number } | undefined;
    for (const s of this.spellings) {
      const prefix = s.name.startsWith(word) || word.startsWith(s.name);
      const d = prefix ? Math.min(1, editDistance(word, s.name)) : editDistance(word, s.name);
      if (!best || d < best.d) best = { name: s.name, d };
    }
    if (!best) return undefined;
    const limit = Math.max(2, Math.floor(word.length / 3));
    return best.d <= limit ? `/${best.name}` : undefined;
  }
}
