// Where the bot can write on its own (the digest, reminders): one row per scope it is in, table Conversations,
// PartitionKey 'ref', RowKey = the scope key (escaped). Refreshed on every incoming activity because Teams may move a
// conversation to another serviceUrl; a cache of what was written keeps that from costing a write per activity.
import { TableStore, type Row } from './tableStore';
import { encodeKeyPart } from './keys';

/** What a proactive message needs, without Bot Framework types (bot/proactive.ts builds those). */
export interface ConversationRef {
  scopeKey: string;
  kind: 'team' | 'groupChat' | 'personal';
  serviceUrl: string;
  /** The Bot Framework channel, 'msteams' in Teams. */
  channelId: string;
  tenantId: string;
  /** The conversation to write to: for a team, the General channel (whose id is the team id). */
  conversationId: string;
  teamId?: string;
  bot: { id: string; name: string };
}

interface RefRow extends Row { json: string }

const PARTITION = 'ref';

function rowKeyOf(scopeKey: string): string {
  return encodeKeyPart(scopeKey);
}

export class ConversationRepository {
  /** What this process last wrote or read per scope, as JSON: an unchanged reference is not written again. */
  private readonly written = new Map<string, string>();

  constructor(private readonly store: TableStore) {}

  /** Saves the reference if it differs from what this process knows is stored; true when it wrote. */
  async remember(ref: ConversationRef): Promise<boolean> {
    const json = JSON.stringify(ref);
    if (this.written.get(ref.scopeKey) === json) return false;
    await this.store.upsert({ partitionKey: PARTITION, rowKey: rowKeyOf(ref.scopeKey), json }, 'Replace');
    this.written.set(ref.scopeKey, json);
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
    this.written.clear();
    for (const ref of refs) this.written.set(ref.scopeKey, JSON.stringify(ref));
    return refs;
  }

  /** The bot was removed (uninstalled, or the connector answered 403): no more proactive messages there. */
  async remove(scopeKey: string): Promise<void> {
    this.written.delete(scopeKey);
    await this.store.delete(PARTITION, rowKeyOf(scopeKey));
  }
}
