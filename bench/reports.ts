// `npm run bench:reports`: how long the report files take for a big log (issue 15's goal: 10,000 entries in under
// 2 s), measured the way GET /download/<token> builds them: read from the embedded SQLite store, then build the file.
// Self-contained on purpose (bench/run.ts is the HTTP bench); prints one table and writes nothing but a temp folder.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openStorage, ensureTables } from '../storage/tables';
import { LogRepository } from '../storage/logRepository';
import { ItemRepository } from '../storage/itemRepository';
import { ExperimentRepository } from '../storage/experimentRepository';
import { ENTRY_KINDS, MUNICIPALITIES, SEED_EXPERIMENTS, SEED_STAKEHOLDERS } from '../domain/vocabulary';
import type { LogEntry } from '../domain/logEntry';
import type { Item } from '../domain/items';
import type { StoreAction } from '../storage/tableStore';
import { loadReport, registryReader } from '../bot/reportData';
import { buildCsv } from '../reports/csv';
import { buildWorkbook } from '../reports/xlsx';
import { buildSlides } from '../reports/pptx';

const N = Number(process.env.BENCH_REPORT_ENTRIES ?? 10_000);
const RUNS = 5;
const SCOPE = 'bench-tenant|team|19:reports';

function day(i: number): string {
  const d = new Date(Date.UTC(2019, 0, 1) + (i % 730) * 86_400_000);
  return d.toISOString().slice(0, 10);
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tovholder-bench-reports-'));
  const storage = openStorage({ dataDir: dir, wallClock: () => new Date(Date.UTC(2021, 0, 1)) });
  try {
    await ensureTables(storage.tables);
    const log = new LogRepository(storage.tables.log);
    const items = new ItemRepository(storage.tables.items);
    let s = 7;
    const pick = <T>(list: readonly T[]): T => {
      s = (s * 1103515245 + 12345) >>> 0;
      return list[s % list.length];
    };
    const seedStart = performance.now();
    for (let i = 0; i < N; i += 1) {
      const stakeholder = pick(SEED_STAKEHOLDERS);
      const experiment = pick(SEED_EXPERIMENTS).name;
      const municipality = pick(MUNICIPALITIES);
      const e: LogEntry = {
        id: `e${i}`,
        kind: pick(ENTRY_KINDS),
        text: `${stakeholder.name} om forsøg med ${experiment} i ${municipality} – opfølgning på møde nr. ${i}`,
        happenedOn: day(i),
        authorName: 'Anne Sørensen',
        authorAadId: 'a',
        writtenAt: `${day(i)}T08:00:00.000Z`,
        stakeholders: [stakeholder.name],
        outlets: stakeholder.outlet ? [stakeholder.name] : [],
        experiments: [experiment],
        municipalities: [municipality],
        words: [],
      };
      // One entry's rows are one transaction, as the bot writes them.
      await storage.tables.log.transaction(log.rowsFor(SCOPE, e).map((row) => ['create', row] as StoreAction));
    }
    const timeline: Item[] = Array.from({ length: 12 }, (_, m) => ({
      id: `m${m}`,
      type: 'deadline',
      title: `Milepæl ${m + 1}`,
      done: m < 3,
      authorName: 'Anne Sørensen',
      authorAadId: 'a',
      writtenAt: '2020-01-01T08:00:00Z',
      period: {
        start: `2020-${String(m + 1).padStart(2, '0')}-01`,
        end: `2020-${String(m + 1).padStart(2, '0')}-15`,
        form: { kind: 'day' },
      },
    }));
    await items.add(SCOPE, timeline);
    const seeded = performance.now() - seedStart;

    // With the registry as the bot reads it (the seed's experiments, no results stored): the Forsøg and Resultater sheets.
    const sources = { log, items, registry: registryReader(new ExperimentRepository(storage.tables.scopes), items) };
    const range = { from: '2019-01-01', to: '2020-12-31', label: '2019–2020' };
    const measure = async (build: (data: Awaited<ReturnType<typeof loadReport>>) => Promise<Buffer> | Buffer) => {
      const times: number[] = [];
      let bytes = 0;
      let entries = 0;
      for (let r = 0; r < RUNS; r++) {
        const t0 = performance.now();
        const data = await loadReport(sources, SCOPE, range, '2020-06-15', 'Europe/Copenhagen');
        const file = await build(data);
        times.push(performance.now() - t0);
        bytes = file.length;
        entries = data.entries.length;
      }
      times.sort((a, b) => a - b);
      return { median: times[Math.floor(RUNS / 2)], max: times[RUNS - 1], bytes, entries };
    };
    const rows = [
      ['read only', await measure(() => Buffer.alloc(0))],
      ['CSV', await measure((d) => buildCsv(d, 'da', 'Europe/Copenhagen'))],
      ['Excel (.xlsx)', await measure((d) => buildWorkbook(d, 'da', 'Europe/Copenhagen'))],
      ['PowerPoint (.pptx)', await measure((d) => buildSlides(d, 'da'))],
    ] as const;
    process.stdout.write(
      `\nReport files from ${N.toLocaleString('en')} log entries in embedded SQLite (seeded in ${(seeded / 1000).toFixed(1)} s), ${RUNS} runs each, Node ${process.version}\n\n`,
    );
    process.stdout.write('| file | entries | median | slowest | size | under 2 s? |\n| --- | --- | --- | --- | --- | --- |\n');
    for (const [name, m] of rows) {
      process.stdout.write(
        `| ${name} | ${m.entries} | ${m.median.toFixed(0)} ms | ${m.max.toFixed(0)} ms | ${(m.bytes / 1024).toFixed(0)} KB | ${m.max < 2000 ? 'yes' : 'no'} |\n`,
      );
    }
  } finally {
    await storage.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack}\n`);
  process.exit(1);
});
