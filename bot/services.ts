// What handlers may use: storage repositories, settings, logging. Built once in bot/app.ts.
import type { Config } from './config';
import type { Logger } from './logger';
import type { TableStore } from '../storage/tableStore';

export interface Services {
  config: Config;
  logger: Logger;
  store: TableStore;
}
