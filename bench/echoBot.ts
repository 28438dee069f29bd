// The floor: a bot that only echoes, on the same restify server and CloudAdapter as Tovholder (bot/teams/server.ts,
// bot/teams/adapter.ts), so the bench can say how much of a turn is Tovholder's own work.
import { ActivityHandler, MessageFactory } from 'botbuilder';
import type { Server } from 'restify';
import type { Config } from '../bot/config';
import type { Logger } from '../bot/logger';
import { createAdapter } from '../bot/teams/adapter';
import { createServer, listen } from '../bot/teams/server';
import { systemClock } from '../bot/systemClock';

export class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(MessageFactory.text(`echo: ${context.activity.text ?? ''}`));
      await next();
    });
  }
}

export async function startEchoServer(config: Config, logger: Logger): Promise<{ server: Server; port: number }> {
  const server = createServer({
    adapter: createAdapter(config, logger),
    bot: new EchoBot(),
    logger,
    health: async () => true,
    authRequired: config.appId !== undefined,
    clock: systemClock,
    headersTimeoutMs: config.headersTimeoutMs,
    requestTimeoutMs: config.requestTimeoutMs,
  });
  const port = await listen(server, 0, '127.0.0.1');
  return { server, port };
}
