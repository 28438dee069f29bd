// Sends the weekly digest and reminders on its own. Every ~30 s (never a timer days ahead) it asks the pure domain
// what is due at the injected clock's now, claims each occasion in storage (so two instances, or a restart, send it
// once), sends, and records the outcome. tick() is public: tests drive time by setting the clock and calling it.
import { randomBytes } from 'node:crypto';
import { DateTime } from 'luxon';
import { digestOccasionAt } from '../domain/schedule';
import { dueReminders, type SchedulableItem } from '../domain/reminders';
import { keyDate, type Item } from '../domain/items';
import { plusDays } from '../domain/dates/calendar';
import type { Lang } from '../domain/types';
import { ownerReminder, reminderCard } from '../cards/reminderCard';
import type { ConversationRef, ConversationRepository } from '../storage/conversationRepository';
import type { Claim, ClaimRepository } from '../storage/claimRepository';
import type { ScopeRepository } from '../storage/scopeRepository';
import { composeDigest, type DigestSources } from './digestReply';
import { settingsOf } from './settings';
import type { Clock, ProactiveSender, SendOutcome } from './ports';
import type { Reply } from './commands/types';
import type { Logger } from './logger';
import { describeError } from './logger';
import type { HousekeepingReport } from '../storage/housekeeping';
import { inBackground } from '../storage/tableStore';

/** Housekeeping (old claims, removed conversations, RETENTION_YEARS) runs at most this often, on the injected clock. */
export const HOUSEKEEPING_EVERY_MS = 24 * 3600_000;

export const DEFAULT_TICK_MS = 30_000;

/** How long a claim is an instance's own while it sends; after that a crashed send is taken over. */
export const CLAIM_LEASE_MS = 5 * 60_000;

/** Backoff after a failed send: 1, 2, 4 ... minutes, at most 30 (unless the connector's Retry-After says otherwise). */
export function retryDelayMs(attempts: number, retryAfterMs?: number): number {
  if (retryAfterMs !== undefined) return Math.max(retryAfterMs, 1000);
  return Math.min(60_000 * 2 ** attempts, 30 * 60_000);
}

export interface SchedulerDeps extends DigestSources {
  conversations: ConversationRepository;
  claims: ClaimRepository;
  scopes: ScopeRepository;
  items: DigestSources['items'] & { dueBetween(scopeKey: string, from: string, to: string): Promise<Item[]> };
  sender: ProactiveSender;
  clock: Clock;
  logger: Logger;
  /** BOT_TIMEZONE: when the digest and reminders are due. */
  zone: string;
  /** BOT_LANGUAGE: the language of a scope that never changed its settings. */
  language: Lang;
  /** Distinguishes this instance's claims (random per process unless given). */
  instanceId?: string;
  intervalMs?: number;
  /** Deletes what is kept no longer as of `now` (storage/housekeeping.ts over every table, RETENTION_YEARS). */
  housekeep(now: DateTime): Promise<HousekeepingReport>;
  /** The embedded file's integrity check, run with the daily housekeeping (a damaged file then refuses writes). */
  checkIntegrity?: () => string | undefined;
}

/**
 * Scopes handled at once in a tick: their storage reads and sends overlap (500 digests in one slot), while the bot
 * stays far below Teams' per-bot rate limits; a 429 is retried per scope with the service's Retry-After anyway.
 */
const SCOPES_AT_ONCE = 8;

/** What one tick did, for tests and logs. */
export interface TickReport {
  sent: string[];
  failed: string[];
  gone: string[];
}

function schedulable(item: Item): SchedulableItem | undefined {
  if (!item.period || !keyDate(item)) return undefined;
  // A plan is reminded of as a deadline is: by its last day.
  return {
    id: item.id,
    type: item.type === 'event' ? 'event' : 'deadline',
    start: item.period.start,
    end: item.period.end,
    done: item.done,
    snoozedUntil: item.snoozedUntil,
    writtenAt: item.writtenAt,
  };
}

export class Scheduler {
  readonly instanceId: string;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<TickReport> | undefined;
  private stopped = false;
  private lastHousekeeping: DateTime | undefined;

  constructor(private readonly deps: SchedulerDeps) {
    this.instanceId = deps.instanceId ?? randomBytes(6).toString('hex');
  }

