// Two bot processes on one Azurite, as two App Service instances share one Table Storage (issue 26): a stakeholder
// added through one is recognised by the other (within the shared caches' time, SHARED_CACHE_TTL_MS), 50 users
// sending /log split over both (nothing confirmed lost), and both ticking the same digest slot at once (every scope
// gets its digest once: the claims decide). test/e2e/twoInstances.test.ts holds the correctness; this measures it.
import { LogRepository } from '../storage/logRepository';
import { SHARED_CACHE_TTL_MS } from '../storage/scopeRepository';
import type { Tables } from '../storage/schema';
import { t } from '../i18n/catalog';
import { scopeOf } from '../bot/teams/activityTurn';
import { postActivity, teamMessage } from './client';
import { runLoad } from './load';
import type { CountingConnector } from './standIn';
import type { FromBot } from './botProcess';
import { ms, spreadText, table, type Spread, spread } from './stats';

export interface Instance {
  port: number;
  tick(nowIso: string): Promise<Extract<FromBot, { kind: 'ticked' }>>;
}

export interface TwoInstancesResult {
  /** Seconds from the stakeholder's addition on A until B recognised it, or undefined if not within the bound. */
  recognisedAfterS: number | undefined;
  /** When the last ask that B answered without the name was sent, seconds after the addition: B's stale time. */
  staleUntilS: number;
  polls: number;
  load: { users: number; perSecond: Spread; notConfirmed: number; errors: number; lost: number; p99: Spread };
  digests: {
    byA: number;
    byB: number;
    distinct: number;
    /** Reminders both sent in the same tick (the seeded deadlines come due that week). */
    reminders: number;
    /** Distinct messages (scope and occasion) among all both sent: equal to the sum when nothing went out twice. */
    distinctSent: number;
    received: number;
    failed: number;
    ms: number;
    requestsPerScope: number;
  };
}

const NAME = 'Bench Tovholder Aktør';

async function says(port: number, connector: CountingConnector, text: string, o: { teamId: string; timestamp: string }): Promise<string> {
  const activity = teamMessage(text, { ...o, serviceUrl: connector.url });
  connector.watch(activity.id as string);
  await postActivity(port, activity);
  return connector.watched.get(activity.id as string) ?? '';
}

export async function twoInstances(o: {
  a: Instance;
  b: Instance;
  tables: Tables;
  connector: CountingConnector;
  timestamp: string;
  digestAt: string;
  seconds: number;
  rounds: number;
  log: (line: string) => void;
}): Promise<TwoInstancesResult> {
  const { a, b, connector, timestamp } = o;
  const teamId = '19:bench-two-instances@thread.tacv2';
  // B reads the scope's names first (they are then in its cache), then A adds one; B is asked until it knows it.
  const unknown = t('who.unknown', 'da', { query: NAME });
  const before = await says(b.port, connector, `/hvem ${NAME}`, { teamId, timestamp });
  if (!before.includes(JSON.stringify(unknown).slice(1, -1))) o.log(`two instances: B knew ${NAME} before it was added?`);
  await says(a.port, connector, `/interessent tilføj ${NAME}`, { teamId, timestamp });
  const added = performance.now();
  let recognisedAfterS: number | undefined;
  let staleUntilS = 0;
  let polls = 0;
  while (performance.now() - added < SHARED_CACHE_TTL_MS * 2) {
    polls++;
    const sentS = (performance.now() - added) / 1000;
    const answer = await says(b.port, connector, `/hvem ${NAME}`, { teamId, timestamp });
    if (answer && !answer.includes(JSON.stringify(unknown).slice(1, -1))) {
      recognisedAfterS = (performance.now() - added) / 1000;
      break;
    }
    staleUntilS = sentS;
    await new Promise((r) => setTimeout(r, 250));
  }
  o.log(
    `two instances: a stakeholder added on A recognised on B after ${recognisedAfterS?.toFixed(1) ?? 'more than 60'} s ` +
      `(the last ask not knowing it sent ${staleUntilS.toFixed(1)} s after; ${polls} asks; cache time ${SHARED_CACHE_TTL_MS / 1000} s)`,
  );

  // 50 users, half on each instance, the same team (a load balancer's spread).
  const confirmed = (id: string) => connector.confirmedLogs.has(id);
  const rounds = [];
  for (let r = 0; r < o.rounds; r++) {
    const common = { serviceUrl: connector.url, teamId, seconds: o.seconds, maxTurns: 1_000_000, timestamp, confirmed, users: 25 };
    const [onA, onB] = await Promise.all([runLoad({ ...common, port: a.port }), runLoad({ ...common, port: b.port })]);
    rounds.push({ onA, onB, perSecond: onA.perSecond + onB.perSecond, p99: Math.max(onA.latency.p99, onB.latency.p99) });
    o.log(
      `two instances, round ${r + 1}: 25 + 25 users, ${(onA.perSecond + onB.perSecond).toFixed(0)} confirmed /log a second, ` +
        `${onA.notConfirmed + onB.notConfirmed} not confirmed, ${onA.errors + onB.errors} HTTP errors, ` +
        `p99 ${ms(Math.max(onA.latency.p99, onB.latency.p99))} ms`,
    );
  }
  const acknowledged = rounds.flatMap((r) => [...r.onA.acknowledgedIds, ...r.onB.acknowledgedIds]);
  const lost = await lostOf(o.tables, teamId, connector.url, acknowledged);

  // Both tick the same slot at once.
  const receivedBefore = connector.proactive;
  const started = performance.now();
  const [ta, tb] = await Promise.all([a.tick(o.digestAt), b.tick(o.digestAt)]);
  const tickMs = performance.now() - started;
  const distinct = new Set([...ta.digestScopes, ...tb.digestScopes]).size;
  const digests = {
    byA: ta.digests,
    byB: tb.digests,
    distinct,
    reminders: ta.sent - ta.digests + tb.sent - tb.digests,
    distinctSent: new Set([...ta.sentKeys, ...tb.sentKeys]).size,
    received: connector.proactive - receivedBefore,
    failed: ta.failed + tb.failed,
    ms: tickMs,
    requestsPerScope: (ta.requests + tb.requests) / Math.max(1, distinct),
  };
  o.log(
    `two instances tick at once: ${ta.digests} digests by A, ${tb.digests} by B, ${distinct} scopes, ${digests.reminders} reminders, ` +
      `${digests.received} received, ` +
      `${digests.failed} failed, in ${ms(tickMs)} ms`,
  );
  return {
    recognisedAfterS,
    staleUntilS,
    polls,
    load: {
      users: 50,
      perSecond: spread(rounds.map((r) => r.perSecond)),
      notConfirmed: rounds.reduce((n, r) => n + r.onA.notConfirmed + r.onB.notConfirmed, 0),
      errors: rounds.reduce((n, r) => n + r.onA.errors + r.onB.errors, 0),
      lost,
      p99: spread(rounds.map((r) => r.p99)),
    },
    digests,
  };
}

