// A large log written into the embedded file before anything reads it (test setup): every row of every entry, sorted
// by key and written 100 to a transaction, so they are appended to the B-tree rather than inserted all over it. For
// 10,000 entries (138,000 rows) that took a third less CPU than bench/seed.ts's entry by entry; nothing reads the file
// meanwhile, so how the writes were grouped is unseen. (The bench's 100,000 entries would not fit in memory like this.)
import type { LogEntry } from '../../domain/logEntry';
import type { Row } from '../../storage/tableStore';
import type { Tables } from '../../storage/schema';
import { LogRepository } from '../../storage/logRepository';
import { writeRows } from '../../bench/seed';

export async function seedLogInKeyOrder(log: Tables['log'], scopeKey: string, entries: Iterable<LogEntry>): Promise<number> {
  const repo = new LogRepository(log);
  const rows: Row[] = [];
  let count = 0;
  for (const e of entries) {
    rows.push(...repo.rowsFor(scopeKey, e));
    count++;
  }
  rows.sort((a, b) => (a.rowKey < b.rowKey ? -1 : a.rowKey > b.rowKey ? 1 : 0));
  await writeRows(
    log,
    Array.from({ length: Math.ceil(rows.length / 100) }, (_, i) => rows.slice(i * 100, i * 100 + 100)),
  );
  return count;
}
