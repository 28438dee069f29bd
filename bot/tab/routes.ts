// The tab on the bot's own server (issue 25): GET /tab (the page), /tab/static/* (its script and style, built by
// scripts/build.js into dist/public) and the read-only JSON API under /tab/api/. Every API answer is for one team:
// - with MicrosoftAppId: the request carries a Teams SSO token (bot/tab/entraToken.ts), and the Bot Connector
//   confirms that its user is a member of the team asked for (bot/tab/roster.ts). The token's tenant is part of the
//   team's scope key, so a token from one tenant never reads another tenant's team of the same id.
// - without it (local anonymous mode, loopback only, as the bot): any team the bot knows, no token.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import type * as restify from 'restify';
import type { Services } from '../services';
import type { ConversationRef } from '../../storage/conversationRepository';
import type { Clock } from '../ports';
import type { Logger } from '../logger';
import { describeError } from '../logger';
import type { Lang } from '../../domain/types';
import { ENTRY_KINDS, type EntryKind } from '../../domain/vocabulary';
import { foldForSearch, searchWords } from '../../domain/text';
import type { LogEntry } from '../../domain/logEntry';
import { countEntries, statusGroups } from '../../domain/report';
import { teamScopeKey } from '../teams/activityTurn';
import { StorageUnavailableError } from '../../storage/tableStore';
import { loadReport } from '../reportData';
import { buildCsv } from '../../reports/csv';
import type * as XlsxModule from '../../reports/xlsx';
import type { TabUser, TokenVerifier } from './entraToken';
import type { TeamRoster } from './roster';
import { PAGE_HEADERS, tabPage } from './page';
import { counts, entryWithHistory, filterOptions, logTable, matrix, timeline } from './queries';
import type { LogFilter } from './logQuery';

/** The built front end: dist/public beside dist/bot. */
export const PUBLIC_DIR = path.resolve(__dirname, '..', '..', 'public');
/** The most entries one export file holds. */
export const EXPORT_MAX = 20_000;
/** The most teams the personal tab offers (each is a roster look-up). */
const TEAMS_MAX = 25;

export interface TabParts {
  services: Services;
  clock: Clock;
  logger: Logger;
  /** Set with MicrosoftAppId: the SSO token's check and the team membership check. */
  signIn?: { verifier: TokenVerifier; roster: TeamRoster };
  publicDir?: string;
}

type Query = Record<string, string | undefined>;
interface Access {
  scopeKey: string;
  user?: TabUser;
}
class Refusal {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly reason?: string,
  ) {}
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const TEAM_ID = /^[^\s]{1,200}$/;

function queryOf(req: restify.Request): Query {
  const url = new URL(req.url ?? '/', 'http://tab.invalid');
  const q: Query = {};
  for (const [k, v] of url.searchParams) if (v.length <= 500) q[k] = v;
  return q;
}

/** The tab's ?lang= selection: a language the bot speaks, else Danish. */
const TAB_LANGS: ReadonlySet<string> = new Set<Lang>(['da', 'en']);
function langOf(q: Query): Lang {
  return q.lang !== undefined && TAB_LANGS.has(q.lang) ? (q.lang as Lang) : 'da';
}

/** The log filter from the query: unknown kinds and malformed dates are refused, not ignored. */
export function filterOf(q: Query): LogFilter {
  const f: LogFilter = {};
  if (q.kind) {
    if (!ENTRY_KINDS.includes(q.kind as EntryKind)) throw new Refusal(400, 'unknown kind');
    f.kind = q.kind as EntryKind;
  }
  for (const name of ['from', 'to'] as const) {
    const v = q[name];
    if (v && !ISO_DAY.test(v)) throw new Refusal(400, `${name} must be a date yyyy-mm-dd`);
    if (v) f[name] = v;
  }
  for (const name of ['stakeholder', 'experiment', 'municipality', 'author', 'text'] as const) {
    const v = q[name]?.trim();
    if (v) f[name] = v.slice(0, 200);
  }
  return f;
}