async function lostOf(tables: Tables, teamId: string, serviceUrl: string, acknowledged: string[]): Promise<number> {
  const scope = scopeOf(teamMessage('', { teamId, serviceUrl, timestamp: '2025-03-12T09:00:00.000Z' }) as never).key;
  const stored = new Set((await new LogRepository(tables.log).between(scope, '0001-01-01', '9999-12-31')).map((e) => e.id));
  return acknowledged.filter((id) => !stored.has(id)).length;
}

export function twoInstancesSection(r: TwoInstancesResult): string[] {
  const d = r.digests;
  return [
    '## Two bot instances on one Azurite',
    '',
    'A second bot process (the same app, its own caches) started on the same Azurite after the load above; the bench',
    "posts to both. A stakeholder is added through A after B has read the scope's names (so B holds them in its cache);",
    'then B is asked `/hvem` every 250 ms until it knows the name. Then 50 users send `/log` for the load step, 25 to',
    "each instance, in the same team. Then both tick the next week's digest slot at the same moment.",
    '',
    table(
      ['what', 'measured'],
      [
        [
          'a stakeholder added on A: recognised on B after (s), the last ask B answered without it sent at (s; cache time 30 s)',
          r.recognisedAfterS === undefined
            ? `not within 60 s (${r.polls} asks)`
            : `${r.recognisedAfterS.toFixed(1)}, ${r.staleUntilS.toFixed(1)} (${r.polls} asks, 250 ms apart)`,
        ],
        ['50 users over both: confirmed /log a second', spreadText(r.load.perSecond)],
        ['50 users over both: p99 (ms)', spreadText(r.load.p99)],
        [
          'not confirmed ("try again" or uncertain) / HTTP errors / confirmed but not stored',
          `${r.load.notConfirmed} / ${r.load.errors} / ${r.load.lost}`,
        ],
        [
          'both tick one slot at once: digests by A + by B = scopes with a digest (each once)',
          `${d.byA} + ${d.byB} = ${d.byA + d.byB}; ${d.distinct} distinct scopes; ${d.reminders} reminders; ` +
            `${d.received} received (digests and reminders); ${d.failed} failed`,
        ],
        [
          'that tick: seconds, storage round trips per scope (both instances)',
          `${(d.ms / 1000).toFixed(2)} s, ${d.requestsPerScope.toFixed(1)}`,
        ],
      ],
    ),
    '',
  ];
}
