// Every command the bot knows, in one list: a new command is one file (its descriptor, bot/commands/types.ts) plus
// one line here. The grammar, the help card, the card buttons and the tests of the manifest and README read this list.
// Its order is the grammar's: a typo as near to two names is taken for the earlier one.
import { helpOf, type CommandDescriptor } from './types';
import type { TextRoute } from '../ports';
import { helpCommand } from './help';
import { logCommand } from './log/logCommand';
import { findCommand } from './find';
import { whoCommand } from './who';
import { stakeholderCommand } from './lists';
import { experimentCommand } from './experiment';
import { eventCommand } from './event';
import { deadlineCommand } from './deadline';
import { dueCommand } from './due';
import { eventsCommand } from './events';
import { deadlinesCommand } from './deadlines';
import { doneCommand } from './done';
import { digestCommand } from './digest';
import { remindCommand } from './remind';
import { historyCommand } from './history';
import { myDataCommand } from './myData';
import { forgetCommand } from './forget';
import { statusCommand } from './status';
import { statsCommand } from './stats';
import { exportCommand } from './export';
import { resultCommand } from './result';
import { municipalityCommand } from './municipality';
import { approvedCommand } from './approved';
import { approvalRunCommand } from './approvalRun';
import { questionRoute } from './questions';

export const allCommands: readonly CommandDescriptor[] = [
  helpCommand,
  logCommand,
  findCommand,
  whoCommand,
  stakeholderCommand,
  experimentCommand,
  eventCommand,
  deadlineCommand,
  dueCommand,
  eventsCommand,
  deadlinesCommand,
  doneCommand,
  digestCommand,
  remindCommand,
  historyCommand,
  myDataCommand,
  forgetCommand,
  statusCommand,
  statsCommand,
  exportCommand,
  resultCommand,
  municipalityCommand,
  approvedCommand,
  approvalRunCommand,
];

/** Plain words (no slash): questions the grammar knows; undefined means "not understood" (answered with help). */
export const textRoute: TextRoute = questionRoute;

/** What the help card of this bot lists. */
export const allHelp = helpOf(allCommands, textRoute.help);
