// /events (/arrangementer): the events ahead, by month, and those whose date is not set yet.
import { aheadCommand, type ItemReader } from './itemListing';
import type { CommandDescriptor } from '../types';

export const eventsCommand: CommandDescriptor<{ items: ItemReader }> = {
  ...aheadCommand('events'),
  names: { da: ['arrangementer'], en: ['events'] },
  bare: true,
  help: { section: 'coming', lines: ['events'] },
};
