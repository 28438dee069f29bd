// CloudAdapter with the bot's credentials (bot/teams/auth.ts). Without an app id it runs anonymous (local only).
// The server hands it a parsed activity (not the HTTP request): authentication happens first and on its own, so a bad
// token is a 401 with no detail, never the SDK's 500 with its error text and a stack dump on the console.
import { AsyncLocalStorage } from 'node:async_hooks';
import { CloudAdapter, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import { validateAndFixActivity } from 'botbuilder/lib/activityValidator';
import type { AuthenticateRequestResult } from 'botframework-connector';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { describeError } from '../logger';
import { t } from '../../i18n/catalog';
import { botFrameworkAuthentication, type AuthOptions } from './auth';

/** The request's token was refused: answer 401, say nothing more. */
export class AuthRefused extends Error {
  constructor(readonly reason: string) {
    super(`authentication refused: ${reason}`);
    this.name = 'AuthRefused';
  }
}

/**
 * The SDK's token check writes to console.error on every bad signature ("Error finding key for token. Available keys:"
 * and the key, 9 lines) and every expired token (a stack): 200 forged tokens made 1,800 lines. While it checks a
 * request's token, console.error says nothing; the server writes its own one line per refusal (auth_refused).
 */
const checkingToken = new AsyncLocalStorage<true>();
let consoleQuieted = false;
function quietSdkConsole(): void {
  if (consoleQuieted) return;
  consoleQuieted = true;
  const write = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    if (checkingToken.getStore()) return;
    write(...args);
  };
}

export class TovholderAdapter extends CloudAdapter {
  /** Authenticates the activity, then runs the turn; the invoke response (if any) for the HTTP answer. */
  async handle(
    body: Record<string, unknown>,
    authorization: string,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    const activity = validateAndFixActivity(body as unknown as Activity);
    let authenticated: AuthenticateRequestResult;
    try {
      quietSdkConsole();
      authenticated = await checkingToken.run(true, () => this.botFrameworkAuthentication.authenticateRequest(activity, authorization));
    } catch (err) {
      // Whatever the SDK threw (a bad signature is a plain Error from jsonwebtoken): the caller is not who it says.
      throw new AuthRefused((err as Error).name || 'Error');
    }
    return this.processActivity(authenticated, activity, logic);
  }
}

export function createAdapter(config: Config, logger: Logger, options: AuthOptions = {}): TovholderAdapter {
  const adapter = new TovholderAdapter(botFrameworkAuthentication(config, options));
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