/** The same filter over entries in hand (the export reads the period's entries once): what the index answers page by page. */
export function matchesFilter(e: LogEntry, f: LogFilter): boolean {
  const has = (names: readonly string[], v: string) => names.some((n) => foldForSearch(n) === foldForSearch(v));
  if (f.kind && e.kind !== f.kind) return false;
  if (f.from && e.happenedOn < f.from) return false;
  if (f.to && e.happenedOn > f.to) return false;
  if (f.stakeholder && !has(e.stakeholders, f.stakeholder)) return false;
  if (f.experiment && !has(e.experiments, f.experiment)) return false;
  if (f.municipality && !has(e.municipalities, f.municipality)) return false;
  if (f.authorAadId && e.authorAadId !== f.authorAadId) return false;
  if (f.author) {
    const name = foldForSearch(e.authorName);
    const asked = foldForSearch(f.author);
    if (name !== asked && !name.startsWith(`${asked} `)) return false;
  }
  if (f.text) {
    const words = searchWords(f.text);
    if (words.length === 0 || !words.every((w) => e.words.some((x) => x.startsWith(w)))) return false;
  }
  return true;
}

function assetVersion(dir: string): string {
  try {
    return createHash('sha256')
      .update(fs.readFileSync(path.join(dir, 'main.js')))
      .digest('hex')
      .slice(0, 12);
  } catch {
    return 'missing';
  }
}

const STATIC_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
};

