// The goals beside the figures of one bench run, each marked met or missed. Nothing is asserted: a missed goal
// is a finding to report, not a failure of the run.
import { ms, table, type Summary } from './stats';

interface Row {
  label: string;
  s: Summary;
  requestsPerTurn: number;
  rowsPerTurn: number;
}
interface Tier {
  entries: number;
  rows: Row[];
}
export interface GoalInput {
  firstStart: { idleRssMb: number[]; restRssMb: number[] };
  runs: Array<{
    store: 'sqlite' | 'azure';
    floor: Summary;
    tiers: Tier[];
    tick: { ms: number; digests: number; failed: number };
    digestsReceived: number;
    load: { load: { perSecond: number; errors: number; notConfirmed: number }; lost: number };
    peakMb: number;
  }>;
  /** Scopes whose digest the tick must send, and the hits the /find command has in every scope. */
  digestScopes: number;
  findHits: number;
}

const NAME = { sqlite: 'SQLite', azure: 'Azurite' } as const;

const mark = (ok: boolean): string => (ok ? 'met' : '**missed**');
const x = (v: number): string => `${v.toFixed(1)}x`;

/** The worst p50 / floor ratio over the commands of a tier, and which command it is. */
function worstRatio(tier: Tier, floor: Summary): { label: string; ratio: number } {
  return tier.rows.map((row) => ({ label: row.label, ratio: row.s.p50 / floor.p50 })).reduce((a, b) => (b.ratio > a.ratio ? b : a));
}

export function goalRows(g: GoalInput): string[][] {
  const rows: string[][] = [];
  for (const run of g.runs) {
    const name = NAME[run.store];
    for (const tier of run.tiers) {
      const worst = worstRatio(tier, run.floor);
      const over = tier.rows.filter((row) => row.s.p50 / run.floor.p50 > 1.5).map((row) => `${row.label} ${x(row.s.p50 / run.floor.p50)}`);
      rows.push([
        `${name}, ${tier.entries.toLocaleString('en')} entries: every command's p50 within 1.5x the echo floor (${ms(run.floor.p50)} ms)`,
        over.length === 0 ? `worst ${x(worst.ratio)} (${worst.label})` : `over: ${over.join('; ')}`,
        mark(over.length === 0),
      ]);
    }
    if (run.tiers.length > 1) {
      const first = run.tiers[0]!;
      const last = run.tiers[run.tiers.length - 1]!;
      const growth = first.rows.map((row, i) => ({ label: row.label, ratio: last.rows[i]!.s.p50 / row.s.p50 }));
      const worst = growth.reduce((a, b) => (b.ratio > a.ratio ? b : a));
      rows.push([
        `${name}: p50 at ${last.entries / 1000}k entries within 1.2x of 1k, every command`,
        `worst ${x(worst.ratio)} (${worst.label})`,
        mark(worst.ratio <= 1.2),
      ]);
    }
    const largest = run.tiers[run.tiers.length - 1]!;
    const byPrefix = (prefix: string): Row | undefined => largest.rows.find((row) => row.label.startsWith(prefix));
    const logRow = byPrefix('/log');
    const dueRow = byPrefix('"hvad');
    const findRow = byPrefix('/find');
    const statusRow = byPrefix('/status');
    const gapsRow = byPrefix('/gaps');
    // Per turn, averaged over the turns and shown to one decimal: the first turn in a scope may read its settings once.
    const perTurn = (row: Row): number => Math.round(row.requestsPerTurn * 10) / 10;
    if (logRow)
      rows.push([`${name}: /log in one storage round trip (one transaction)`, perTurn(logRow).toFixed(1), mark(perTurn(logRow) <= 1)]);
    if (dueRow) rows.push([`${name}: a due question in one range read`, perTurn(dueRow).toFixed(1), mark(perTurn(dueRow) <= 1)]);
    if (findRow) {
      // The measure: storage round trips against the hits (every entry with the word); rows read are shown too.
      const limit = g.findHits + 1;
      rows.push([
        `${name}: /find with ${g.findHits} hits in no more than ${limit} reads`,
        `${perTurn(findRow).toFixed(1)} round trips (${findRow.rowsPerTurn.toFixed(0)} rows read)`,
        mark(perTurn(findRow) <= limit),
      ]);
    }
    if (gapsRow && statusRow) {
      // Log and Scopes: one range read each once the scope's names and settings are cached (the first turn loads them).
      const ratio = gapsRow.s.p50 / statusRow.s.p50;
      const sized = `${largest.entries.toLocaleString('en')} entries and 200 stakeholders`;
      rows.push([
        `${name}: /huller over ${sized} in 2 range reads (Log, Scopes), p50 within 1.5x of /status`,
        `${perTurn(gapsRow).toFixed(1)} round trips (${gapsRow.rowsPerTurn.toFixed(0)} rows read), ` +
          `${ms(gapsRow.s.p50)} ms = ${x(ratio)} /status`,
        mark(perTurn(gapsRow) <= 2 && ratio <= 1.5),
      ]);
    }
    const allSent = run.tick.digests >= g.digestScopes && run.tick.failed === 0;
    rows.push([
      `${name}: ${g.digestScopes} scopes' digests in under 5 s, none lost`,
      `${(run.tick.ms / 1000).toFixed(2)} s, ${run.tick.digests} sent, ${run.tick.failed} failed, ${run.digestsReceived} received`,
      mark(run.tick.ms < 5000 && allSent),
    ]);
    rows.push([
      `${name}: 50 users sending /log at 200 msg/s or more, 0 errors, 0 lost`,
      `${run.load.load.perSecond.toFixed(0)} msg/s confirmed, ${run.load.load.errors} HTTP errors, ${run.load.load.notConfirmed} answered "try again", ${run.load.lost} lost`,
      mark(run.load.load.perSecond >= 200 && run.load.load.errors === 0 && run.load.load.notConfirmed === 0 && run.load.lost === 0),
    ]);
    rows.push([`${name}: bot RSS under 150 MB at peak, whole run`, `${run.peakMb.toFixed(0)} MB`, mark(run.peakMb < 150)]);
  }
  // Idle is judged at rest (20 s after the first answer, when V8 has shrunk the heap of a process with nothing to do);
  // the reading 1 s after, while the start's garbage is still held, is shown beside it.
  const atRest = Math.max(...g.firstStart.restRssMb);
  const oneSecond = Math.max(...g.firstStart.idleRssMb);
  if (Number.isFinite(atRest)) {
    rows.push([
      '`npm start` path (SQLite): RSS idle under 100 MB, worst of three starts',
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
    table(['goal', 'measured', ''], goalRows(g)),
    '',
    "Ratios are within this run (each store's own echo floor). The tables below hold every figure.",
    '',
  ];
}
