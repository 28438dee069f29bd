// What handlers may use: storage repositories, settings, logging. Built once in bot/app.ts. The raw tables are not
// here: what reads across every table (an erasure) is a port of its own.
import type { Config } from './config';
import type { Logger } from './logger';
import type { ErasurePlan, ErasureRequest } from '../storage/erasure';
import type { Storage } from '../storage/tables';
import type { LogRepository } from '../storage/logRepository';
import type { ScopeRepository } from '../storage/scopeRepository';
import type { ItemRepository } from '../storage/itemRepository';
import type { ExperimentRepository } from '../storage/experimentRepository';
import type { ConversationRepository } from '../storage/conversationRepository';
import type { ClaimRepository } from '../storage/claimRepository';
import type { HistoryRepository } from '../storage/historyRepository';
import type { DownloadKeyRepository } from '../storage/downloadKeyRepository';
import type { CalendarFeedRepository } from '../storage/calendarFeedRepository';
import type { RegistryReader } from './reportData';
import type { Clock } from './systemClock';

export interface Services {
  config: Config;
  logger: Logger;
  /** Plans an erasure of a colleague or a named person across every table (storage/erasure.ts). */
  erasure: {
    plan(request: ErasureRequest): Promise<ErasurePlan>;
    /** The colleagues of `scope` with that name, by object id, with how many rows each has there. */
    peopleNamed(scope: string, name: string): Promise<Array<{ id: string; rows: number }>>;
  };
  /** Erasure's journal (re-applied to a restored backup) and the purge of erased bytes from the file. */
  erasures: Pick<Storage, 'journal' | 'purge'>;
  log: LogRepository;
  scopes: ScopeRepository;
  items: ItemRepository;
  /** The experiments' registry: records, status history, results. */
  experiments: ExperimentRepository;
  /** Where the bot may write on its own (digest, reminders). */
  conversations: ConversationRepository;
  /** Exactly-once claims of scheduled sends. */
  claims: ClaimRepository;
  /** The change history of every kind of thing, each in its own table. */
  history: HistoryRepository;
  /** The key that signs download links (the same on every instance). */
  downloadKeys: DownloadKeyRepository;
  /** The registry's experiments, results and approval runs as the reports read them (bot/reportData.ts); unset, a
   *  report has no Forsøg and Resultater sheets and no approvals tally. */
  registry?: RegistryReader;
  /** The team calendar feeds' secret addresses (/kalender). */
  calendarFeeds: CalendarFeedRepository;
  /** The server's own clock: what expires (download links, a calendar link made when a button is pressed) expires by
   *  it, never by a message's timestamp. */
  clock: Clock;
  /** Where download links point: BOT_DOMAIN's https address, or the loopback address the bot listens on. */
  publicUrl(): string | undefined;
}
