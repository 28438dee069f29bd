// A colleague's own data in one scope (`/mine data`), read once for the card and for the file: entries they wrote or
// took part in, deadlines and events they created, the changes they made, the settings they changed last, and in the
// experiments' registry the statuses they set, the results they added and the approvals they marked or undid. Every
// read is by their Entra object id. The file goes through a short-lived signed link (domain/downloadToken.ts) that
// names the person and the scope; bot/downloadLinks.ts serves it. SDK-neutral.
import type { Services } from './services';
import type { Turn } from './turn';
import type { LogEntry } from '../domain/logEntry';
import type { Item } from '../domain/items';
import type { ChangeRecord } from '../domain/history';
import type { StatusChange } from '../domain/experiments';
import type { SettingsChange } from '../storage/scopeRepository';
import type { ExperimentResult } from '../storage/experimentRepository';
import type { ApprovalEvent } from '../storage/itemRepository';
import { DOWNLOAD_TTL_SECONDS, signMyData, type MyDataClaims, type MyDataFormat } from '../domain/downloadToken';

export interface ApprovalMarked extends ApprovalEvent {
  itemId: string;
  /** The approval run's title ("Politisk godkendelse i alle kommuner"), when the run is still kept. */
  title: string;
}

export interface MyData {
  aadObjectId: string;
  /** Newest first, each list. */
  entries: LogEntry[];
  takenPart: LogEntry[];
  items: Item[];
  changes: ChangeRecord[];
  settings: SettingsChange[];
  statuses: Array<{ experiment: string; change: StatusChange }>;
  results: ExperimentResult[];
  approvals: ApprovalMarked[];
}

type Sources = Pick<Services, 'log' | 'items' | 'history' | 'scopes' | 'experiments'>;

/** Everything stored about one colleague in one scope, by their Entra object id (eight reads, in parallel). */
export async function loadMyData(services: Sources, scopeKey: string, aadObjectId: string): Promise<MyData> {
  const [entries, takenPart, items, changes, settings, registry, marks, runs] = await Promise.all([
    services.log.writtenBy(scopeKey, aadObjectId),
    services.log.withParticipant(scopeKey, aadObjectId),
    services.items.writtenBy(scopeKey, aadObjectId),
    services.history.madeBy(scopeKey, aadObjectId),
    services.scopes.settingsChangedBy(scopeKey, aadObjectId),
    services.experiments.writtenBy(scopeKey, aadObjectId),
    services.items.marksBy(scopeKey, aadObjectId),
    services.items.approvalRuns(scopeKey),
  ]);
  const titles = new Map(runs.map((r) => [r.id, r.title]));
  return {
    aadObjectId,
    entries: [...entries].reverse(),
    takenPart: [...takenPart].reverse(),
    items,
    changes,
    settings,
    statuses: registry.statuses,
    results: registry.results,
    approvals: marks.map((m) => ({ ...m, title: titles.get(m.itemId) ?? '' })),
  };
}

/** The links to this turn's colleague's own data in this scope, one per format; undefined without a public address. */
export async function myDataLinks(
  services: Pick<Services, 'publicUrl' | 'downloadKeys' | 'clock'>,
  turn: Turn,
): Promise<Record<MyDataFormat, string> | undefined> {
  const base = services.publicUrl();
  if (!base) return undefined;
  const key = await services.downloadKeys.key();
  const claims = (format: MyDataFormat): MyDataClaims => ({
    kind: 'myData',
    scope: turn.scope.key,
    person: turn.author.aadObjectId,
    format,
    lang: turn.lang,
    zone: turn.zone,
    today: turn.now.toISODate()!,
    exp: Math.floor(services.clock.now().toSeconds()) + DOWNLOAD_TTL_SECONDS, // the server's clock
  });
  return {
    xlsx: `${base}/download/${signMyData(claims('xlsx'), key)}`,
    json: `${base}/download/${signMyData(claims('json'), key)}`,
  };
}
