// `npm start`: read settings, start storage and the bot, say where it listens, stop cleanly on Ctrl-C or SIGTERM.
import * as fs from 'node:fs';
import { loadConfig, ConfigError, type Config } from './config';
import { createLogger } from './logger';
import { startApp, DRAIN_BUDGET_MS, type RunningApp } from './app';
import { systemClock } from './systemClock';
import { DEFAULT_TICK_MS } from './scheduler';
import { DataFolderRefused } from '../storage/sqliteDatabase';

async function main(): Promise<void> {
  if (fs.existsSync('.env')) process.loadEnvFile('.env');
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`Tovholder cannot start: ${err.message}\nSee .env.example for every setting.\n`);
      process.exit(2);
    }
    throw err;
  }
  const logger = createLogger(config.logLevel);
  let app: RunningApp;
  try {
    app = await startApp(config, logger, systemClock, { schedulerIntervalMs: DEFAULT_TICK_MS });
  } catch (err) {
    // Another process holds DATA_DIR, the file was emptied, the folder is read-only: say so, start nothing.
    if (err instanceof DataFolderRefused) {
      process.stderr.write(`Tovholder cannot start: ${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
  const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const mode = config.appId
    ? `Bot Framework authentication on (app ${config.appId}, ${config.appType}); every request needs a valid token`
    : 'local anonymous mode: no MicrosoftAppId, so no authentication, loopback only';
  process.stdout.write(
    `${[
      '',
      `Tovholder is listening on http://${shown}:${app.port}/api/messages`,
      `  storage:  ${app.storageDescription}`,
      `  auth:     ${mode}`,
      `  health:   http://${shown}:${app.port}/healthz`,
      `  tab:      http://${shown}:${app.port}/tab (the Teams tab; in a browser too while no MicrosoftAppId is set)`,
      `  talk:     npm run playground (in another terminal), then write "/hjælp" or "@Tovholder /log presse TV2 Nord om mikrolån"`,
      `  stop:     Ctrl-C`,
      '',
    ].join('\n')}\n`,
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('stopping', { signal });
    // A last resort only: turns in flight get DRAIN_BUDGET_MS, then storage closes and we exit 0.
    const force = setTimeout(() => process.exit(1), DRAIN_BUDGET_MS + 4000);
    force.unref();
    await app.close();
    logger.info('stopped', { signal });
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err) => {
  process.stderr.write(`Tovholder failed to start: ${(err as Error).message}\n`);
  process.exit(1);
});
