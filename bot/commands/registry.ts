// Every command and card action the bot knows, in one list. A new command is one file plus one line here.
import type { ActionHandler, CommandHandler } from './types';
import type { TextRouter } from '../tovholderBot';
import { helpCommand } from './help';

export const allCommands: CommandHandler[] = [helpCommand];

export const allActions: ActionHandler[] = [];

/** Plain words (no slash): questions the grammar knows; undefined means "not understood" (answered with help). */
export const routeText: TextRouter = async () => undefined;
