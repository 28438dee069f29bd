// The help card: every command with one example, in the reader's language. Which lines it shows comes from the
// commands' descriptors (bot/commands/types.ts: CommandHelp); the order of the headings is kept here.
import type { Lang, ScopeKind } from '../domain/types';
import { expand, type CardJson } from './render';
import { t, type MessageId } from '../i18n/catalog';
import template from './templates/help.json';

/** The card's headings, in the order shown. */
export const HELP_SECTIONS = ['log', 'registry', 'coming', 'digest', 'privacy', 'reports'] as const;
export type HelpSection = (typeof HELP_SECTIONS)[number];

/** One section's lines by name: `help.<name>.example` and `help.<name>.text`. */
export interface HelpLines {
  section: HelpSection;
  lines: readonly string[];
}

const INTRO: Record<ScopeKind, MessageId> = { team: 'help.intro.team', groupChat: 'help.intro.groupChat', personal: 'help.intro.personal' };

/** The help card of `lines` (every command's, in the registry's order); `where` says whose log this conversation
 *  keeps (a team's, a group chat's or one person's). */
export function helpCard(lang: Lang, where: ScopeKind, lines: readonly HelpLines[]): CardJson {
  return expand(template, {
    title: t('help.title', lang),
    intro: t(INTRO[where], lang),
    sections: HELP_SECTIONS.map((section) => ({
      heading: t(`help.heading.${section}`, lang),
      commands: lines
        .filter((l) => l.section === section)
        .flatMap((l) => l.lines)
        .map((name) => ({
          example: t(`help.${name}.example` as MessageId, lang),
          description: t(`help.${name}.text` as MessageId, lang),
        })),
    })).filter((s) => s.commands.length > 0),
    footer: t('help.footer', lang),
  });
}
