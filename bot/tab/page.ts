// The tab's HTML page: a shell that loads the bundled front end (tab/, built into dist/public by scripts/build.js)
// and carries the words of both languages from the one catalog (i18n/catalog.ts), so the page can switch language
// without a round trip (it fills {name} and {n|one|other} as the catalog's fill() does). The Content-Security-Policy
// lets the page run only its own script and be framed only by Teams and the Microsoft 365 hosts (and itself).
import { CATALOG, type MessageId } from '../../i18n/catalog';

/** Every catalog text the page shows. */
export const TAB_WORDS = [
  'tab.title',
  'tab.nav.label',
  'tab.nav.timeline',
  'tab.nav.log',
  'tab.nav.matrix',
  'tab.nav.counts',
  'tab.zoom.label',
  'tab.zoom.quarter',
  'tab.zoom.year',
  'tab.zoom.all',
  'tab.zoom.earlier',
  'tab.zoom.later',
  'tab.today',
  'tab.undated',
  'tab.state.done',
  'tab.state.overdue',
  'tab.state.upcoming',
  'tab.state.ongoing',
  'tab.state.ended',
  'tab.type.event',
  'tab.type.deadline',
  'tab.type.plan',
  'tab.milestone',
  'tab.period',
  'tab.owner',
  'tab.tally',
  'tab.missing',
  'tab.timeline.cut',
  'tab.filter.label',
  'tab.filter.kind',
  'tab.filter.stakeholder',
  'tab.filter.experiment',
  'tab.filter.municipality',
  'tab.filter.author',
  'tab.filter.from',
  'tab.filter.to',
  'tab.filter.text',
  'tab.filter.all',
  'tab.filter.apply',
  'tab.filter.clear',
  'tab.col.date',
  'tab.col.kind',
  'tab.col.text',
  'tab.col.who',
  'tab.col.experiments',
  'tab.col.author',
  'tab.page.next',
  'tab.page.previous',
  'tab.page.total',
  'tab.page.number',
  'tab.empty',
  'tab.export.xlsx',
  'tab.export.csv',
  'tab.entry.history',
  'tab.entry.noHistory',
  'tab.entry.close',
  'tab.entry.written',
  'tab.entry.links',
  'tab.entry.participants',
  'tab.action.created',
  'tab.action.edited',
  'tab.action.undone',
  'tab.action.other',
  'tab.matrix.taking',
  'tab.matrix.results',
  'tab.matrix.status',
  'tab.matrix.experiment',
  'tab.matrix.runs',
  'tab.matrix.approvedOn',
  'tab.matrix.waiting',
  'tab.matrix.noRuns',
  'tab.counts.total',
  'tab.counts.byMonth',
  'tab.counts.byKind',
  'tab.counts.month',
  'tab.counts.count',
  'tab.language',
  'tab.forbidden',
  'tab.signInFailed',
  'tab.error',
  'tab.pickTeam',
  'tab.noTeams',
  'tab.loading',
  'tab.mine',
  'tab.config.text',
] as const satisfies readonly MessageId[];

/** Both languages' words, by id, unfilled. */
export function tabWords(): { da: Record<string, string>; en: Record<string, string> } {
  return {
    da: Object.fromEntries(TAB_WORDS.map((id) => [id, CATALOG[id].da])),
    en: Object.fromEntries(TAB_WORDS.map((id) => [id, CATALOG[id].en])),
  };
}

/** Hosts that may show the tab in a frame: Teams (classic and new), Outlook and the Microsoft 365 app. */
const FRAME_ANCESTORS = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://*.cloud.microsoft',
  'https://outlook.office.com',
].join(' ');

/** Only the page's own script, style and API; framed only by the hosts above. */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  `frame-ancestors ${FRAME_ANCESTORS}`,
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export const PAGE_HEADERS: Record<string, string> = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy': CSP,
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
};

/** The page. `<` in the JSON is escaped so no text can close the script element. */
export function tabPage(assetVersion: string): string {
  const words = JSON.stringify(tabWords()).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tovholder</title>
<link rel="stylesheet" href="/tab/static/main.css?v=${assetVersion}">
<script type="application/json" id="tab-words">${words}</script>
<script type="module" src="/tab/static/main.js?v=${assetVersion}"></script>
</head>
<body>
<div id="app" aria-live="polite"><p class="loading">Henter… / Loading…</p></div>
</body>
</html>
`;
}
