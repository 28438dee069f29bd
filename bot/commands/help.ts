import { helpCard } from '../../cards/helpCard';
import type { CommandHandler } from './types';

export const helpCommand: CommandHandler = {
  command: 'help',
  async run({ turn }) {
    return [{ card: helpCard(turn.lang, turn.scope.kind), summary: turn.lang === 'da' ? 'Tovholders kommandoer' : "Tovholder's commands" }];
  },
};
