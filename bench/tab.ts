// `npm run bench:tab`: the tab (issue 25) with 10,000 log entries in one team, on the embedded SQLite store the bot
// uses: how long an API page takes over HTTP (goal: within 50 ms), and the first meaningful paint of the page in
// Chromium (goal: under 1 s), i.e. from navigation to the first view drawn with its data. Prints one table.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DateTime } from 'luxon';
import { loadConfig } from '../bot/config';
import { createLogger } from '../bot/logger';
import { startApp } from '../bot/app';
import { teamScopeKey } from '../bot/teams/activityTurn';
import { plannedDeadlines, seedEntries, seedItems } from './seed';
import { chromiumAvailable, launchIsolated } from '../test/support/browser';
import type { LogAnswer } from '../bot/tab/apiTypes';

const ENTRIES = Number(process.env.BENCH_TAB_ENTRIES ?? 10_000);
const RUNS = 30;
const LOADS = 7;
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const TEAM = '19:bench-tab@thread.tacv2';
const TODAY = DateTime.fromISO('2024-11-20T09:00:00Z');

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tovholder-bench-tab-'));
  const config = loadConfig({ PORT: '0', DATA_DIR: dir, TABLES_CONNECTION_STRING: '', LOG_LEVEL: 'error' });
  const app = await startApp(
    config,
    createLogger('error', () => undefined),
    { now: () => TODAY },
  );
  try {
    const scopeKey = teamScopeKey(TENANT, TEAM);
    const seedStart = performance.now();
    await seedEntries(app.storage.tables, scopeKey, {
      count: ENTRIES,
      recent: Math.floor(ENTRIES / 2),
      recentDays: 365,
      today: TODAY,
      rareWord: 'mikrolånsdag',
      rareCount: 40,
      seed: 25,
    });
    await seedItems(app.storage.tables, scopeKey, plannedDeadlines({ past: 30, future: 30, perMonth: 4, today: TODAY, seed: 25 }));
    await app.services.conversations.remember({
      scopeKey,
      kind: 'team',
      serviceUrl: 'http://127.0.0.1:1/',
      channelId: 'msteams',
      tenantId: TENANT,
      conversationId: TEAM,
      teamId: TEAM,
      bot: { id: '28:bench', name: 'Tovholder' },
    });
    const seeded = performance.now() - seedStart;
    const base = `http://127.0.0.1:${app.port}`;
    const api = async (what: string, params: Record<string, string>) => {
      const t = performance.now();
      const res = await fetch(`${base}/tab/api/${what}?${new URLSearchParams({ team: TEAM, ...params })}`);
      const body = await res.text();
      if (res.status !== 200) throw new Error(`${what} answered ${res.status}: ${body.slice(0, 200)}`);
      return { ms: performance.now() - t, body };
    };
    // A cursor ten pages in, for "page 10".
    let after = '';
    for (let i = 0; i < 9; i++)
      after = (JSON.parse((await api('log', { size: '25', ...(after ? { after } : {}) })).body) as LogAnswer).next!;
    const cases: Array<[string, string, Record<string, string>]> = [
      ['log, first page (newest 25)', 'log', { size: '25' }],
      ['log, page 10', 'log', { size: '25', after }],
      ['log, kind = møde', 'log', { size: '25', kind: 'meeting' }],
      ['log, stakeholder = KL', 'log', { size: '25', stakeholder: 'KL' }],
      ['log, words "mikrolånsdag"', 'log', { size: '25', text: 'mikrolånsdag' }],
      ['log, 2023 only', 'log', { size: '25', from: '2023-01-01', to: '2023-12-31' }],
      ['timeline', 'timeline', {}],
      ['matrix', 'matrix', {}],
      ['counts, one year', 'counts', { from: '2023-11-20', to: '2024-11-20' }],
    ];
    const rows: string[] = [];
    for (const [name, what, params] of cases) {
      await api(what, params); // warm
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) times.push((await api(what, params)).ms);
      const [p50, p95] = [quantile(times, 0.5), quantile(times, 0.95)];
      rows.push(`| ${name} | ${p50.toFixed(1)} | ${p95.toFixed(1)} | ${p95 <= 50 ? 'met' : 'MISSED'} |`);
    }
    const seededIn = `embedded SQLite, seeded in ${(seeded / 1000).toFixed(1)} s`;
    process.stdout.write(`\nTab API with ${ENTRIES.toLocaleString('en')} entries (${seededIn}), ${RUNS} calls each over HTTP:\n\n`);
    process.stdout.write(`| API call | p50 ms | p95 ms | goal p95 <= 50 ms |\n| --- | --- | --- | --- |\n${rows.join('\n')}\n`);

    if (!chromiumAvailable()) {
      process.stdout.write('\nFirst meaningful paint: not measured (no Chromium at /usr/bin/chromium).\n');
      return;
    }
    const chrome = await launchIsolated();
    try {
      const paint: Record<string, number[]> = { timeline: [], log: [] };
      for (let i = 0; i < LOADS; i++) {
        for (const view of ['timeline', 'log'] as const) {
          const page = await chrome.page(base);
          // When the first row with data is in the document, on the page's own clock (from navigation start).
          await page.addInitScript(() => {
            new MutationObserver((_m, observer) => {
              if (document.querySelector('.tl-row, table.log-table tbody tr')) {
                (window as unknown as { fmp: number }).fmp = window.performance.now(); // the page's clock, not node's
                observer.disconnect();
              }
            }).observe(document, { childList: true, subtree: true });
          });
          await page.goto(`${base}/tab?${new URLSearchParams({ team: TEAM, view })}`);
          await page
            .waitForFunction(() => (window as unknown as { fmp?: number }).fmp !== undefined, undefined, { timeout: 10_000 })
            .catch(async (err: unknown) => {
              throw new Error(`${view}: ${(err as Error).message}\n${(await page.content()).slice(-1500)}`);
            });
          // The first load warms the server.
          if (i > 0) paint[view]!.push(await page.evaluate(() => (window as unknown as { fmp: number }).fmp));
          await page.context().close();
        }
      }
      const browser = `Chromium ${chrome.browser.version()} (${chrome.isolation})`;
      process.stdout.write(`\nFirst meaningful paint in ${browser}, ${LOADS - 1} fresh loads each:\n\n`);
      process.stdout.write('| view | p50 ms | max ms | goal < 1000 ms |\n| --- | --- | --- | --- |\n');
      for (const [view, times] of Object.entries(paint)) {
        const worst = Math.max(...times);
        const verdict = worst < 1000 ? 'met' : 'MISSED';
        process.stdout.write(`| ${view} | ${quantile(times, 0.5).toFixed(0)} | ${worst.toFixed(0)} | ${verdict} |\n`);
      }
    } finally {
      await chrome.close();
    }
  } finally {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