  /** Ticks every intervalMs until stop(). */
  start(): void {
    if (this.timer || this.stopped) return;
    const interval = this.deps.intervalMs ?? DEFAULT_TICK_MS;
    this.timer = setInterval(() => {
      void this.tick().catch((err) => this.deps.logger.error('scheduler_tick_failed', describeError(err)));
    }, interval);
    this.timer.unref();
  }

  /** Stops the timer and waits for a tick in progress to finish (its claims are then recorded). */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }

  /** Everything due at the clock's now, sent once. Overlapping calls share the tick in progress. */
  tick(): Promise<TickReport> {
    // In the background: no user waits on it, so its storage calls wait their turn after the users' (storage/slots.ts).
    this.running ??= inBackground(() => this.runTick()).finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** Deletes what is kept no longer (see storage/housekeeping.ts), as of the clock's now. */
  async housekeep(): Promise<HousekeepingReport> {
    const now = this.deps.clock.now();
    const report = await this.deps.housekeep(now);
    this.lastHousekeeping = now;
    this.deps.logger.info('housekeeping', { ...report });
    return report;
  }

  private async runTick(): Promise<TickReport> {
    const now = this.deps.clock.now().setZone(this.deps.zone);
    if (!this.lastHousekeeping || now.toMillis() - this.lastHousekeeping.toMillis() >= HOUSEKEEPING_EVERY_MS) {
      try {
        // Cheap (quick_check) and daily: damage is noticed within a day even when nobody writes.
        this.deps.checkIntegrity?.();
        await this.housekeep();
      } catch (err) {
        // Housekeeping must never keep a digest back: the next tick tries again.
        this.deps.logger.error('housekeeping_failed', describeError(err));
      }
    }
    const report: TickReport = { sent: [], failed: [], gone: [] };
    const refs = await this.deps.conversations.all();
    let next = 0;
    const worker = async () => {
      while (next < refs.length) {
        const ref = refs[next++];
        try {
          await this.tickScope(ref, now, report);
        } catch (err) {
          // One scope's storage trouble must not keep the others' digests back; the next tick tries again.
          this.deps.logger.error('scheduler_scope_failed', { scope: ref.scopeKey, ...describeError(err) });
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(SCOPES_AT_ONCE, refs.length) }, worker));
    return report;
  }

  private async tickScope(ref: ConversationRef, now: DateTime, report: TickReport): Promise<void> {
    const { scopes, zone, language } = this.deps;
    // Both settings records in one read: this runs for every scope on every tick. From storage, not the cache: a
    // change made on another instance a moment ago decides when this one sends.
    const { digest, reminders } = await settingsOf(scopes, ref.scopeKey, { fresh: true });
    const occasion = digestOccasionAt(digest, now, zone, ref.since ? DateTime.fromISO(ref.since) : undefined);
    let gone = false;
    // What the digest read of the open items ahead, kept for the reminders below (one read fewer per scope).
    let ahead: { to: string; due: Item[] } | undefined;
    if (occasion) {
      const lang = digest.lang ?? language;
      const items = this.deps.items;
      const sources: DigestSources = {
        ...this.deps,
        items: {
          digestItems: async (scopeKey, today, to) => {
            const read = await items.digestItems(scopeKey, today, to);
            ahead = { to, due: read.due };
            return read;
          },
          ...(items.approvalRuns ? { approvalRuns: (scopeKey: string) => items.approvalRuns!(scopeKey) } : {}),
        },
      };
      gone = await this.sendOnce(ref, occasion.occasionId, now, report, digest.channelId, () =>
        composeDigest(sources, ref.scopeKey, now, lang, occasion.movedFrom),
      );
    }
    if (gone) return;

    if (!reminders.enabled) return;
    const horizon = Math.max(0, ...reminders.eventDaysBefore, ...reminders.deadlineDaysBefore);
    const today = now.toISODate()!;
    const to = plusDays(today, horizon);
    // The digest's read holds every open item keyed in [today, its end]: the reminders' are among them when it reaches
    // as far (the default horizon is 7 days, the digest's 30).
    const items =
      ahead && to <= ahead.to
        ? ahead.due.filter((i) => (keyDate(i) ?? '') <= to)
        : await this.deps.items.dueBetween(ref.scopeKey, today, to);
    const byId = new Map(items.map((i) => [i.id, i]));
    const due = dueReminders(
      items.map(schedulable).filter((s): s is SchedulableItem => s !== undefined),
      reminders,
      now,
      zone,
    );
    const lang = reminders.lang ?? digest.lang ?? language;
    for (const reminder of due) {
      const item = byId.get(reminder.itemId)!;
      const isGone = await this.sendOnce(ref, reminder.occasionId, now, report, digest.channelId, async () =>
        reminderCard(item, reminder.daysLeft, lang, now),
      );
      if (isGone) return;
      const owner = item.owner?.aadObjectId;
      if (owner) {
        const compose = async () => ownerReminder(item, reminder.daysLeft, lang, now);
        await this.remindOwner(ref, `${reminder.occasionId}:owner:${owner}`, owner, now, report, compose);
      }
    }
  }

  /** The owner's own copy of a reminder, in a personal chat, claimed on its own occasion: sent once, whatever the
   *  channel's went like. Teams refusing it (403/404: the app is not installed for them) is kept as gone for that
   *  occasion only: the team's conversation stays. */
  private async remindOwner(
    ref: ConversationRef,
    occasionId: string,
    aadObjectId: string,
    now: DateTime,
    report: TickReport,
    compose: () => Promise<Reply>,
  ): Promise<void> {
    const { sender, claims, logger } = this.deps;
    if (!sender.sendPersonal) return;
    const claim = await claims.claim(ref.scopeKey, occasionId, this.instanceId, now, CLAIM_LEASE_MS);
    if (!claim) return;
    let outcome: SendOutcome;
    try {
      outcome = await sender.sendPersonal(ref, aadObjectId, await compose());
    } catch (err) {
      outcome = { kind: 'failed', message: (err as Error)?.message ?? String(err) };
    }
    if (outcome.kind === 'gone') {
      await claims.markGone(claim, `status ${outcome.status}`, now);
      logger.warn('personal_reminder_refused', { scope: ref.scopeKey, occasion: occasionId, status: outcome.status });
      report.gone.push(`${ref.scopeKey} ${occasionId}`);
      return;
    }
    await this.record(ref, claim, occasionId, outcome, now, report);
  }

  /** Claim, send, record. True when the conversation is gone (the bot was removed there). */
  private async sendOnce(
    ref: ConversationRef,
    occasionId: string,
    now: DateTime,
    report: TickReport,
    channelId: string | undefined,
    compose: () => Promise<Reply>,
  ): Promise<boolean> {
    const claim = await this.deps.claims.claim(ref.scopeKey, occasionId, this.instanceId, now, CLAIM_LEASE_MS);
    if (!claim) return false;
    let outcome: SendOutcome;
    try {
      outcome = await this.deps.sender.send(ref, await compose(), ref.kind === 'team' ? channelId : undefined);
    } catch (err) {
      // Composing it failed (storage did not answer its reads): the warning says why, as describeError would.
      const { message, cause } = describeError(err);
      outcome = { kind: 'failed', message: `${message ?? err}${cause ? ` (${cause})` : ''}` };
    }
    return this.record(ref, claim, occasionId, outcome, now, report);
  }

  private async record(
    ref: ConversationRef,
    claim: Claim,
    occasionId: string,
    outcome: SendOutcome,
    now: DateTime,
    report: TickReport,
  ): Promise<boolean> {
    const { claims, conversations, logger } = this.deps;
    const fields = { scope: ref.scopeKey, occasion: occasionId, attempt: claim.attempts + 1 };
    switch (outcome.kind) {
      case 'sent':
        await claims.markSent(claim, now);
        logger.info('proactive_sent', fields);
        report.sent.push(`${ref.scopeKey} ${occasionId}`);
        return false;
      case 'gone':
        // 403: the bot is no longer in the conversation. Stop writing there until it is added again.
        await claims.markGone(claim, `status ${outcome.status}`, now);
        await conversations.remove(ref.scopeKey);
        logger.warn('proactive_conversation_gone', { ...fields, status: outcome.status });
        report.gone.push(`${ref.scopeKey} ${occasionId}`);
        return true;
      case 'failed': {
        // 404 and 5xx may be passing (a moved serviceUrl, an outage): keep the reference and try again later.
        const retryAt = now.plus({ milliseconds: retryDelayMs(claim.attempts, outcome.retryAfterMs) });
        await claims.markRetry(claim, retryAt, `status ${outcome.status ?? 'none'}: ${outcome.message}`);
        logger.warn('proactive_send_failed', {
          ...fields,
          status: outcome.status,
          retryAt: retryAt.toUTC().toISO(),
          message: outcome.message,
        });
        report.failed.push(`${ref.scopeKey} ${occasionId}`);
        return false;
      }
    }
  }
}
