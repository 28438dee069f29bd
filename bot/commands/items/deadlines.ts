// /deadlines: the deadlines ahead, by month, overdue ones first. The help card names it in /events' line.
import { aheadCommand, type ItemReader } from './itemListing';
import type { CommandDescriptor } from '../types';

export const deadlinesCommand: CommandDescriptor<{ items: ItemReader }> = {
  ...aheadCommand('deadlines'),
  names: { both: ['deadlines'] },
  bare: true,
};
