// `npm run bench:azurite`: what one storage call costs Azurite itself (its process's CPU, read from /proc, so
// the figure holds on a machine shared with other work) as its table grows: a range read of 10 rows in one partition,
// and a point read. Azurite evaluates a query's filter against every row of the table (LokiJS `where` with an
// interpreted OData filter, no index), while a point read goes through its index; Azure Table Storage serves both from
// its PartitionKey + RowKey index. This is why the 500-scope digest tick is slow on Azurite (issue 26): Azurite's one
// thread does every scope's queries one after the other, each over the whole table.
import { fork } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AzureTableStore } from '../storage/azureTableStore';
import type { StoreAction } from '../storage/tableStore';

function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]); // utime + stime, in clock ticks of 10 ms
  return ticks * 10;
}

async function main(): Promise<void> {
  const child = fork(path.join(__dirname, 'azuriteProcess.js'), [], { stdio: 'inherit' });
  const { connectionString } = await new Promise<{ connectionString: string }>((r) => child.once('message', r as never));
  const store = AzureTableStore.fromConnectionString(connectionString, 'ScanProbe', { timeoutMs: 60_000 });
  await store.ensureTable();
  const calls = 200;
  let rows = 0;
  const lines: string[] = [];
  for (const target of [2_000, 20_000, 50_000, 100_000]) {
    while (rows < target) {
      const partitionKey = `scope${(rows / 100) % 50}`;
      const actions = Array.from(
        { length: 100 },
        (_, i): StoreAction => ['create', { partitionKey, rowKey: `k${String(rows + i).padStart(8, '0')}`, text: 'x'.repeat(100) }],
      );
      await store.transaction(actions);
      rows += 100;
    }
    let before = cpuMs(child.pid!);
    for (let i = 0; i < calls; i++) await store.range('scope7', 'k00000700', 'k00000710');
    const range = (cpuMs(child.pid!) - before) / calls;
    before = cpuMs(child.pid!);
    for (let i = 0; i < calls; i++) await store.get('scope7', 'k00000705');
    const point = (cpuMs(child.pid!) - before) / calls;
    lines.push(`| ${rows.toLocaleString('en')} | ${range.toFixed(2)} | ${point.toFixed(2)} |`);
    process.stdout.write(`${lines[lines.length - 1]}\n`);
  }
  child.disconnect();
  process.stdout.write(
    ['', '| rows in the table | Azurite CPU per range read (ms) | per point read (ms) |', '| --- | --- | --- |', ...lines, ''].join('\n'),
  );
}

void main().catch((err) => {
  console.error(err);
  process.exit(1);
});
