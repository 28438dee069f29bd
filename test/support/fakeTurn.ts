// A Turn for the tests that run a handler on fakes of its ports (no store, no HTTP): in team t1 of a tenant, by Anne,
// at a Copenhagen wall time. test/support/handlerKit.ts makes its own, over a real embedded store.
import { DateTime } from 'luxon';
import type { Turn } from '../../bot/turn';
import type { Lang } from '../../domain/types';

export const FAKE_SCOPE = 'tenant|team|t1';

export function turnAt(iso: string, lang: Lang = 'da', over: Partial<Turn> = {}): Turn {
  return {
    now: DateTime.fromISO(iso, { zone: 'Europe/Copenhagen' }),
    zone: 'Europe/Copenhagen',
    lang,
    scope: { key: FAKE_SCOPE, kind: 'team', tenantId: 'tenant', teamId: 't1' },
    author: { name: 'Anne Sørensen', aadObjectId: 'aad-anne', id: '29:anne' },
    activityId: 'a1',
    conversationId: '19:general@thread.tacv2',
    mentions: [],
    ...over,
  };
}
