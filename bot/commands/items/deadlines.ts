// /deadlines: the deadlines ahead, by month, overdue ones first. The help card names it in /events' line.
import { aheadCommand } from './itemListing';
import type { CommandDescriptor } from '../types';

export const deadlinesCommand: CommandDescriptor = {
  ...aheadCommand('deadlines'),
  names: { both: ['deadlines'] },
  bare: true,
};
