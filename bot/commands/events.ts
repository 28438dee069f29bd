// /events (/arrangementer): the events ahead, by month, and those whose date is not set yet.
import { aheadCommand } from './itemListing';

export const eventsCommand = aheadCommand('events');
