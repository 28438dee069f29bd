// What handlers may use: storage repositories, settings, logging. Built once in bot/app.ts.
import type { Config } from './config';
import type { Logger } from './logger';
import type { Tables } from '../storage/tables';
import type { LogRepository } from '../storage/logRepository';
import type { ScopeRepository } from '../storage/scopeRepository';
import type { ItemRepository } from '../storage/itemRepository';
import type { ConversationRepository } from '../storage/conversationRepository';
import type { ClaimRepository } from '../storage/claimRepository';
import type { HistoryRepository } from '../storage/historyRepository';

export interface Services {
  config: Config;
  logger: Logger;
  tables: Tables;
  log: LogRepository;
  scopes: ScopeRepository;
  items: ItemRepository;
  /** Where the bot may write on its own (digest, reminders). */
  conversations: ConversationRepository;
  /** Exactly-once claims of scheduled sends. */
  claims: ClaimRepository;
  /** The change history of every kind of thing, each in its own table. */
  history: HistoryRepository;
}
