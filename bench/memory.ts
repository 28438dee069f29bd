// `npm run bench:memory`: what each library costs the bot's process at load, measured the way the issue asks
// (`node -e "require(...)"`), with the Node flags `npm start` gives the bot. Each library alone (a new process each),
// then all of them in one process in the order the bot loads them (what each adds to what is there already: libraries
// share dependencies, so the alone figures do not add up), and last the bot's own modules on top. Figures only.
//
// RSS is read after a full garbage collection, so it is what the loaded code and data keep, not the garbage of
// loading them. Each figure is the median of BENCH_MEMORY_ROUNDS (default 3) processes.
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { botFlags, ROOT } from './startFlags';
import { table } from './stats';
import { CountingConnector } from './standIn';
import { closeClient, postActivity, teamMessage } from './client';

interface Library {
  /** What `require` is given (a package, or one of our compiled modules). */
  id: string;
  label: string;
  /** When the bot loads it. */
  when: string;
}

const own = (file: string) => path.join(ROOT, 'dist', file);

/**
 * In the order the bot loads them: the libraries bot/app.ts imports, then our own modules (each adds what the ones
 * before did not load: bot/app.ts last, everything dist/bot/index.js loads), then what is loaded only on use or never.
 */
const MODULES: Library[] = [
  { id: 'botbuilder', label: 'botbuilder', when: 'at start' },
  { id: 'botframework-connector', label: 'botframework-connector', when: 'at start' },
  { id: 'restify', label: 'restify', when: 'at start' },
  { id: 'adaptivecards-templating', label: 'adaptivecards-templating', when: 'at start' },
  { id: 'better-sqlite3', label: 'better-sqlite3', when: 'at start (embedded store)' },
  { id: 'luxon', label: 'luxon', when: 'at start' },
  { id: own('storage/tables.js'), label: 'our storage/ (tables, SQLite store)', when: 'at start' },
  { id: own('cards/render.js'), label: 'our cards/ (templating)', when: 'at start' },
  { id: own('bot/app.js'), label: 'our bot/app.ts and all it imports', when: 'at start' },
  { id: '@azure/data-tables', label: '@azure/data-tables', when: 'only on the Azure store' },
  { id: 'exceljs', label: 'exceljs', when: 'first .xlsx download (/eksport, /status, /mine data)' },
  { id: 'pptxgenjs', label: 'pptxgenjs', when: 'first .pptx download (/status)' },
  { id: 'date-holidays', label: 'date-holidays', when: 'never (tests only: domain/holidays.ts computes the days)' },
  { id: 'adaptivecards/dist/adaptivecards.js', label: 'adaptivecards (the renderer)', when: 'never (tests only)' },
];

const ROUNDS = Number(process.env.BENCH_MEMORY_ROUNDS ?? 3);

/**
 * Runs in a child: requires each id in turn and prints, after each, the RSS and live heap after a full GC and how
 * long the require took. The first line is the process before any require (Node itself).
 */
const PROBE = `
const ids = JSON.parse(process.argv[1]);
const settle = () => new Promise((r) => setTimeout(r, 50));
const measure = async (ms) => { await settle(); gc(); gc(); const m = process.memoryUsage(); return { rss: m.rss, heap: m.heapUsed, ms }; };
(async () => {
  const out = [await measure(0)];
  for (const id of ids) { const t = performance.now(); require(id); out.push(await measure(performance.now() - t)); }
  process.stdout.write(JSON.stringify(out));
})();`;

interface Step {
  rss: number;
  heap: number;
  ms: number;
}

function probe(ids: string[]): Step[] {
  const out = execFileSync(process.execPath, [...botFlags(), '--expose-gc', '-e', PROBE, JSON.stringify(ids)], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return JSON.parse(out) as Step[];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);

/** Per id: the median over rounds of what it added (RSS, heap, load time) in a process that loads `ids` in order. */
function added(ids: string[]): { base: number; steps: Step[] } {
  const runs = Array.from({ length: ROUNDS }, () => probe(ids));
  const steps = ids.map((_, i) => ({
    rss: median(runs.map((r) => r[i + 1]!.rss - r[i]!.rss)),
    heap: median(runs.map((r) => r[i + 1]!.heap - r[i]!.heap)),
    ms: median(runs.map((r) => r[i + 1]!.ms)),
  }));
  return { base: median(runs.map((r) => r[0]!.rss)), steps };
}

/** Seconds after the first answer at which the production entry's RSS is read: at once, and once V8's memory reducer
 *  (which starts after several seconds without work) has run. */
const IDLE_AT_S = [1, 20];

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

function rssMbOf(pid: number): number {
  return Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024;
}

/** `node <start flags> dist/bot/index.js` on a new DATA_DIR: its RSS IDLE_AT_S after it answered "/hjælp". */
async function idleRss(): Promise<number[]> {
  const connector = await new CountingConnector().start();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tovholder-bench-memory-'));
  const port = await freePort();
  const child = spawn(process.execPath, [...botFlags(), path.join(ROOT, 'dist', 'bot', 'index.js')], {
    cwd: dataDir,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, TABLES_CONNECTION_STRING: '', LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  try {
    const help = () => teamMessage('/hjælp', { teamId: '19:bench-memory', serviceUrl: connector.url, timestamp: new Date().toISOString() });
    for (let tries = 0; (await postActivity(port, help(), 10_000)).status !== 200; tries++) {
      if (tries > 3000) throw new Error('the bot did not answer within 30 s');
      await new Promise((r) => setTimeout(r, 10));
    }
    const rss: number[] = [];
    let waited = 0;
    for (const s of IDLE_AT_S) {
      await new Promise((r) => setTimeout(r, (s - waited) * 1000));
      waited = s;
      rss.push(rssMbOf(child.pid!));
    }
    return rss;
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    closeClient();
    await connector.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const all = MODULES;
  const alone = all.map((lib) => added([lib.id]));
  const together = added(all.map((lib) => lib.id));
  const rows = all.map((lib, i) => [
    lib.label,
    lib.when,
    mb(alone[i]!.steps[0]!.rss),
    mb(alone[i]!.steps[0]!.heap),
    alone[i]!.steps[0]!.ms.toFixed(0),
    mb(together.steps[i]!.rss),
    mb(together.steps[i]!.heap),
  ]);
  const date = new Date().toISOString().slice(0, 10);
  process.stdout.write(
    [
      `What each library costs at load (npm run bench:memory, ${date}, Node ${process.version}, flags: ${botFlags().join(' ') || 'none'}).`,
      `Node itself, before any require: ${mb(alone[0]!.base)} MB RSS. Median of ${ROUNDS} processes; RSS and live heap after a full GC.`,
      '',
      table(
        [
          'module',
          'the bot loads it',
          'alone: +RSS (MB)',
          'alone: +heap (MB)',
          'alone: load (ms)',
          "in the bot's order: +RSS (MB)",
          'in order: +heap (MB)',
        ],
        rows,
      ),
      '',
    ].join('\n'),
  );
  const idle = await idleRss();
  process.stdout.write(
    `The bot as npm start runs it, after its first answer: RSS ${idle.map((mbs, i) => `${mbs.toFixed(0)} MB after ${IDLE_AT_S[i]} s`).join(', ')}.\n`,
  );
}

void main().catch((err) => {
  console.error(err);
  process.exit(1);
});
