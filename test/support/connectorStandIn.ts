// A small local stand-in for the Bot Connector service: it receives the bot's replies (and proactive messages) the way
// the real one does, answers the member look-ups TeamsInfo makes, and can be told to fail, for tests of errors.
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedActivity {
  conversationId: string;
  replyToId?: string;
  activity: Record<string, any>;
  authorization?: string;
}

export interface CreatedConversation {
  body: Record<string, any>;
  id: string;
}

/** A status to answer with, or `hang`: take the request and never answer (a connector that hangs). */
export type FailureRule = (
  method: string,
  path: string,
  body: Record<string, any>,
) => { status: number; headers?: Record<string, string> } | { hang: true } | undefined;

export class ConnectorStandIn {
  readonly received: ReceivedActivity[] = [];
  readonly created: CreatedConversation[] = [];
  readonly updated: ReceivedActivity[] = [];
  failure: FailureRule | undefined;
  /** Requests taken and never answered (FailureRule hang). */
  hung = 0;
  /** The hung requests' answers, held back until releaseHung(). */
  private held: Array<() => void> = [];
  /** The teams TeamsInfo.getTeamDetails finds: their names by team id (any other is a 404). */
  readonly teams = new Map<string, string>();
  /** The members TeamsInfo.getMember finds, by their "29:" id; an id not here is answered as "Test User". */
  readonly members = new Map<string, { name: string; aadObjectId: string; userPrincipalName?: string }>();
  /** Teams' rosters by team id, for the tab's membership check: a member look-up in a team listed here answers 404
   *  (MemberNotFoundInConversation) for an id not in its set. Teams not listed answer every look-up as above. */
  readonly rosters = new Map<string, Set<string>>();
  /** The single-member look-ups made ("<conversation>/<member id>"), in order. */
  readonly memberLookups: string[] = [];
  /** Called with every activity the bot sends (replies, updates and new threads). */
  onActivity: ((activity: Record<string, any>) => void) | undefined;
  private server: http.Server | undefined;
  private waiters: Array<() => void> = [];
  private counter = 0;

  get url(): string {
    const address = this.server?.address() as AddressInfo;
    return `http://127.0.0.1:${address.port}/`;
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  clear(): void {
    this.received.length = 0;
    this.created.length = 0;
    this.updated.length = 0;
  }

  /** Waits until `count` activities have arrived in total (replies are sent after the HTTP answer, for some turns). */
  async waitFor(count: number, timeoutMs = 5000): Promise<ReceivedActivity[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.received.length < count) {
      if (Date.now() > deadline) throw new Error(`connector stand-in got ${this.received.length} activities, expected ${count}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
    return this.received.slice(0, count);
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const body = text ? JSON.parse(text) : {};
    const path = decodeURIComponent((req.url ?? '').split('?')[0]);
    const failure = this.failure?.(req.method ?? '', path, body);
    if (failure && 'hang' in failure) {
      this.hung++;
      this.held.push(() => this.answer(req, res, path, body));
      return; // stop() closes the connection, or releaseHung() answers it
    }
    if (failure) {
      res.writeHead(failure.status, { 'content-type': 'application/json', ...failure.headers });
      res.end(JSON.stringify({ error: { code: 'StandInFailure', message: `stand-in answers ${failure.status}` } }));
      return;
    }
    this.answer(req, res, path, body);
  }

  /** Answers the requests held by a hang as if the connector had only been slow (a test that need not wait a timeout out). */
  releaseHung(): void {
    for (const answer of this.held.splice(0)) answer();
  }

  private answer(req: http.IncomingMessage, res: http.ServerResponse, path: string, body: any) {
    const reply = (status: number, json: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(json));
    };
    const activityPath = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(path);
    const membersPath = /^\/v3\/conversations\/([^/]+)\/(?:pagedmembers|members)(?:\/([^/]+))?$/.exec(path);
    if (req.method === 'POST' && activityPath) {
      const m = activityPath;
      this.received.push({ conversationId: m[1], replyToId: m[2], activity: body, authorization: req.headers.authorization });
      this.onActivity?.(body);
      for (const w of this.waiters.splice(0)) w();
      return reply(200, { id: `activity-${++this.counter}` });
    }
    if (req.method === 'PUT' && activityPath?.[2]) {
      const m = activityPath;
      this.updated.push({ conversationId: m[1], replyToId: m[2], activity: body });
      this.onActivity?.(body);
      return reply(200, { id: m[2] });
    }
    if (req.method === 'POST' && path === '/v3/conversations') {
      // A new thread in a channel: Teams answers with the new conversation's id "<channel>;messageid=<id>".
      const id = `${body.channelData?.channel?.id ?? 'conv'};messageid=${++this.counter}`;
      this.created.push({ body, id });
      if (body.activity) {
        this.received.push({ conversationId: id, activity: body.activity, authorization: req.headers.authorization });
        this.onActivity?.(body.activity);
        for (const w of this.waiters.splice(0)) w();
      }
      return reply(201, { id, activityId: `activity-${this.counter}` });
    }
    if (req.method === 'GET' && membersPath) {
      const m = membersPath;
      if (m[2]) this.memberLookups.push(`${m[1]}/${m[2]}`);
      const roster = this.rosters.get(m[1]);
      if (m[2] && roster && !roster.has(m[2]))
        return reply(404, { error: { code: 'MemberNotFoundInConversation', message: 'member not found' } });
      const known = m[2] ? this.members.get(m[2]) : undefined;
      const member = known
        ? { id: m[2], ...known }
        : {
            id: m[2] ?? '29:user',
            name: 'Test User',
            aadObjectId: '00000000-0000-0000-0000-000000000001',
            userPrincipalName: 'test@example.invalid',
          };
      // The roster, paged as Teams pages it: every member the stand-in was told of.
      if (!m[2] && path.includes('/pagedmembers')) {
        return reply(200, { members: [...this.members].map(([id, person]) => ({ id, ...person })) });
      }
      return reply(200, m[2] ? member : [member]);
    }
    const teamPath = /^\/v3\/teams\/([^/]+)$/.exec(path);
    if (req.method === 'GET' && teamPath) {
      const m = teamPath;
      const teamId = decodeURIComponent(m[1]!);
      const name = this.teams.get(teamId);
      if (name) return reply(200, { id: teamId, name, aadGroupId: '00000000-0000-4000-8000-0000000000aa' });
    }
    reply(404, { error: { code: 'NotFound', message: `stand-in has no ${req.method} ${path}` } });
  }
}
