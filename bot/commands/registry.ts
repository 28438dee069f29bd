// Every command and card action the bot knows, in one list. A new command is one file plus one line here.
import { reportFilesAction } from '../actions/reports';
import { resultActions } from '../actions/results';
import type { ActionHandler, CommandHandler } from './types';
import type { TextRouter } from '../ports';
import { helpCommand } from './help';
import { logCommand } from './log';
import { findCommand, findMoreAction } from './find';
import { whoCommand } from './who';
import { stakeholderCommand } from './lists';
import { experimentCommand, experimentStatusAction } from './experiment';
import { resultCommand } from './result';
import { municipalityCommand } from './municipality';
import { approvedCommand } from './approved';
import { approvalRunCommand } from './approvalRun';
import { approvalActions } from '../actions/approvals';
import { logActions } from '../actions/log';
import { addListEventsAction, undoLogListAction } from './logList';
import { digestCommand } from './digest';
import { remindCommand } from './remind';
import { reminderDoneAction, reminderSnoozeAction } from '../actions/reminders';
import { eventCommand } from './event';
import { deadlineCommand } from './deadline';
import { dueCommand } from './due';
import { eventsCommand } from './events';
import { deadlinesCommand } from './deadlines';
import { doneCommand } from './done';
import { deleteCommand } from './delete';
import { answerQuestion } from './questions';
import { itemActions } from '../actions/items';
import { historyCommand } from './history';
import { myDataCommand, myDataFileAction } from './myData';
import { forgetCommand } from './forget';
import { privacyActions } from '../actions/privacy';
import { statusCommand } from './status';
import { statsCommand } from './stats';
import { exportCommand } from './export';
import { planActions, planCommand } from './plan';
import { ownerActions } from '../actions/owners';
import { gapsCommand, gapsPlanAction } from './gaps';
import { addToCalendarAction, calendarCommand } from './calendar';

export const allCommands: CommandHandler[] = [
  helpCommand,
  logCommand,
  findCommand,
  whoCommand,
  stakeholderCommand,
  experimentCommand,
  digestCommand,
  remindCommand,
  eventCommand,
  deadlineCommand,
  dueCommand,
  eventsCommand,
  deadlinesCommand,
  doneCommand,
  deleteCommand,
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

export const allActions: ActionHandler[] = [
  ...logActions,
  undoLogListAction,
  addListEventsAction,
  findMoreAction,
  reminderDoneAction,
  reminderSnoozeAction,
  ...itemActions,
  ...privacyActions,
  myDataFileAction,
  experimentStatusAction,
  ...approvalActions,
  addToCalendarAction,
  ...planActions,
  ...ownerActions,
  gapsPlanAction,
  reportFilesAction,
  ...resultActions,
];

/** Plain words (no slash): questions the grammar knows; undefined means "not understood" (answered with help). */
export const routeText: TextRouter = answerQuestion;
