// Starts the real app (restify + CloudAdapter + storage) on free ports, with a connector stand-in for the replies, and
// builds Teams-shaped activities to post to it. Storage is what `npm start` uses, the embedded SQLite file in a fresh
// folder, unless the suite asks for Azurite (the Azure path) or TOVHOLDER_TEST_STORE=azurite runs every suite on it.
import * as fs from 'node:fs';
import { DateTime } from 'luxon';
import { loadConfig, type Config } from '../../bot/config';
import { createLogger } from '../../bot/logger';
import { startApp, type RunningApp, type StartOptions } from '../../bot/app';
import type { Clock } from '../../bot/ports';
import { ConnectorStandIn } from './connectorStandIn';
import { freshAzurite } from './azurite';
import type { EmbeddedAzurite } from './embeddedAzurite';
import { tempDir } from './backends';
import { cardProblems } from './cardValidation';
import { REPORT_VERBS } from '../../cards/reportCards';

export const BOT_ID = '28:tovholder-bot';
export const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
export const TEAM = '19:team-general@thread.tacv2';
export const CHANNEL = '19:kommunikation@thread.tacv2';

export class FixedClock implements Clock {
  constructor(public current: DateTime) {}
  now(): DateTime {
    return this.current;
  }
}

export interface Harness {
  app: RunningApp;
  connector: ConnectorStandIn;
  /** Set when the bot stores in Azurite (the Azure path). */
  azurite?: EmbeddedAzurite;
  /** Set when the bot stores in the embedded SQLite file: its DATA_DIR. */
  dataDir?: string;
  /** Options that start another harness on this one's storage (a restart). */
  sameStorage: HarnessOptions;
  logs: string[];
  baseUrl: string;
  config: Config;
  /** Every problem found in any card the bot sent (replies, proactive messages, invoke answers). */
  cardProblemsSeen: string[];
  post(activity: Record<string, unknown>, headers?: Record<string, string>): Promise<{ status: number; body: any }>;
  /** Posts a message and returns the replies that reached the connector for it. */
  say(activity: Record<string, unknown>, expectedReplies?: number): Promise<Record<string, any>[]>;
  stop(): Promise<void>;
}

export interface HarnessOptions {
  /** Store in this Azurite (kept running after stop()). */
  azurite?: EmbeddedAzurite;
  /** Store in the SQLite file in this DATA_DIR (kept after stop()). */
  dataDir?: string;
  /** With neither of the above: a fresh store of this kind, removed on stop(). Default: TOVHOLDER_TEST_STORE or sqlite. */
  store?: 'sqlite' | 'azurite';
  clock?: Clock;
  /** Passed to startApp (e.g. a local OpenID metadata stand-in, short timeouts). */
  start?: StartOptions;
  /** Settings beyond what the environment can say: a slow-client test's limits under the operator's 1 s minimum. */
  config?: Partial<Config>;
  /** false: send no card through the Adaptive Cards checks (the bench counts the bot's CPU, not the checks'). */
  checkCards?: boolean;
}

