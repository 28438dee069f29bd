// /hjælp (/help): the help card of every command the bot runs with.
import { helpCard } from '../../cards/helpCard';
import type { CommandDescriptor, NoPorts } from './types';
import { t } from '../../i18n/catalog';

/** What help uses: nothing but the turn and the list of help. */
type Ports = NoPorts;

export const helpCommand: CommandDescriptor<Ports> = {
  command: 'help',
  names: { da: ['hjælp', 'hjaelp'], en: ['help'] },
  bare: true,
  async run({ turn, help }) {
    return [{ card: helpCard(turn.lang, turn.scope.kind, help), summary: t('help.summary', turn.lang) }];
  },
};
