// The turn loop: activity in, command out, replies back. Handlers do the work; this file only routes, guards and logs.
import { randomBytes } from 'node:crypto';
import {
  ActivityTypes,
  CardFactory,
  type InvokeResponse,
  MessageFactory,
  TeamsActivityHandler,
  TurnContext,
  type Activity,
  type MessagingExtensionAction,
  type MessagingExtensionActionResponse,
} from 'botbuilder';
import { CommandGrammar, type Parsed } from '../commandGrammar';
import { langOf, langOfData, mentionedPeopleOf, tenantOf, tenantsDisagree, turnOf, withMentionNames } from './activityTurn';
import { entraIdFinder, rosterFinder, teamNameAtConnector } from './members';
import type { Turn } from '../turn';
import { t } from '../../i18n/catalog';
import type { Services } from '../services';
import type { Clock, TextRoute } from '../ports';
import {
  helpOf,
  runAction,
  MAX_ARGS_CHARS,
  type CardAction,
  type ActionResult,
  type CommandDescriptor,
  type CommandHelp,
  type Reply,
} from '../commands/types';
import { recordingWrites, statusOf } from '../../storage/tableStore';
import { failureOutcome, failureText, noWrites } from './failure';
import { rememberUnconfirmed } from '../commands/redelivery';
import { describeError } from '../logger';
import { helpCard } from '../../cards/helpCard';
import { errorCard } from '../../cards/errorCard';
import { cardSummary, type CardJson } from '../../cards/render';
import type { Lang } from '../../domain/types';
import { fetchLogDialog, submitLogDialog, type MessageExtensionParts } from './messageExtension';
import { ConnectorTimeout, DEFAULT_TIMEOUTS, within, type Timeouts } from './timeout';
import { plainText, toActivity } from './replies';

type SendOutcome = 'ok' | 'card_refused' | 'reply_failed' | 'reply_timeout';

/** The connector's refusals of a card itself (malformed, not allowed here, too large): plain text may still pass. */
const CARD_REFUSALS = new Set([400, 403, 413]);

export interface BotParts {
  services: Services;
  clock: Clock;
  /** Every command, with the card buttons it owns (bot/commands/registry.ts). */
  commands: readonly CommandDescriptor[];
  textRoute?: TextRoute;
  /** How long the connector and a member look-up may take (default: DEFAULT_TIMEOUTS). */
  timeouts?: Timeouts;
  /** Called on every incoming activity before anything else (conversation references are kept fresh here). */
  onEveryActivity?: (activity: Partial<Activity>, turn: Turn) => Promise<void>;
}

export class TovholderBot extends TeamsActivityHandler {
  private readonly commands = new Map<string, CommandDescriptor>();
  private readonly actions = new Map<string, CardAction>();
  private readonly grammar: CommandGrammar;
  /** What the help card lists: every command's help, then the plain-text questions'. */
  private readonly help: readonly CommandHelp[];

  constructor(private readonly parts: BotParts) {
    super();
    this.grammar = new CommandGrammar(parts.commands);
    for (const c of parts.commands) {
      if (this.commands.has(c.command)) throw new Error(`two commands are called ${c.command}`);
      this.commands.set(c.command, c);
      for (const a of c.actions ?? []) {
        if (this.actions.has(a.verb)) throw new Error(`two card actions have the verb ${a.verb}`);
        this.actions.set(a.verb, a);
      }
    }
    this.help = helpOf(parts.commands, parts.textRoute?.help);
    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
  }