export async function startHarness(env: Record<string, string> = {}, opts: HarnessOptions = {}): Promise<Harness> {
  const kind = opts.store ?? (process.env.TOVHOLDER_TEST_STORE === 'azurite' ? 'azurite' : 'sqlite');
  const ownsStorage = !opts.azurite && !opts.dataDir;
  const azurite = opts.azurite ?? (ownsStorage && kind === 'azurite' ? await freshAzurite() : undefined);
  const dataDir = azurite ? undefined : (opts.dataDir ?? tempDir('tovholder-e2e-'));
  const connector = await new ConnectorStandIn().start();
  const storageEnv = azurite
    ? { TABLES_CONNECTION_STRING: azurite.connectionString }
    : { DATA_DIR: dataDir!, TABLES_CONNECTION_STRING: '' };
  const config = { ...loadConfig({ PORT: '0', LOG_LEVEL: 'info', ...storageEnv, ...env }), ...opts.config };
  const logs: string[] = [];
  const logger = createLogger(
    config.logLevel,
    (line) => logs.push(line),
    () => new Date(0),
  );
  const clock = opts.clock ?? new FixedClock(DateTime.fromISO('2024-11-20T09:00:00Z'));
  let app: RunningApp;
  try {
    app = await startApp(config, logger, clock, opts.start);
  } catch (err) {
    // A start refused (the data folder held by another process, an emptied file) leaves nothing listening.
    await connector.stop();
    if (ownsStorage && azurite) await azurite.close();
    throw err;
  }
  const baseUrl = `http://127.0.0.1:${app.port}`;
  const cardProblemsSeen: string[] = [];
  const check = (where: string, card: unknown) => {
    if (opts.checkCards === false) return;
    for (const p of cardProblems(card)) cardProblemsSeen.push(`${where}: ${p}`);
  };
  connector.onActivity = (activity) => {
    for (const a of (activity.attachments ?? []) as Array<{ contentType?: string; content?: unknown }>) {
      if (a.contentType === 'application/vnd.microsoft.card.adaptive') {
        check(`card sent to the connector`, a.content);
        // Teams' notification and activity feed show the summary; without one they say only "sent a card".
        if (typeof activity.summary !== 'string' || activity.summary.trim() === '') cardProblemsSeen.push('card sent without a summary');
      }
    }
  };
  const post = async (activity: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const res = await fetch(`${baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ serviceUrl: connector.url, ...activity }),
    });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON */
    }
    const invoke = body as { type?: string; value?: unknown } | undefined;
    if (invoke?.type === 'application/vnd.microsoft.card.adaptive')
      check(`invoke answer to ${String((activity.value as any)?.action?.verb)}`, invoke.value);
    // A message extension's dialog (composeExtension/fetchTask and submitAction answers).
    const dialog = (body as { task?: { value?: { card?: { content?: unknown } } } } | undefined)?.task?.value?.card?.content;
    if (dialog) check(`dialog answering ${String(activity.name)}`, dialog);
    return { status: res.status, body };
  };
  return {
    app,
    connector,
    azurite,
    dataDir,
    logs,
    baseUrl,
    config,
    post,
    cardProblemsSeen,
    sameStorage: azurite ? { azurite, clock } : { dataDir, clock },
    async say(activity, expectedReplies = 1) {
      const before = connector.received.length;
      const res = await post(activity);
      if (res.status !== 200) throw new Error(`POST /api/messages answered ${res.status}: ${JSON.stringify(res.body)}`);
      const all = await connector.waitFor(before + expectedReplies);
      return all.slice(before).map((r) => r.activity);
    },
    async stop() {
      await app.close();
      await connector.stop();
      if (ownsStorage && azurite) await azurite.close();
      if (ownsStorage && dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
      // Every card the bot sent during the suite must be valid for Teams (Adaptive Cards 1.5, bound, under 28 KB).
      if (cardProblemsSeen.length > 0) throw new Error(`invalid cards were sent:\n${cardProblemsSeen.join('\n')}`);
    },
  };
}

let activityCounter = 0;

export interface ActivityOptions {
  timestamp?: string;
  localTimezone?: string;
  locale?: string;
  from?: { id: string; name: string; aadObjectId: string };
  tenantId?: string;
  teamId?: string;
  channelId?: string;
  id?: string;
}

/** A message in a Teams channel, as Teams sends it: with the bot's @mention in text and entities. */
/**
 * A channel message written at `local` (Copenhagen wall time): the clock the bot was started with moves there too, so
 * the turn's timestamp and the scheduler's now agree. The replays of a year of use send their messages this way.
 */
export function channelMessageAt(clock: FixedClock, local: string, text: string, o: ActivityOptions = {}): Record<string, unknown> {
  const at = DateTime.fromISO(local, { zone: 'Europe/Copenhagen' });
  clock.current = at;
  return channelMessage(text, { timestamp: at.toUTC().toISO()!, ...o });
}

export function channelMessage(text: string, o: ActivityOptions = {}): Record<string, unknown> {
  const tenantId = o.tenantId ?? TENANT;
  const channel = o.channelId ?? CHANNEL;
  const mention = '<at>Tovholder</at>';
  return {
    type: 'message',
    id: o.id ?? `msg-${++activityCounter}`,
    channelId: 'msteams',
    timestamp: o.timestamp ?? '2024-11-20T09:15:00.000Z',
    localTimezone: o.localTimezone ?? 'Europe/Copenhagen',
    locale: o.locale ?? 'da-DK',
    text: `${mention} ${text}`,
    textFormat: 'plain',
    from: o.from ?? { id: '29:anne', name: 'Anne Sørensen', aadObjectId: '6d4f6b2e-0000-4000-8000-000000000001' },
    recipient: { id: BOT_ID, name: 'Tovholder' },
    conversation: { id: `${channel};messageid=1700000000000`, conversationType: 'channel', isGroup: true, tenantId },
    entities: [{ type: 'mention', text: mention, mentioned: { id: BOT_ID, name: 'Tovholder' } }],
    channelData: {
      tenant: { id: tenantId },
      team: { id: o.teamId ?? TEAM, name: 'Frikommunenetværket' },
      channel: { id: channel, name: 'Kommunikation' },
    },
  };
}

/** A message in a personal (1:1) chat: no mention, no team. */
export function personalMessage(text: string, o: ActivityOptions = {}): Record<string, unknown> {
  const tenantId = o.tenantId ?? TENANT;
  const from = o.from ?? { id: '29:anne', name: 'Anne Sørensen', aadObjectId: '6d4f6b2e-0000-4000-8000-000000000001' };
  return {
    type: 'message',
    id: o.id ?? `msg-${++activityCounter}`,
    channelId: 'msteams',
    timestamp: o.timestamp ?? '2024-11-20T09:15:00.000Z',
    localTimezone: o.localTimezone ?? 'Europe/Copenhagen',
    locale: o.locale ?? 'da-DK',
    text,
    from,
    recipient: { id: BOT_ID, name: 'Tovholder' },
    conversation: { id: `a:personal-${from.id}`, conversationType: 'personal', tenantId },
    channelData: { tenant: { id: tenantId } },
  };
}

/** Action.Execute from a card: an invoke whose answer comes back in the HTTP response. */
export function cardAction(verb: string, data: Record<string, unknown>, base: Record<string, unknown>): Record<string, unknown> {
  return {
    ...base,
    type: 'invoke',
    name: 'adaptiveCard/action',
    id: `invoke-${++activityCounter}`,
    text: undefined,
    entities: undefined,
    value: { action: { type: 'Action.Execute', id: verb, verb, data }, trigger: 'manual' },
  };
}

export function cardOf(activity: Record<string, any>): Record<string, any> {
  const attachment = activity.attachments?.[0];
  if (attachment?.contentType !== 'application/vnd.microsoft.card.adaptive') {
    throw new Error(`expected an Adaptive Card, got ${JSON.stringify(activity).slice(0, 300)}`);
  }
  return attachment.content;
}

/** Every Action.OpenUrl of a card, by title (the download links of /status, /eksport and /mine data). */
export function cardLinks(card: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (n: any) => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (n && typeof n === 'object') {
      if (n.type === 'Action.OpenUrl') out[n.title] = n.url;
      Object.values(n).forEach(walk);
    }
  };
  walk(card);
  return out;
}

/** All text shown on a card (TextBlocks, TextRuns, FactSet values), for assertions on what a reader sees. */
export function cardText(card: unknown): string {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if ((o.type === 'TextBlock' || o.type === 'TextRun') && typeof o.text === 'string') out.push(o.text);
      if (typeof o.title === 'string') out.push(o.title);
      if (typeof o.value === 'string' && o.type === undefined) out.push(o.value);
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return shown(out.join('\n'));
}

/** A card text as the user sees it: without the invisible zero-width spaces that keep Markdown from applying. */
export function shown(text: string): string {
  return text.replace(/\u200B/g, '');
}

/** The facts of every FactSet in a card, by title. */
export function cardFacts(card: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (n: any) => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (n && typeof n === 'object') {
      if (n.type === 'FactSet') for (const f of n.facts) out[shown(f.title)] = shown(f.value);
      Object.values(n).forEach(walk);
    }
  };
  walk(card);
  return out;
}

/** Every Action.Execute in a card, wherever it sits. */
export function cardExecuteActions(card: unknown): any[] {
  const out: any[] = [];
  const walk = (n: any) => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (n && typeof n === 'object') {
      if (n.type === 'Action.Execute') out.push(n);
      Object.values(n).forEach(walk);
    }
  };
  walk(card);
  return out;
}

/**
 * A report card's download button pressed ("Hent som PowerPoint" on /status or /eksport: an Action.Execute), as the
 * message `base` (its sender, timestamp and conversation): the fresh links the card shown to the presser holds, by
 * title, and that card.
 */
export async function pressDownload(
  h: Harness,
  card: unknown,
  base: Record<string, unknown>,
  title?: string,
): Promise<{ links: Record<string, string>; card: any; status: number }> {
  const button = cardExecuteActions(card).find((a) => a.verb === REPORT_VERBS.files && (title === undefined || a.title === title));
  if (!button) throw new Error(`no download button${title ? ` "${title}"` : ''} on the card`);
  const answer = await h.post({ ...cardAction(button.verb, button.data, base), replyToId: 'report-card' });
  const value = answer.body?.value;
  return { links: value && typeof value === 'object' ? cardLinks(value) : {}, card: value, status: answer.status };
}

/** The text runs of a slide's XML (a .pptx's ppt/slides/slideN.xml), in order, unescaped, one a line. */
export function slideText(xml: string): string {
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)]
    .map((m) =>
      m[1]
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"'),
    )
    .join('\n');
}
