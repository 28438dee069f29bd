// Exactly-once sends across bot instances and restarts. Before posting a digest or a reminder, an instance claims its
// occasion with a conditional insert into table Scopes (PartitionKey = scope key, RowKey `claim|<occasion id>`):
// only one insert can win. The row then moves through
//   sending (lease until T) --sent--> sent                       (final: never posted again)
//                           --failed--> retry (not before T')    (taken over by whoever ticks after T')
//                           --gone-->   gone                     (the bot was removed there: final)
// A 'sending' row whose lease ran out belongs to an instance that died mid-send; it is taken over the same way as
// 'retry', with an ETag-guarded update so that two instances cannot both take it. Times come from the caller's clock.
// Claim rows are kept 90 days after their last moment, then the scheduler's housekeeping deletes them
// (storage/housekeeping.ts).
import type { DateTime } from 'luxon';
import { isConflict, isStale, type Row, type TableStore } from './tableStore';
import { encodeKeyPart, SEP } from './keys';
import { SCOPES_ROWS } from './schema';

export type ClaimState = 'sending' | 'sent' | 'retry' | 'gone';

export interface Claim {
  scopeKey: string;
  occasionId: string;
  owner: string;
  /** How many sends were tried before this one. */
  attempts: number;
  etag: string;
}

export interface ClaimRow extends Row {
  state: ClaimState;
  owner: string;
  /** ISO instant: a 'sending' row belongs to its owner until then; a 'retry' row may be taken from then. */
  notBefore: string;
  attempts: number;
  sentAt?: string;
  /** When the connector said the bot was removed there (403). */
  goneAt?: string;
  lastError?: string;
}

function rowKeyOf(occasionId: string): string {
  return `${SCOPES_ROWS.claim}${SEP}${encodeKeyPart(occasionId)}`;
}

export class ClaimRepository {
  constructor(private readonly store: TableStore) {}

  /**
   * Claims the occasion for `owner` until now + leaseMs. Undefined when it is sent, gone, or another instance holds
   * it (a live 'sending' lease, or a 'retry' whose time has not come).
   */
  async claim(scopeKey: string, occasionId: string, owner: string, now: DateTime, leaseMs: number): Promise<Claim | undefined> {
    const rowKey = rowKeyOf(occasionId);
    const notBefore = now.plus({ milliseconds: leaseMs }).toUTC().toISO()!;
    try {
      // The insert's own ETag guards the later update: no re-read (one round trip fewer per digest and reminder).
      const etag = await this.store.insert({ partitionKey: scopeKey, rowKey, state: 'sending', owner, notBefore, attempts: 0 });
      if (etag) return { scopeKey, occasionId, owner, attempts: 0, etag };
      const row = await this.store.get<ClaimRow>(scopeKey, rowKey);
      if (!row || row.owner !== owner) return undefined;
      return { scopeKey, occasionId, owner, attempts: 0, etag: row.etag! };
    } catch (err) {
      if (!isConflict(err)) throw err;
    }
    const row = await this.store.get<ClaimRow>(scopeKey, rowKey);
    if (!row || row.state === 'sent' || row.state === 'gone') return undefined;
    if (Date.parse(row.notBefore) > now.toMillis()) return undefined;
    const attempts = Number(row.attempts ?? 0) + 1;
    let etag: string | undefined;
    try {
      etag = await this.store.update(
        { partitionKey: scopeKey, rowKey, etag: row.etag, state: 'sending', owner, notBefore, attempts },
        'Merge',
      );
    } catch (err) {
      if (isStale(err)) return undefined; // another instance took it first
      throw err;
    }
    // The guarded update succeeded, so the row is ours as written, under the ETag it answered with.
    if (etag) return { scopeKey, occasionId, owner, attempts, etag };
    const taken = await this.store.get<ClaimRow>(scopeKey, rowKey);
    if (!taken || taken.owner !== owner || taken.state !== 'sending') return undefined;
    return { scopeKey, occasionId, owner, attempts, etag: taken.etag! };
  }

  /** The send went through: final. */
  async markSent(claim: Claim, now: DateTime): Promise<void> {
    await this.finish(claim, { state: 'sent', sentAt: now.toUTC().toISO()! });
  }

  /** The send failed for now: whoever ticks at or after `retryAt` tries again (this instance included). */
  async markRetry(claim: Claim, retryAt: DateTime, error: string): Promise<void> {
    await this.finish(claim, { state: 'retry', notBefore: retryAt.toUTC().toISO()!, lastError: error.slice(0, 500) });
  }

  /** Nowhere to send it any more (the bot left the conversation): final. */
  async markGone(claim: Claim, error: string, now?: DateTime): Promise<void> {
    await this.finish(claim, { state: 'gone', lastError: error.slice(0, 500), ...(now ? { goneAt: now.toUTC().toISO()! } : {}) });
  }

  async state(scopeKey: string, occasionId: string): Promise<{ state: ClaimState; attempts: number } | undefined> {
    const row = await this.store.get<ClaimRow>(scopeKey, rowKeyOf(occasionId));
    return row ? { state: row.state, attempts: Number(row.attempts ?? 0) } : undefined;
  }

  private async finish(claim: Claim, fields: Partial<ClaimRow>): Promise<void> {
    // Guarded by the claim's ETag: if the lease ran out and another instance took over, its row is not overwritten.
    try {
      await this.store.update({ partitionKey: claim.scopeKey, rowKey: rowKeyOf(claim.occasionId), etag: claim.etag, ...fields }, 'Merge');
    } catch (err) {
      if (!isStale(err)) throw err;
    }
  }
}