  /** Every activity: refuse other tenants before anything is read or stored. */
  async run(context: TurnContext): Promise<void> {
    const { config, logger } = this.parts.services;
    const tenant = tenantOf(context.activity);
    const mismatch = tenantsDisagree(context.activity);
    if (mismatch || (config.allowedTenants.length > 0 && !config.allowedTenants.includes(tenant))) {
      logger.warn('tenant_refused', { tenant, mismatch, activityType: context.activity.type, channelId: context.activity.channelId });
      const lang = langOf(context.activity.text ?? '', context.activity, config.language);
      if (context.activity.type === ActivityTypes.Message) {
        await context.sendActivity(plainText(t('turn.tenantRefused', lang)));
      } else if (context.activity.type === ActivityTypes.Invoke) {
        await context.sendActivity({ type: 'invokeResponse', value: cardInvokeResponse(errorCard(t('turn.tenantRefused', lang))) });
      }
      return;
    }
    if (this.parts.onEveryActivity) {
      try {
        await this.parts.onEveryActivity(context.activity, this.turnFor(context.activity, config.language));
      } catch (err) {
        // Keeping references fresh must never cost the user their answer.
        logger.warn('conversation_reference_not_saved', describeError(err));
      }
    }
    // A reply or card update the connector does not take within timeouts.replyMs fails the send, not the whole turn's
    // time: the turn still answers Teams well inside its 15 s.
    context.onSendActivities((_ctx, _activities, next) => within(next(), this.timeouts.replyMs, 'a reply to the connector'));
    context.onUpdateActivity((_ctx, _activity, next) => within(next(), this.timeouts.replyMs, 'a card update at the connector'));
    await super.run(context);
  }

  /** Turns already read from an activity: the conversation references and the handler both need one, and reading
   *  it (luxon parsing the timestamp into the zone, the mentions) is done once per activity. */
  private readonly turns = new WeakMap<Partial<Activity>, Turn>();

  private turnFor(activity: Partial<Activity>, lang: Lang): Turn {
    let turn = this.turns.get(activity);
    if (!turn) {
      const { config } = this.parts.services;
      turn = turnOf(activity, { zone: config.timezone, lang, receivedAt: this.parts.clock.now() });
      this.turns.set(activity, turn);
    }
    return turn.lang === lang ? turn : { ...turn, lang };
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const started = process.hrtime.bigint();
    const { config, logger } = this.parts.services;
    const activity = context.activity;
    TurnContext.removeRecipientMention(activity);
    const text = withMentionNames(activity.text ?? '').replace(/\u00a0/g, ' ');
    const parsed = this.grammar.parse(text);
    const turnId = randomBytes(4).toString('hex');
    const lang = langOf(
      parsed.type === 'command' ? parsed.args : text,
      activity,
      config.language,
      parsed.type === 'command' ? parsed.nameLang : undefined,
    );
    const turn = await this.withTeamName(context, parsed, await this.withMentionIds(context, parsed, this.turnFor(activity, lang)));
    const label = parsed.type === 'command' ? parsed.command : parsed.type;
    let outcome = 'ok';
    try {
      let replies: Reply[];
      const writes = noWrites();
      try {
        replies = await recordingWrites(writes, () => this.dispatch(parsed, turn));
      } catch (err) {
        const failure = failureOutcome(err, writes);
        outcome = failure;
        logger.error('turn_failed', { turnId, command: label, scope: turn.scope.key, outcome, ...describeError(err) });
        // Not confirmed: a redelivery of this activity that finds its work saved says so (bot/commands/redelivery.ts).
        if (failure !== 'storage_unavailable') rememberUnconfirmed(turn);
        await this.sendOrLog(context, plainText(t(failureText(failure, err), turn.lang, { turnId })), turnId);
        return;
      }
      // The work is done (and what it saved is on disk): whatever happens to the replies now, nobody is told otherwise.
      for (const reply of replies) {
        const sent = await this.sendReply(context, reply, turnId, turn);
        if (sent !== 'ok') {
          outcome = sent;
          break;
        }
      }
    } finally {
      const latencyMs = Number(process.hrtime.bigint() - started) / 1e6;
      logger.info('turn', {
        turnId,
        command: label,
        scope: turn.scope.key,
        latencyMs: Math.round(latencyMs * 10) / 10,
        outcome,
        ...(logger.isDebug() ? { text } : {}),
      });
    }
  }