export function mountTab(server: restify.Server, parts: TabParts): void {
  const { services, clock, logger, signIn } = parts;
  const publicDir = parts.publicDir ?? PUBLIC_DIR;
  const page = () => tabPage(assetVersion(publicDir));

  for (const route of ['/tab', '/tab/config']) {
    server.get(route, (_req, res, next) => {
      res.writeHead(200, PAGE_HEADERS);
      res.end(page());
      return next();
    });
  }

  server.get('/tab/static/*', (req, res, next) => {
    const name = String((req.params as Record<string, unknown>)['*'] ?? '');
    const type = STATIC_TYPES[path.extname(name)];
    const file = path.join(publicDir, name);
    if (!/^[\w.-]{1,100}$/.test(name) || !type || !fs.existsSync(file)) {
      res.send(404, { error: 'not found' });
      return next();
    }
    const body = fs.readFileSync(file);
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Length': body.length,
      'Cache-Control': 'public, max-age=3600',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(body);
    return next();
  });

  const today = () => clock.now().setZone(services.config.timezone).toISODate()!;

  /** Who asks (SSO) and for which team's data; a Refusal when they may not have it. */
  async function access(req: restify.Request, q: Query): Promise<Access> {
    const team = q.team;
    if (!team || !TEAM_ID.test(team)) throw new Refusal(400, 'team is missing');
    if (!signIn) {
      // Local anonymous mode: a team the bot knows (the tenant from its reference, or as asked).
      const refs = (await services.conversations.all()).filter(
        (r) => r.kind === 'team' && r.teamId === team && (!q.tenant || r.tenantId === q.tenant.toLowerCase()),
      );
      if (refs.length === 0) throw new Refusal(404, 'no such team');
      return { scopeKey: refs[0]!.scopeKey };
    }
    const user = await signedIn(req);
    const scopeKey = teamScopeKey(user.tenantId, team);
    let member: boolean;
    try {
      member = await signIn.roster.isMember(scopeKey, user.aadObjectId, clock.now().toMillis());
    } catch (err) {
      logger.warn('tab_roster_failed', describeError(err));
      throw new Refusal(503, 'membership could not be checked');
    }
    if (!member) throw new Refusal(403, 'forbidden', 'not a member of the team');
    return { scopeKey, user };
  }

  async function signedIn(req: restify.Request): Promise<TabUser> {
    const check = await signIn!.verifier.verify(req.headers.authorization);
    if (!check.ok) throw new Refusal(401, 'unauthorized', check.reason);
    return check.user;
  }

  /** The answer to whatever failed: a refusal as such (401 and 403 one log line, no detail to the caller), storage
   *  down as 503 (the page says "try again in a moment"), anything else 500 with its cause in the log. */
  function failed(req: restify.Request, res: restify.Response, name: string, err: unknown): void {
    if (err instanceof Refusal) {
      if (err.status === 401 || err.status === 403) {
        logger.warn('tab_refused', { status: err.status, reason: err.reason ?? err.error, remote: req.socket.remoteAddress });
      }
      return void res.send(err.status, { error: err.error });
    }
    if (err instanceof StorageUnavailableError) {
      logger.warn('tab_storage_unavailable', { api: name, ...describeError(err) });
      return void res.send(503, { error: 'storage unavailable' });
    }
    logger.error('tab_api_failed', { api: name, ...describeError(err) });
    res.send(500, { error: 'internal error' });
  }

  /** A GET under /tab/api/ answering JSON; refusals are one log line, no detail to the caller. */
  function api(name: string, answer: (q: Query, a: Access, lang: Lang) => Promise<unknown>): void {
    server.get(`/tab/api/${name}`, async (req, res) => {
      const q = queryOf(req);
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      try {
        const body = await answer(q, await access(req, q), langOf(q));
        if (body === undefined) return void res.send(404, { error: 'not found' });
        res.send(200, body);
      } catch (err) {
        failed(req, res, name, err);
      }
    });
  }

  /** The personal tab's "mine": only what the signed-in colleague logged or owns. */
  const mineOf = (q: Query, a: Access) => (q.mine === '1' ? (a.user?.aadObjectId ?? q.me) : undefined);

  api('timeline', (q, a, lang) => timeline(services, a.scopeKey, today(), lang, mineOf(q, a)));
  api('log', (q, a, lang) => {
    const size = Number(q.size ?? 25);
    return logTable(
      services,
      a.scopeKey,
      { ...filterOf(q), ...(mineOf(q, a) ? { authorAadId: mineOf(q, a) } : {}) },
      Number.isFinite(size) ? size : 25,
      q.after,
      lang,
    );
  });
  api('entry', (q, a, lang) => (q.key ? entryWithHistory(services, a.scopeKey, q.key, lang) : Promise.resolve(undefined)));
  api('matrix', (_q, a, lang) => matrix(services, a.scopeKey, lang));
  api('counts', (q, a, lang) => {
    const f = filterOf(q);
    const to = f.to ?? today();
    const from = f.from ?? `${Number(to.slice(0, 4)) - 1}${to.slice(4)}`;
    if (from > to) throw new Refusal(400, 'from is after to');
    return counts(services, a.scopeKey, from, to, lang);
  });
  api('options', (_q, a, lang) => filterOptions(services, a.scopeKey, lang));

  // The teams to choose from where the page has none (the personal tab, a browser in local mode).
  server.get('/tab/api/teams', async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    try {
      const teams = (await services.conversations.all()).filter((r) => r.kind === 'team' && r.teamId);
      const named = (r: ConversationRef) => (r.teamName ? { name: r.teamName } : {});
      if (!signIn) return void res.send(200, { teams: teams.map((r) => ({ team: r.teamId, tenant: r.tenantId, ...named(r) })) });
      const user = await signedIn(req);
      // Asked at once (each look-up has its own timeout); a team whose roster cannot be read now is left out.
      const candidates = teams.filter((t) => t.tenantId === user.tenantId).slice(0, TEAMS_MAX);
      const member = await Promise.all(
        candidates.map((r) => signIn.roster.isMember(r.scopeKey, user.aadObjectId, clock.now().toMillis()).catch(() => false)),
      );
      res.send(200, { teams: candidates.filter((_r, i) => member[i]).map((r) => ({ team: r.teamId!, ...named(r) })) });
    } catch (err) {
      failed(req, res, 'teams', err);
    }
  });

  for (const format of ['xlsx', 'csv'] as const) {
    server.get(`/tab/api/export.${format}`, async (req, res) => {
      const q = queryOf(req);
      try {
        const a = await access(req, q);
        const lang = langOf(q);
        const f = { ...filterOf(q), ...(mineOf(q, a) ? { authorAadId: mineOf(q, a) } : {}) };
        const to = f.to ?? `${today().slice(0, 4)}-12-31`;
        const from = f.from ?? (await services.log.firstDayFrom(a.scopeKey)) ?? to;
        const data = await loadReport(services, a.scopeKey, { from, to, label: `${from} – ${to}` }, today(), services.config.timezone);
        const entries = data.entries.filter((e) => matchesFilter(e, f)).slice(-EXPORT_MAX);
        const filtered = { ...data, entries, groups: statusGroups(entries), counts: countEntries(entries, { start: from, end: to }) };
        const body =
          format === 'csv'
            ? buildCsv(filtered, lang, services.config.timezone)
            : await (require('../../reports/xlsx') as typeof XlsxModule).buildWorkbook(filtered, lang, services.config.timezone);
        res.writeHead(200, {
          'Content-Type':
            format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'Content-Length': body.length,
          'Content-Disposition': `attachment; filename="tovholder-log-${from}-${to}.${format}"`,
          'Cache-Control': 'no-store',
          'X-Content-Type-Options': 'nosniff',
        });
        res.end(body);
      } catch (err) {
        failed(req, res, `export.${format}`, err);
      }
    });
  }
}
