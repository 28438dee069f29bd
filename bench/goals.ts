// The goals beside the figures of one bench run, each marked met or missed. Every latency figure is a ratio to
// the echo floor measured in the same rounds, request by request (median round [lowest–highest]). Nothing is asserted:
// a missed goal is a finding to report, not a failure of the run.
import { spreadText, table, times, type Spread } from './stats';

interface Row {
  label: string;
  ratioP50: Spread;
  p50: Spread;
  cpuMs: Spread;
  requestsPerTurn: number;
  rowsPerTurn: number;
  scannedPerTurn: number;
}
interface Tier {
  entries: number;
  rows: Row[];
}
export interface GoalInput {
  firstStart: { idleRssMb: number[]; restRssMb: number[] };
  runs: Array<{
    store: 'sqlite' | 'azure';
    tiers: Tier[];
    tick: { ms: number; digests: number; failed: number };
    digestsReceived: number;
    load: { bot50: Spread; echo50: Spread; p99at200: Spread; maxAt200: Spread; errors: number; notConfirmed: number; lost: number };
    feed: { ratioP50: number };
    peakMb: number;
    two?: {
      recognisedAfterS: number | undefined;
      staleUntilS: number;
      load: { notConfirmed: number; errors: number; lost: number };
      digests: { byA: number; byB: number; distinct: number; reminders: number; distinctSent: number; received: number; failed: number };
    };
  }>;
  /** Scopes whose digest the tick must send. */
  digestScopes: number;
}

const NAME = { sqlite: 'SQLite', azure: 'Azurite' } as const;

const mark = (ok: boolean): string => (ok ? 'met' : '**missed**');
const count = (v: number): string => v.toFixed(0);