  /**
   * Sends one reply. A card the connector refuses (400 bad card, 403, 413 too large) is sent again as plain text, its
   * summary ("Logget: …") with a line saying the card could not be shown: the user learns what was done, never that
   * nothing was. A connector that does not answer in time would not take an apology either.
   */
  private async sendReply(context: TurnContext, reply: Reply, turnId: string, turn: Turn): Promise<SendOutcome> {
    const { logger } = this.parts.services;
    try {
      await context.sendActivity(toActivity(reply));
      return 'ok';
    } catch (err) {
      if (err instanceof ConnectorTimeout) {
        logger.error('reply_failed', { turnId, outcome: 'reply_timeout', ...describeError(err) });
        rememberUnconfirmed(turn);
        return 'reply_timeout';
      }
      const status = statusOf(err);
      if (!reply.card || status === undefined || !CARD_REFUSALS.has(status)) {
        logger.error('reply_failed', { turnId, status, ...describeError(err) });
        rememberUnconfirmed(turn);
        return 'reply_failed';
      }
      logger.warn('card_refused', { turnId, status, scope: turn.scope.key });
      const note = t('turn.cardRefused', turn.lang);
      const sent = await this.sendOrLog(context, plainText(reply.summary ? `${reply.summary}\n\n${note}` : note), turnId);
      if (!sent) rememberUnconfirmed(turn);
      return 'card_refused';
    }
  }

  /** Sends a plain answer; a failure is logged (there is nobody left to tell). */
  private async sendOrLog(context: TurnContext, activity: Partial<Activity>, turnId: string): Promise<boolean> {
    try {
      await context.sendActivity(activity);
      return true;
    } catch (err) {
      this.parts.services.logger.error('reply_failed', { turnId, ...describeError(err) });
      return false;
    }
  }

  /** A command that stores the @mentioned colleagues gets their Entra object ids, looked up where Teams' mention
   *  lacked it (bot/teams/members.ts: bounded, and never failing the turn). */
  private async withMentionIds(context: TurnContext, parsed: Parsed, turn: Turn): Promise<Turn> {
    if (parsed.type !== 'command' || !this.commands.get(parsed.command)?.storesMentions) return turn;
    const people = mentionedPeopleOf(context.activity);
    if (!people.some((p) => p.teamsId)) return turn;
    return { ...turn, mentions: await entraIdFinder(context, this.parts.services.logger, this.timeouts.memberLookupMs)(people) };
  }

  /** A command that names something after the team gets the team's name, looked up where the activity lacked it. */
  private async withTeamName(context: TurnContext, parsed: Parsed, turn: Turn): Promise<Turn> {
    if (parsed.type !== 'command' || !this.commands.get(parsed.command)?.needsTeamName) return turn;
    if (turn.teamName || turn.scope.kind !== 'team') return turn;
    const teamName = await teamNameAtConnector(context, this.parts.services.logger, this.timeouts.memberLookupMs);
    return teamName ? { ...turn, teamName } : turn;
  }

  private async dispatch(parsed: Parsed, turn: Turn): Promise<Reply[]> {
    const { services } = this.parts;
    switch (parsed.type) {
      case 'empty':
        return [{ card: helpCard(turn.lang, turn.scope.kind, this.help), summary: t('help.summary', turn.lang) }];
      case 'unknown-command': {
        const lines = [t('turn.unknownCommand', turn.lang, { word: echoed(parsed.word) })];
        if (parsed.suggestion) lines.push(t('turn.didYouMean', turn.lang, { suggestion: parsed.suggestion }));
        lines.push(t('turn.seeHelp', turn.lang));
        return [{ text: lines.join(' ') }];
      }
      case 'command': {
        const handler = this.commands.get(parsed.command);
        if (!handler) return [{ text: t('turn.notYet', turn.lang, { command: `/${parsed.name}` }) }];
        const max = handler.maxArgsChars ?? MAX_ARGS_CHARS;
        const length = parsed.args.length;
        if (length > max) return [{ text: t('turn.tooLong', turn.lang, { command: `/${parsed.name}`, length, max }) }];
        return handler.run({ turn, args: parsed.args, services, help: this.help });
      }
      case 'text': {
        const routed = this.parts.textRoute ? await this.parts.textRoute.route(parsed.text, turn, services) : undefined;
        return routed ?? [{ text: t('turn.notUnderstood', turn.lang) }];
      }
    }
  }

