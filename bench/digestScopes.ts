// The bench's many small scopes for the digest tick (bench/run.ts, bench/digestTick.ts): each a team the bot is in,
// with 5 entries logged in the week before the slot and 4 deadlines (one done, three 10, 17 and 24 days ahead).
import { DateTime } from 'luxon';
import type { Tables } from '../storage/schema';
import { LogRepository } from '../storage/logRepository';
import { ConversationRepository } from '../storage/conversationRepository';
import { scopeOf } from '../bot/teams/activityTurn';
import { BOT, TENANT, teamMessage } from './client';
import { plannedDeadlines, plannedEntries, seedItems, writeRows } from './seed';

export function scopeKeyOf(teamId: string, serviceUrl: string): string {
  return scopeOf(teamMessage('', { teamId, serviceUrl, timestamp: '2025-03-12T09:00:00.000Z' }) as never).key;
}

/** `count` scopes for the digest slot at `digestAt` (an ISO instant), ten at a time. */
export async function seedDigestScopes(tables: Tables, serviceUrl: string, count: number, digestAt: string): Promise<void> {
  const conversations = new ConversationRepository(tables.conversations);
  const monday = DateTime.fromISO(digestAt).setZone('Europe/Copenhagen');
  const log = new LogRepository(tables.log);
  for (let i = 0; i < count; i += 10) {
    await Promise.all(
      Array.from({ length: Math.min(10, count - i) }, async (_, k) => {
        const n = i + k;
        const teamId = `19:digest-team-${n}@thread.tacv2`;
        const scopeKey = scopeKeyOf(teamId, serviceUrl);
        await conversations.remember({
          scopeKey,
          kind: 'team',
          serviceUrl,
          channelId: 'msteams',
          tenantId: TENANT,
          conversationId: teamId,
          teamId,
          bot: BOT,
        });
        const entries = [
          ...plannedEntries({
            count: 5,
            recent: 5,
            recentDays: 6,
            today: monday,
            rareWord: 'Limfjordsbroen',
            rareCount: 0,
            seed: 10_000 + n,
          }),
        ];
        await writeRows(
          tables.log,
          entries.map((e) => log.rowsFor(scopeKey, e)),
          1,
        );
        await seedItems(
          tables,
          scopeKey,
          plannedDeadlines({ past: 1, future: 3, perMonth: 30 / 7, firstInDays: 10, today: monday, seed: 20_000 + n }),
        );
      }),
    );
  }
}
