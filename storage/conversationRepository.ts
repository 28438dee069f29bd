// Where the bot can write on its own (the digest, reminders): one row per scope it is in, table Conversations,
// PartitionKey 'ref', RowKey = the scope key (escaped). Refreshed on every incoming activity because Teams may move a
// conversation to another serviceUrl; a cache of what was written keeps that from costing a write per activity.
import type { Row, TableStore } from './tableStore';
import { encodeKeyPart } from './keys';
import type { ScopeKind } from '../domain/types';

/** What a proactive message needs, without Bot Framework types (bot/teams/proactive.ts builds those). */
export interface ConversationRef {
  scopeKey: string;
  kind: ScopeKind;
  serviceUrl: string;
  /** The Bot Framework channel, 'msteams' in Teams. */
  channelId: string;
  tenantId: string;
  /** The conversation to write to: for a team, the General channel (whose id is the team id). */
  conversationId: string;
  teamId?: string;
  /** The team's name as Teams last sent it (channelData.team.name): what the tab's team picker shows. */
  teamName?: string;
  bot: { id: string; name: string };
  /**
   * When the bot first heard from this conversation (ISO instant). Kept as first written; rows from before it was
   * recorded have none (long known).
   */
  since?: string;
}

/** The fields that matter, in a fixed order: an unchanged reference is not written again. */
function canonical(r: ConversationRef): string {
  return JSON.stringify([
    r.scopeKey,
    r.kind,
    r.serviceUrl,
    r.channelId,
    r.tenantId,
    r.conversationId,
    r.teamId ?? null,
    r.teamName ?? null,
    r.bot.id,
    r.bot.name,
    r.since ?? null,
  ]);
}

/** `writtenAt`: when the reference was last written (the housekeeping compares it with a later 403). */
export interface RefRow extends Row {
  json: string;
  writtenAt?: string;
}

export const CONVERSATIONS_PARTITION = 'ref';
const PARTITION = CONVERSATIONS_PARTITION;

function rowKeyOf(scopeKey: string): string {
  return encodeKeyPart(scopeKey);
}

export class ConversationRepository {
  /** What this process last wrote or read per scope: an unchanged reference is not written again. */
  private readonly known = new Map<string, ConversationRef>();

  constructor(private readonly store: TableStore) {}

  /**
   * Saves the reference if it differs from what is stored; true when it wrote. The stored `since` wins over the
   * given one, so it stays the first time the bot heard from the conversation.
   */
  async remember(ref: ConversationRef, at?: string): Promise<boolean> {
    const stored = this.known.get(ref.scopeKey) ?? (await this.get(ref.scopeKey));
    // Teams sends the team's name on some activities only: one without it keeps the name last seen.
    const teamName = ref.teamName ?? stored?.teamName;
    const next: ConversationRef = { ...ref, since: stored ? stored.since : ref.since, ...(teamName ? { teamName } : {}) };
    if (next.since === undefined) delete next.since;
    if (stored && canonical(stored) === canonical(next)) {
      this.known.set(ref.scopeKey, stored);
      return false;
    }
    await this.store.upsert(
      { partitionKey: PARTITION, rowKey: rowKeyOf(ref.scopeKey), json: JSON.stringify(next), ...(at ? { writtenAt: at } : {}) },
      'Replace',
    );
    this.known.set(ref.scopeKey, next);
    return true;
  }

  async get(scopeKey: string): Promise<ConversationRef | undefined> {
    const row = await this.store.get<RefRow>(PARTITION, rowKeyOf(scopeKey));
    return row ? (JSON.parse(row.json) as ConversationRef) : undefined;
  }

  /** Every conversation the bot is in (a few dozen rows: the group's teams, chats and personal chats). */
  async all(): Promise<ConversationRef[]> {
    const rows = await this.store.partition<RefRow>(PARTITION);
    const refs = rows.map((row) => JSON.parse(row.json) as ConversationRef);
    // Another instance may have removed a row: forget it, so the next activity there writes it again.
    this.known.clear();
    for (const ref of refs) this.known.set(ref.scopeKey, ref);
    return refs;
  }

  /** The bot was removed (uninstalled, or the connector answered 403): no more proactive messages there. */
  async remove(scopeKey: string): Promise<void> {
    this.known.delete(scopeKey);
    await this.store.delete(PARTITION, rowKeyOf(scopeKey));
  }
}
