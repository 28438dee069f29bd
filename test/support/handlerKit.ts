// Handlers without HTTP: a command's or a card action's handler run directly on a Turn, against the real
// repositories over an embedded store of the test's own (a SQLite file in a temp folder). The fast tests under
// test/unit/bot/commands use it; the end-to-end tests keep what crosses the wire.
import * as fs from 'node:fs';
import { DateTime } from 'luxon';
import { servicesOn } from '../../bot/app';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/logger';
import type { Services } from '../../bot/services';
import type { Turn } from '../../bot/turn';
import { allCommands, allHelp } from '../../bot/commands/registry';
import { runAction, type ActionResult, type CommandDescriptor, type Reply } from '../../bot/commands/types';
import { ensureTables, openSqliteTables } from '../../storage/tables';
import { SqliteDatabase } from '../../storage/sqliteDatabase';
import type { Colleague, Lang } from '../../domain/types';
import { tempDir } from './backends';

export const KIT_SCOPE = 'tenant|team|t1';

export interface HandlerKit {
  services: Services;
  /** What the handlers logged, one JSON line each. */
  logs: string[];
  /** A turn in the kit's team at `iso` (Copenhagen time), by Anne unless `author` says otherwise; `teamId` puts it in
   *  another team of the tenant (KIT_SCOPE is team t1's), `personal` in a personal chat. */
  turn(iso?: string, opts?: { lang?: Lang; author?: Turn['author']; activityId?: string; teamId?: string; personal?: boolean }): Turn;
  /** Runs `command` with `args` on `turn`, as the turn loop would. */
  run(command: CommandDescriptor, args: string, turn?: Turn): Promise<Reply[]>;
  /** Presses a button: the action with `verb` among every command's, on the button's raw data; `roster` stands for
   *  the connector's list of the conversation's members. */
  press(verb: string, data: Record<string, unknown>, turn?: Turn, roster?: Colleague[]): Promise<ActionResult>;
  close(): void;
}

const ANNE = { name: 'Anne Sørensen', aadObjectId: '00000000-0000-0000-0000-0000000000a1', id: '29:anne' };
let activities = 0;

export async function handlerKit(env: Record<string, string> = {}): Promise<HandlerKit> {
  const dir = tempDir('tovholder-kit-');
  const database = SqliteDatabase.open(dir);
  const tables = openSqliteTables(database, () => new Date());
  await ensureTables(tables);
  const config = loadConfig({ DATA_DIR: dir, TABLES_CONNECTION_STRING: '', ...env });
  const logs: string[] = [];
  const logger = createLogger(
    'info',
    (line) => logs.push(line),
    () => new Date(0),
  );
  const clock = { now: () => DateTime.fromISO('2024-11-20T09:00:00Z') };
  const erasures = { journal: { record: async () => undefined }, purge: async () => undefined } as unknown as Services['erasures'];
  const services = servicesOn(tables, config, logger, clock, () => 'http://127.0.0.1:3978', erasures);
  const actions = new Map(allCommands.flatMap((c) => c.actions ?? []).map((a) => [a.verb, a]));
  const turn: HandlerKit['turn'] = (iso = '2024-11-20T10:00', opts = {}) => ({
    now: DateTime.fromISO(iso, { zone: 'Europe/Copenhagen' }),
    zone: 'Europe/Copenhagen',
    lang: opts.lang ?? 'da',
    scope: opts.personal
      ? { key: 'tenant|personal|29:anne', kind: 'personal', tenantId: 'tenant' }
      : { key: opts.teamId ? `tenant|team|${opts.teamId}` : KIT_SCOPE, kind: 'team', tenantId: 'tenant', teamId: opts.teamId ?? 't1' },
    author: opts.author ?? ANNE,
    activityId: opts.activityId ?? `activity-${++activities}`,
    conversationId: '19:general@thread.tacv2',
    mentions: [],
  });
  return {
    services,
    logs,
    turn,
    run: (command, args, t = turn()) => command.run({ turn: t, args, services, help: allHelp }),
    press(verb, data, t = turn(), roster) {
      const action = actions.get(verb);
      if (!action) throw new Error(`no action has the verb ${verb}`);
      return runAction(action, t, services, data, roster ? { roster: async () => roster } : {});
    },
    close() {
      database.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Every text a reply shows: its text, and its card's text blocks, facts and button titles. */
export function shownText(replies: readonly Reply[] | ActionResult): string {
  const one = replies as ActionResult;
  const list: readonly Reply[] = Array.isArray(replies) ? replies : ['message' in one ? { text: one.message } : { card: one.card }];
  const parts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) for (const n of node) walk(n);
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (typeof v === 'string' && ['text', 'title', 'value'].includes(k)) parts.push(v);
        else walk(v);
      }
    }
  };
  for (const reply of list) {
    if (reply.text) parts.push(reply.text);
    walk(reply.card);
  }
  return parts.join('\n');
}