  private async updateForEveryone(context: TurnContext, card: object, turnId: string, verb: string): Promise<void> {
    try {
      await updateMessage(context, card);
    } catch (err) {
      this.parts.services.logger.warn('card_update_failed', { turnId, verb, ...describeError(err) });
    }
  }

  private get timeouts(): Timeouts {
    return this.parts.timeouts ?? DEFAULT_TIMEOUTS;
  }

  private get messageExtension(): MessageExtensionParts {
    return { services: this.parts.services, timeouts: this.timeouts, turnFor: (activity, lang) => this.turnFor(activity, lang) };
  }

  /** "Log i Tovholder" on a message: the dialog (bot/teams/messageExtension.ts). */
  protected handleTeamsMessagingExtensionFetchTask(
    context: TurnContext,
    action: MessagingExtensionAction,
  ): Promise<MessagingExtensionActionResponse> {
    return fetchLogDialog(context, action, this.messageExtension);
  }

  protected handleTeamsMessagingExtensionSubmitAction(
    context: TurnContext,
    action: MessagingExtensionAction,
  ): Promise<MessagingExtensionActionResponse> {
    return submitLogDialog(context, action, this.messageExtension);
  }

  /** Action.Execute. Always a 200 with a card (Teams shows an error otherwise), whatever goes wrong. */
  protected async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name !== 'adaptiveCard/action') return super.onInvokeActivity(context);
    const { config, logger } = this.parts.services;
    const turnId = randomBytes(4).toString('hex');
    const value = (context.activity.value ?? {}) as { action?: { verb?: unknown; data?: unknown } };
    const data = (value.action?.data && typeof value.action.data === 'object' ? value.action.data : {}) as Record<string, unknown>;
    const lang = langOfData(data, context.activity, config.language);
    const turn = this.turnFor(context.activity, lang);
    const verb = typeof value.action?.verb === 'string' ? value.action.verb : '';
    const handler = this.actions.get(verb);
    const writes = noWrites();
    let outcome = 'ok';
    try {
      if (!handler) {
        outcome = 'unknown_verb';
        return cardInvokeResponse(errorCard(t('turn.unknownButton', lang)));
      }
      const roster = rosterFinder(context, logger, this.timeouts.memberLookupMs);
      const result: ActionResult = await recordingWrites(writes, () => runAction(handler, turn, this.parts.services, data, { roster }));
      if (!('card' in result)) return messageInvokeResponse(result.message);
      if (!result.onlyForPresser) await this.updateForEveryone(context, result.card, turnId, verb);
      return cardInvokeResponse(result.card);
    } catch (err) {
      const failure = failureOutcome(err, writes);
      outcome = failure;
      logger.error('action_failed', { turnId, verb, scope: turn.scope.key, outcome, ...describeError(err) });
      // A message, not a card: the pressed card stays as it was, so the button can be pressed again.
      return messageInvokeResponse(t(failureText(failure, err), lang, { turnId }));
    } finally {
      logger.info('action', { turnId, verb, scope: turn.scope.key, outcome });
    }
  }
}

/** The invoke's answer changes the card only for the one who pressed; the message the button was on (replyToId)
 *  is updated too, so everyone in the channel sees the entry undone, the item done. A failure here is logged, and the
 *  presser still gets the new card. */
async function updateMessage(context: TurnContext, card: object): Promise<void> {
  const id = context.activity.replyToId;
  if (!id) return;
  await context.updateActivity({
    ...MessageFactory.attachment(CardFactory.adaptiveCard(card)),
    id,
    summary: cardSummary(card as CardJson),
  });
}

function cardInvokeResponse(card: object): InvokeResponse {
  return { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card } };
}

/** Teams shows this text to the person who pressed, and leaves the card unchanged. */
function messageInvokeResponse(text: string): InvokeResponse {
  return { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text } };
}

/** An unknown command as the answer repeats it: its beginning only (a 28,000-character word is not worth repeating). */
function echoed(word: string): string {
  return word.length > 40 ? `${word.slice(0, 39)}…` : word;
}
