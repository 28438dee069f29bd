import { helpCard } from '../../cards/helpCard';
import type { CommandHandler } from './types';
import { t } from '../../i18n/catalog';

export const helpCommand: CommandHandler = {
  command: 'help',
  async run({ turn }) {
    return [{ card: helpCard(turn.lang, turn.scope.kind), summary: t('help.summary', turn.lang) }];
  },
};
