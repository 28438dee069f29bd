// /hjælp (/help): the help card of every command the bot runs with.
import { helpCard } from '../../cards/helpCard';
import type { CommandDescriptor } from './types';
import { t } from '../../i18n/catalog';

/** What help uses. */
type Ports = Record<never, never>;

export const helpCommand: CommandDescriptor<Ports> = {
  command: 'help',
  names: { da: ['hjælp', 'hjaelp'], en: ['help'] },
  bare: true,
  async run({ turn, help }) {
    return [{ card: helpCard(turn.lang, turn.scope.kind, help), summary: t('help.summary', turn.lang) }];
  },
};
