// The tab as Teams shows it (issue 25): in Chromium, inside a stand-in for the Teams web client, a same-origin page
// that frames /tab?inTeams=1 and answers TeamsJS's messages as the host does (initialize, getContext with the team,
// locale and theme, authentication.getAuthToken with an SSO token signed by the test's Entra key stand-in). The bot
// runs with MicrosoftAppId: the page gets its team's data only with a token whose user the roster lists, and a valid
// token of another team's member gets nothing of it.
import assert from 'node:assert/strict';
import type { Frame, Page } from 'playwright-core';
import { TENANT } from '../support/botHarness';
import { TAB_TEAM } from '../support/tabSeed';
import { OLE, startSignedInTab, type SignedInTab } from '../support/tabSignIn';
import { chromiumAvailable, launchIsolated, type IsolatedBrowser } from '../support/browser';

interface HostSettings {
  /** The tab's address in the frame (default: the content page). */
  src?: string;
  /** The team the tab is in; none in the personal tab. */
  team?: string;
  token: string;
  locale: string;
  theme: string;
}

/** The host page: frames the tab and answers the TeamsJS calls it makes (the rest are one-way notices, kept in `calls`). */
function hostPage(s: HostSettings): string {
  // Teams opens a channel tab's settings page in the 'settings' frame context, its content in 'content'.
  const frameContext = s.src?.includes('/config') ? 'settings' : 'content';
  const runtime = {
    apiVersion: 4,
    isLegacyTeams: false,
    supports: { pages: { config: {}, appButton: {}, tabs: {}, backStack: {} }, teamsCore: {}, dialog: { url: {}, card: {} } },
  };
  const context = {
    locale: s.locale,
    theme: s.theme,
    teamId: s.team,
    entityId: 'tovholder',
    frameContext,
    hostClientType: 'web',
    tid: TENANT,
  };
  return `<!doctype html><html lang="da"><head><title>Teams stand-in</title></head><body>
<iframe id="tab" title="Tovholder" src="${s.src ?? '/tab?inTeams=1'}" style="width:1240px;height:820px;border:0"></iframe>
<script>
window.calls = [];
window.addEventListener('message', (ev) => {
  const m = ev.data;
  if (!m || typeof m.func !== 'string') return;
  window.calls.push(m.func);
  const reply = (args) => ev.source.postMessage({ id: m.id, uuidAsString: m.uuidAsString, args }, ev.origin);
  if (m.func === 'initialize') reply([${JSON.stringify(frameContext)}, 'web', ${JSON.stringify(JSON.stringify(runtime))}, '2.58.0']);
  else if (m.func === 'getContext') reply([${JSON.stringify(context)}]);
  else if (m.func === 'authentication.getAuthToken') reply([true, ${JSON.stringify(s.token)}]);
});
</script></body></html>`;
}

describe('the tab inside a Teams stand-in, signed in', function () {
  this.timeout(120_000);
  let tab: SignedInTab;
  let chrome: IsolatedBrowser;

  before(async function () {
    if (!chromiumAvailable()) {
      process.stderr.write('\n  SKIPPED: no Chromium at /usr/bin/chromium (apt-get install -y chromium)\n');
      this.skip();
    }
    tab = await startSignedInTab();
    chrome = await launchIsolated();
  });
  after(async () => {
    await chrome?.close();
    await tab?.stop();
  });

  async function openInTeams(settings: HostSettings): Promise<{ page: Page; frame: Frame }> {
    const page = await chrome.page(tab.h.baseUrl);
    await page.route(`${tab.h.baseUrl}/teams-stand-in`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: hostPage(settings) }),
    );
    await page.goto(`${tab.h.baseUrl}/teams-stand-in`);
    const frame = await (await page.waitForSelector('iframe#tab')).contentFrame();
    return { page, frame: frame! };
  }

  it('shows a member her team, in the Teams locale and theme, with the token Teams gave the page', async () => {
    const { page, frame } = await openInTeams({ team: TAB_TEAM, token: tab.token(), locale: 'en-gb', theme: 'dark' });
    await frame.waitForSelector('.tl-row');
    assert.equal(await frame.locator('.tl-rows > .tl-row').count(), 9, 'the 8 milestones and the plan');
    assert.equal(await frame.getAttribute('html', 'lang'), 'en');
    assert.equal(await frame.getAttribute('html', 'data-theme'), 'dark');
    assert.ok(await frame.locator('[role="tab"]', { hasText: 'Timeline' }).isVisible());
    const calls = await page.evaluate(() => (window as unknown as { calls: string[] }).calls);
    assert.ok(calls.includes('authentication.getAuthToken') && calls.includes('getContext'), calls.join(', '));
    await page.context().close();
  });

  it("gives another team's member nothing of this team: a valid token, the same team id, no data", async () => {
    const { page, frame } = await openInTeams({
      team: TAB_TEAM,
      token: tab.token({ oid: OLE, name: 'Ole' }),
      locale: 'da-dk',
      theme: 'default',
    });
    await frame.waitForSelector('[role="alert"]');
    assert.match(await frame.locator('[role="alert"]').innerText(), /ikke adgang til dette teams data/);
    assert.equal(await frame.locator('.tl-row').count(), 0);
    await page.context().close();
  });

  it("offers the channel tab's settings page: it tells what the tab shows and lets Teams save it", async () => {
    const { page, frame } = await openInTeams({
      src: '/tab/config?inTeams=1',
      team: TAB_TEAM,
      token: tab.token(),
      locale: 'da-dk',
      theme: 'default',
    });
    await frame.waitForSelector('main p');
    assert.match(await frame.locator('main p').innerText(), /Tryk Gem for at tilføje den/);
    await page.waitForFunction(() => (window as unknown as { calls: string[] }).calls.some((c) => c.endsWith('setValidityState')));
    await page.context().close();
  });

  it('opens the personal tab in the one team its user is a member of, with only what she logged or owns', async () => {
    const anne = await openInTeams({ src: '/tab?inTeams=1&mine=1', token: tab.token(), locale: 'da-dk', theme: 'default' });
    await anne.frame.waitForSelector('.tl-row');
    assert.match(await anne.frame.locator('h1').innerText(), /Tovholder · Mine/);
    assert.equal(await anne.frame.locator('.tl-rows > .tl-row').count(), 9, 'Anne pasted the timeline and wrote the plan');
    await anne.page.context().close();
    // Ole is in the other team only, and logged nothing there himself.
    const ole = await openInTeams({
      src: '/tab?inTeams=1&mine=1&view=log',
      token: tab.token({ oid: OLE, name: 'Ole' }),
      locale: 'da-dk',
      theme: 'default',
    });
    await ole.frame.waitForSelector('#view:not([aria-busy]) .empty');
    assert.equal(await ole.frame.locator('.log-table').count(), 0);
    await ole.page.context().close();
  });

  it('says sign-in failed for a token the bot does not accept (expired)', async () => {
    const { page, frame } = await openInTeams({ team: TAB_TEAM, token: tab.token({ exp: 1 }), locale: 'da-dk', theme: 'contrast' });
    await frame.waitForSelector('[role="alert"]');
    assert.match(await frame.locator('[role="alert"]').innerText(), /Log-ind lykkedes ikke/);
    await page.context().close();
  });
});
