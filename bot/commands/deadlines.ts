// /deadlines: the deadlines ahead, by month, overdue ones first.
import { aheadCommand } from './itemListing';

export const deadlinesCommand = aheadCommand('deadlines');