export function goalRows(g: GoalInput): string[][] {
  const rows: string[][] = [];
  for (const run of g.runs) {
    const name = NAME[run.store];
    for (const tier of run.tiers) {
      const over = tier.rows.filter((row) => row.ratioP50.median > 1.5).map((row) => `${row.label} ${spreadText(row.ratioP50, times)}`);
      const worst = tier.rows.reduce((a, b) => (b.ratioP50.median > a.ratioP50.median ? b : a));
      rows.push([
        `${name}, ${tier.entries.toLocaleString('en')} entries: every command's p50 within 1.5x the echo floor's, interleaved`,
        over.length === 0 ? `worst ${worst.label} ${spreadText(worst.ratioP50, times)}` : `over: ${over.join('; ')}`,
        mark(over.length === 0),
      ]);
    }
    if (run.tiers.length > 1) {
      const first = run.tiers[0]!;
      const last = run.tiers[run.tiers.length - 1]!;
      const growth = first.rows.map((row, i) => ({ label: row.label, ratio: last.rows[i]!.cpuMs.median / row.cpuMs.median }));
      const worst = growth.reduce((a, b) => (b.ratio > a.ratio ? b : a));
      const over = growth.filter((x) => x.ratio > 1.2).map((x) => `${x.label} ${times(x.ratio)}`);
      rows.push([
        `${name}: CPU per turn at ${(last.entries / 1000).toLocaleString('en')}k entries within 1.2x of 1k, every command (no answer here grows)`,
        over.length === 0 ? `worst ${worst.label} ${times(worst.ratio)}` : `over: ${over.join('; ')}`,
        mark(over.length === 0),
      ]);
      const scanGrowth = first.rows.map((row, i) => ({ label: row.label, from: row.scannedPerTurn, to: last.rows[i]!.scannedPerTurn }));
      const grown = scanGrowth.filter((x) => x.to > x.from * 1.05 + 1).map((x) => `${x.label} ${count(x.from)} → ${count(x.to)}`);
      rows.push([
        `${name}: rows scanned per turn the same at every size`,
        grown.length === 0 ? 'the same' : `grows: ${grown.join('; ')}`,
        mark(grown.length === 0),
      ]);
    }
    const largest = run.tiers[run.tiers.length - 1]!;
    const byPrefix = (prefix: string): Row | undefined => largest.rows.find((row) => row.label.startsWith(prefix));
    const perTurn = (row: Row): number => Math.round(row.requestsPerTurn * 10) / 10;
    const logRow = byPrefix('/log');
    if (logRow)
      rows.push([`${name}: /log in one storage round trip (one transaction)`, perTurn(logRow).toFixed(1), mark(perTurn(logRow) <= 1)]);
    for (const prefix of ['/find', '/who']) {
      const row = byPrefix(prefix);
      if (row)
        rows.push([
          `${name}: ${prefix} in at most 3 storage round trips, whatever the hits`,
          `${perTurn(row).toFixed(1)} (${row.rowsPerTurn.toFixed(0)} rows read)`,
          mark(perTurn(row) <= 3),
        ]);
    }
    rows.push([
      `${name}: calendar feed (2,000 items) p50 within 1.5x the echo floor's`,
      times(run.feed.ratioP50),
      mark(run.feed.ratioP50 <= 1.5),
    ]);
    const statusRow = byPrefix('/status');
    const gapsRow = byPrefix('/gaps');
    if (gapsRow && statusRow) {
      // Log and Scopes: one range read each once the scope's names and settings are cached (the first turn loads them).
      const ratio = gapsRow.p50.median / statusRow.p50.median;
      const sized = `${largest.entries.toLocaleString('en')} entries and 200 stakeholders`;
      rows.push([
        `${name}: /huller over ${sized} in 2 range reads (Log, Scopes), p50 within 1.5x of /status`,
        `${perTurn(gapsRow).toFixed(1)} round trips (${gapsRow.rowsPerTurn.toFixed(0)} rows read), ${times(ratio)} /status`,
        mark(perTurn(gapsRow) <= 2 && ratio <= 1.5),
      ]);
    }
    const allSent = run.tick.digests >= g.digestScopes && run.tick.failed === 0;
    rows.push([
      `${name}: ${g.digestScopes} scopes' digests in under 5 s, none lost`,
      `${(run.tick.ms / 1000).toFixed(2)} s, ${run.tick.digests} sent, ${run.tick.failed} failed, ${run.digestsReceived} received`,
      mark(run.tick.ms < 5000 && allSent),
    ]);
    const l = run.load;
    rows.push([
      `${name}: 50 users, at least 400 confirmed /log a second, none lost, no "try again"`,
      `${spreadText(l.bot50, count)}/s (echo floor under the same load: ${spreadText(l.echo50, count)}/s); ${l.errors} HTTP errors, ${l.notConfirmed} "try again", ${l.lost} lost`,
      mark(l.bot50.median >= 400 && l.errors === 0 && l.notConfirmed === 0 && l.lost === 0),
    ]);
    rows.push([
      `${name}: 200 users, p99 under 1 s and no multi-second tail (slowest under 2 s)`,
      `p99 ${spreadText(l.p99at200)} ms, slowest ${spreadText(l.maxAt200)} ms`,
      mark(l.p99at200.max < 1000 && l.maxAt200.max < 2000),
    ]);
    if (run.two) {
      const { digests: d, load: tl, recognisedAfterS, staleUntilS } = run.two;
      const sent = d.byA + d.byB + d.reminders;
      const once = d.byA + d.byB === d.distinct && d.distinctSent === sent && d.received === sent && d.failed === 0;
      rows.push([
        `${name}: two instances tick one slot at once: every digest out exactly once`,
        `${d.byA} by one + ${d.byB} by the other = ${d.byA + d.byB} for ${d.distinct} scopes; ${d.received} received ` +
          `(with ${d.reminders} reminders; ${d.distinctSent} distinct of ${sent} sent), ${d.failed} failed`,
        mark(once),
      ]);
      rows.push([
        `${name}: two instances: a stakeholder added on one is recognised on the other within the cache time (30 s)`,
        recognisedAfterS === undefined
          ? 'not within 60 s'
          : `answered without it until ${staleUntilS.toFixed(1)} s after, ` +
            `with it ${recognisedAfterS.toFixed(1)} s after (asked every 250 ms)`,
        mark(recognisedAfterS !== undefined && staleUntilS <= 30),
      ]);
      rows.push([
        `${name}: two instances, 50 users over both: none lost, no "try again"`,
        `${tl.errors} HTTP errors, ${tl.notConfirmed} not confirmed, ${tl.lost} lost`,
        mark(tl.errors === 0 && tl.notConfirmed === 0 && tl.lost === 0),
      ]);
    }
    rows.push([
      `${name}: bot RSS under 150 MB at peak, whole run (50- and 200-user load included)`,
      `${run.peakMb.toFixed(0)} MB`,
      mark(run.peakMb < 150),
    ]);
  }
  const atRest = Math.max(...g.firstStart.restRssMb);
  const oneSecond = Math.max(...g.firstStart.idleRssMb);
  if (Number.isFinite(atRest)) {
    rows.push([
      '`npm start` path (SQLite): RSS idle, at rest, worst of three starts (reported; earlier goal: under 100 MB)',
      `${atRest.toFixed(0)} MB at rest (20 s after the first answer; ${oneSecond.toFixed(0)} MB 1 s after)`,
      mark(atRest < 100),
    ]);
  }
  return rows;
}

export function goalsSection(g: GoalInput): string[] {
  return [
    '## The goals of this run',
    '',
    table(['goal', 'measured (median round [lowest–highest])', ''], goalRows(g)),
    '',
    'Ratios are to the echo floor measured in the same rounds, request by request. The tables below hold every figure.',
    '',
  ];
}
