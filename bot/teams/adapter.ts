// CloudAdapter with the bot's credentials (bot/teams/auth.ts). Without an app id it runs anonymous (local only).
import { CloudAdapter, type TurnContext } from 'botbuilder';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { describeError } from '../logger';
import { t } from '../../i18n/catalog';
import { botFrameworkAuthentication } from './auth';

export function createAdapter(config: Config, logger: Logger): CloudAdapter {
  const adapter = new CloudAdapter(botFrameworkAuthentication(config));
  // Last resort for errors outside a handler's own try/catch: log with detail, tell the user only that it failed.
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    logger.error('unhandled_turn_error', { activityType: context.activity.type, ...describeError(error) });
    if (context.activity.type === 'message') {
      try {
        await context.sendActivity({ type: 'message', textFormat: 'plain', text: `${t('turn.failed', 'da')} / ${t('turn.failed', 'en')}` });
      } catch {
        // The connector is unreachable too; nothing more to do than the log line above.
      }
    }
  };
  return adapter;
}
