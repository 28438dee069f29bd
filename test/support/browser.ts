// Real Chromium for the tab's tests: Debian's `chromium` (scripts/ensure-deps.js installs it for `npm test` where it
// is missing), driven by playwright-core over a pipe (no DevTools port). The browser runs inside `unshare -n`, a
// network namespace of its own with no route anywhere, not even to this machine's loopback; every request the page
// makes is handed to the test over the DevTools pipe (page.route), which sends it to the bot on 127.0.0.1 from this
// process (route.fetch) and gives the browser the bot's answer. Where `unshare -n` is not allowed (not root, no user
// namespaces), the browser runs without it and the same routing still keeps every page request on loopback; the
// background services that could reach out are off (--disable-background-networking and the rest).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function chromiumAvailable(): boolean {
  return fs.existsSync(CHROMIUM);
}

/** True when this process may start a program in a new network namespace. */
function canUnshare(): boolean {
  return spawnSync('unshare', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
}

export interface IsolatedBrowser {
  browser: Browser;
  /** 'unshare -n' or 'no namespace (routing only)'. */
  isolation: string;
  /** A page whose every request is answered by the server at `baseUrl` (anything else is aborted). */
  page(baseUrl: string, options?: { colorScheme?: 'light' | 'dark'; forcedColors?: 'active' | 'none' }): Promise<Page>;
  close(): Promise<void>;
}

export async function launchIsolated(): Promise<IsolatedBrowser> {
  const unshare = canUnshare();
  let executablePath = CHROMIUM;
  let wrapperDir: string | undefined;
  if (unshare) {
    wrapperDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tovholder-chromium-'));
    executablePath = path.join(wrapperDir, 'chromium-no-network');
    fs.writeFileSync(executablePath, `#!/bin/sh\nexec unshare -n ${CHROMIUM} "$@"\n`, { mode: 0o755 });
  }
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-domain-reliability',
    ],
  });
  return {
    browser,
    isolation: unshare ? 'unshare -n' : 'no namespace (routing only)',
    async page(baseUrl, options = {}) {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 860 },
        colorScheme: options.colorScheme,
        forcedColors: options.forcedColors,
        locale: 'da-DK',
      });
      await context.route('**/*', async (route) => {
        if (!route.request().url().startsWith(`${baseUrl}/`)) return route.abort('blockedbyclient');
        const response = await route.fetch();
        await route.fulfill({ response });
      });
      return context.newPage();
    },
    async close() {
      await browser.close();
      if (wrapperDir) fs.rmSync(wrapperDir, { recursive: true, force: true });
    },
  };
}

/** axe-core's serious and critical violations on the page as it is now ("id: target" lines). */
export async function axeViolations(page: Page): Promise<string[]> {
  const source = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated over the DevTools pipe: the page's CSP (script-src 'self') rightly refuses an inline script tag.
  await page.evaluate(source);
  const results = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: Document,
            opts: object,
          ): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }>;
        };
      }
    ).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join(', ')}`,
    );
}
