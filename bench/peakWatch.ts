// What the bot's RSS is made of at its highest: sampled every 50 ms in the bot's process, so the bench can say whether
// a peak is V8's heap, native memory (SQLite's page cache, buffers, malloc) or mapped files (the node binary with its
// ICU data, shared libraries). The kernel's high-water mark (maxRSS) can lie above the highest sample: a spike shorter
// than 50 ms is counted there and not here.
import * as fs from 'node:fs';
import * as v8 from 'node:v8';

export interface PeakParts {
  /** Seconds since the process started. */
  atS: number;
  rssMb: number;
  /** V8's heap as committed: old space, new space, and the rest (code, large objects, read-only). */
  heap: { oldMb: number; newMb: number; otherMb: number };
  /** Anonymous memory outside V8's heap; undefined where /proc/self/smaps_rollup is not there (not Linux). */
  nativeMb?: number;
  filesMb?: number;
}

const MB = 2 ** 20;
const SAMPLE_MS = 50;

function anonymousMb(): number | undefined {
  try {
    const kb = /\nAnonymous:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/smaps_rollup', 'utf8'))?.[1];
    return kb === undefined ? undefined : Number(kb) / 1024;
  } catch {
    return undefined;
  }
}

function partsNow(rssBytes: number): PeakParts {
  const spaces = new Map(v8.getHeapSpaceStatistics().map((s) => [s.space_name, s.physical_space_size / MB]));
  const total = v8.getHeapStatistics().total_physical_size / MB;
  const oldMb = spaces.get('old_space') ?? 0;
  const newMb = spaces.get('new_space') ?? 0;
  const anonMb = anonymousMb();
  return {
    atS: process.uptime(),
    rssMb: rssBytes / MB,
    heap: { oldMb, newMb, otherMb: total - oldMb - newMb },
    nativeMb: anonMb === undefined ? undefined : anonMb - total,
    filesMb: anonMb === undefined ? undefined : rssBytes / MB - anonMb,
  };
}

/** Starts sampling; the returned function gives the breakdown at the highest RSS so far. */
export function watchPeak(): () => PeakParts {
  let peak = partsNow(process.memoryUsage.rss());
  const timer = setInterval(() => {
    // process.memoryUsage.rss() is cheap; the breakdown (a /proc read) only when a new high is reached.
    const rss = process.memoryUsage.rss();
    if (rss > peak.rssMb * MB) peak = partsNow(rss);
  }, SAMPLE_MS);
  timer.unref();
  return () => peak;
}
