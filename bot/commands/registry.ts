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
import { experimentCommand } from './experiments/experiment';
import { eventCommand } from './items/event';
import { deadlineCommand } from './items/deadline';
import { dueCommand } from './items/due';
import { eventsCommand } from './items/events';
import { deadlinesCommand } from './items/deadlines';
import { doneCommand } from './items/done';
import { deleteCommand } from './items/delete';
import { digestCommand } from './digest/digest';
import { remindCommand } from './digest/remind';
import { historyCommand } from './privacy/history';
import { myDataCommand } from './privacy/myData';
import { forgetCommand } from './privacy/forget';
import { statusCommand } from './reports/status';
import { statsCommand } from './reports/stats';
import { exportCommand } from './reports/export';
import { resultCommand } from './experiments/result';
import { municipalityCommand } from './experiments/municipality';
import { approvedCommand } from './experiments/approved';
import { approvalRunCommand } from './experiments/approvalRun';
import { calendarCommand } from './calendar';
import { planCommand } from './plans/plan';
import { gapsCommand } from './plans/gaps';
import { questionRoute } from './items/questions';

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
  deleteCommand,
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
  calendarCommand,
  planCommand,
  gapsCommand,
];

/** Plain words (no slash): questions the grammar knows; undefined means "not understood" (answered with help). */
export const textRoute: TextRoute = questionRoute;

/** What the help card of this bot lists. */
export const allHelp = helpOf(allCommands, textRoute.help);
