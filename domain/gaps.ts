// "Hvad skal vi gøre mere?": the slack threads of a team's advocacy, worked out from its log and registry. Pure: the
// caller reads the entries, the stakeholders, the experiments and their results once, and passes "today".
//
// - A stakeholder not contacted within its kind's threshold (an entry tagged with it counts as contact, a done plan
//   too: it became an entry). The media are one line: any entry naming an outlet, or a press entry, is contact.
// - A result never told: no press entry or letter about its experiment on or after the day the result was added.
// - A result never used: no entry linked to it ("Brugt resultat").
// - An experiment (not ended) or a municipality with nothing logged in the quiet period (default three months).
import { DateTime } from 'luxon';
import type { IsoDate, Failure } from './types';
import type { EntryKind } from './vocabulary';

export type StakeholderKind = 'parliament' | 'ministry' | 'kl' | 'star' | 'media' | 'other';
export const STAKEHOLDER_KINDS: readonly StakeholderKind[] = ['parliament', 'ministry', 'kl', 'star', 'media', 'other'];

/** How many months without contact make a gap, by kind; undefined: no gap is told for that kind. */
export type Thresholds = Record<StakeholderKind, number | undefined>;

/** The parliament, ministries and STAR a quarter; KL and KKR, which the group meets often, two months; the media a
 *  month (a result is news for a short while); other stakeholders only when the team sets a threshold. */
export const DEFAULT_THRESHOLDS: Thresholds = { parliament: 3, ministry: 3, kl: 2, star: 3, media: 1, other: undefined };
export const DEFAULT_QUIET_MONTHS = 3;
export const MAX_MONTHS = 36;

export interface GapSettings {
  thresholds: Thresholds;
  /** Experiments and municipalities with nothing logged for this many months are gaps. */
  quietMonths: number;
  /** The first digest of each month carries a short "Huller" section. */
  inDigest: boolean;
}

export const DEFAULT_GAP_SETTINGS: GapSettings = {
  thresholds: { ...DEFAULT_THRESHOLDS },
  quietMonths: DEFAULT_QUIET_MONTHS,
  inDigest: true,
};

/** A stakeholder's kind, from its name and whether it is an outlet. */
export function stakeholderKind(s: { name: string; outlet: boolean }): StakeholderKind {
  if (s.outlet) return 'media';
  const name = s.name.toLocaleLowerCase('da');
  if (name.startsWith('folketing')) return 'parliament';
  if (name.includes('minist')) return 'ministry';
  if (name === 'kl' || name.startsWith('kkr')) return 'kl';
  if (name === 'star') return 'star';
  return 'other';
}

/** What the gaps are read from: an entry's parts that count. */
export interface GapEntry {
  kind: EntryKind;
  happenedOn: IsoDate;
  stakeholders: readonly string[];
  outlets: readonly string[];
  experiments: readonly string[];
  municipalities: readonly string[];
  result?: { id: string };
}

export interface GapResult {
  id: string;
  experiment: string;
  text: string;
  addedOn: IsoDate;
}
export interface GapExperiment {
  name: string;
  ended: boolean;
}

export interface GapSources {
  /** What the log says, summed up once (summarizeLog); the caller may keep it until the log changes. */
  log: LogSummary;
  stakeholders: readonly { name: string; outlet: boolean }[];
  experiments: readonly GapExperiment[];
  results: readonly GapResult[];
  municipalities: readonly string[];
}

/** The last day of contact per stakeholder, experiment and municipality (names folded to lower case), the last press
 *  day, the last day of press or a letter about each experiment, and the results entries used: all a gap needs of
 *  the log, however long it is. */
export interface LogSummary {
  stakeholders: ReadonlyMap<string, IsoDate>;
  experiments: ReadonlyMap<string, IsoDate>;
  municipalities: ReadonlyMap<string, IsoDate>;
  media?: IsoDate;
  told: ReadonlyMap<string, IsoDate>;
  used: ReadonlySet<string>;
}

export type Gap =
  | { kind: 'stakeholder'; name: string; stakeholderKind: StakeholderKind; months: number; last?: IsoDate }
  | { kind: 'media'; months: number; last?: IsoDate }
  | { kind: 'untold'; result: GapResult }
  | { kind: 'unused'; result: GapResult }
  | { kind: 'quietExperiment'; name: string; months: number; last?: IsoDate }
  | { kind: 'quietMunicipality'; name: string; months: number; last?: IsoDate };

/** The day `months` months before `today` (the first day that still counts as recent). */
export function monthsBefore(today: IsoDate, months: number): IsoDate {
  return DateTime.fromISO(today, { zone: 'utc' }).minus({ months }).toISODate() as IsoDate;
}

function latest(map: Map<string, IsoDate>, key: string, day: IsoDate): void {
  const was = map.get(key);
  if (was === undefined || day > was) map.set(key, day);
}

const fold = (name: string) => name.toLocaleLowerCase('da');

/** A summary being built, page by page (the log of a large team is read in pages). */
interface LogSummaryDraft {
  stakeholders: Map<string, IsoDate>;
  experiments: Map<string, IsoDate>;
  municipalities: Map<string, IsoDate>;
  told: Map<string, IsoDate>;
  used: Set<string>;
  media?: IsoDate;
}

/** The summary folded one page of entries at a time, and merged from chunks: what LogRepository.summaryOf takes. */
export const gapsLogFold = {
  start(): LogSummary {
    return { stakeholders: new Map(), experiments: new Map(), municipalities: new Map(), told: new Map(), used: new Set() };
  },
  add(summary: LogSummary, entries: Iterable<GapEntry>): void {
    const s = summary as LogSummaryDraft;
    for (const e of entries) {
      for (const name of e.stakeholders) latest(s.stakeholders, fold(name), e.happenedOn);
      for (const x of e.experiments) latest(s.experiments, fold(x), e.happenedOn);
      for (const m of e.municipalities) latest(s.municipalities, fold(m), e.happenedOn);
      if ((e.outlets.length > 0 || e.kind === 'press') && (s.media === undefined || e.happenedOn > s.media)) s.media = e.happenedOn;
      if (e.kind === 'press' || e.kind === 'letter') for (const x of e.experiments) latest(s.told, fold(x), e.happenedOn);
      if (e.result) s.used.add(e.result.id);
    }
  },
  /** The summary of other entries folded in (the log is kept in chunks, each summarized on its own). */
  merge(summary: LogSummary, part: LogSummary): void {
    const s = summary as LogSummaryDraft;
    for (const key of ['stakeholders', 'experiments', 'municipalities', 'told'] as const) {
      for (const [name, day] of part[key]) latest(s[key], name, day);
    }
    if (part.media !== undefined && (s.media === undefined || part.media > s.media)) s.media = part.media;
    for (const id of part.used) s.used.add(id);
  },
};

/** One pass over a team's entries. */
export function summarizeLog(entries: Iterable<GapEntry>): LogSummary {
  const summary = gapsLogFold.start();
  gapsLogFold.add(summary, entries);
  return summary;
}

/** Every gap of a team on `today`, in the order the card shows them. */
export function findGaps(sources: GapSources, settings: GapSettings, today: IsoDate): Gap[] {
  const { stakeholders: byStakeholder, experiments: byExperiment, municipalities: byMunicipality, media, told, used } = sources.log;
  const gaps: Gap[] = [];
  for (const kind of STAKEHOLDER_KINDS) {
    const months = settings.thresholds[kind];
    if (months === undefined) continue;
    const since = monthsBefore(today, months);
    if (kind === 'media') {
      if (media === undefined || media < since) gaps.push({ kind: 'media', months, ...(media ? { last: media } : {}) });
      continue;
    }
    for (const s of sources.stakeholders) {
      if (stakeholderKind(s) !== kind) continue;
      const last = byStakeholder.get(fold(s.name));
      if (last === undefined || last < since) {
        gaps.push({ kind: 'stakeholder', name: s.name, stakeholderKind: kind, months, ...(last ? { last } : {}) });
      }
    }
  }
  const results = sources.results.filter((r) => r.addedOn <= today);
  for (const r of results) {
    const lastTold = told.get(fold(r.experiment));
    if (lastTold === undefined || lastTold < r.addedOn) gaps.push({ kind: 'untold', result: r });
  }
  for (const r of results) if (!used.has(r.id)) gaps.push({ kind: 'unused', result: r });
  const quietSince = monthsBefore(today, settings.quietMonths);
  for (const x of sources.experiments) {
    if (x.ended) continue;
    const last = byExperiment.get(fold(x.name));
    if (last === undefined || last < quietSince) {
      gaps.push({ kind: 'quietExperiment', name: x.name, months: settings.quietMonths, ...(last ? { last } : {}) });
    }
  }
  for (const m of sources.municipalities) {
    const last = byMunicipality.get(fold(m));
    if (last === undefined || last < quietSince) {
      gaps.push({ kind: 'quietMunicipality', name: m, months: settings.quietMonths, ...(last ? { last } : {}) });
    }
  }
  return gaps;
}

// ----- /huller indstil …

export type GapsCommand =
  | { kind: 'show' }
  | { kind: 'set'; target: StakeholderKind | 'quiet'; months: number | undefined }
  | { kind: 'digest'; on: boolean }
  | { kind: 'settings' }
  | ({ kind: 'error' } & Failure<{ code: 'unknownTarget' | 'badMonths' | 'unknownWord'; word: string }>);

const TARGET_WORDS: ReadonlyMap<string, StakeholderKind | 'quiet'> = new Map([
  ...['folketinget', 'folketing', 'udvalg', 'udvalgene', 'parliament', 'committees'].map((w) => [w, 'parliament'] as const),
  ...['ministerier', 'ministerierne', 'ministeriet', 'ministre', 'ministrene', 'ministries', 'ministers', 'minister'].map(
    (w) => [w, 'ministry'] as const,
  ),
  ...['kl', 'kkr'].map((w) => [w, 'kl'] as const),
  ['star', 'star'] as const,
  ...['medier', 'medierne', 'media', 'presse', 'pressen', 'press'].map((w) => [w, 'media'] as const),
  ...['andre', 'øvrige', 'other', 'others'].map((w) => [w, 'other'] as const),
  ...['periode', 'perioden', 'stille', 'period', 'quiet', 'forsøg', 'kommuner', 'experiments', 'municipalities'].map(
    (w) => [w, 'quiet'] as const,
  ),
]);
const SET_WORDS = new Set(['indstil', 'sæt', 'set']);
const DIGEST_WORDS = new Set(['overblik', 'overblikket', 'digest', 'i', 'in']);
const ON_WORDS = new Set(['til', 'on', 'tænd']);
const OFF_WORDS = new Set(['fra', 'off', 'sluk', 'ingen', 'never', 'aldrig']);
const MONTH_WORDS = /^(?:måned|måneder|maaned|maaneder|mdr\.?|md\.?|month|months)$/;

/** "/huller", "/huller indstil medier 2 måneder", "/huller indstil KL fra", "/huller overblik fra", "/gaps digest on". */
export function parseGapsCommand(args: string): GapsCommand {
  const words = args.toLocaleLowerCase('da').split(/\s+/).filter(Boolean);
  if (words.length === 0) return { kind: 'show' };
  if (words[0] === 'indstillinger' || words[0] === 'settings') return { kind: 'settings' };
  if (DIGEST_WORDS.has(words[0]!)) {
    const rest = words.filter((w) => !DIGEST_WORDS.has(w));
    if (rest.length === 1 && (ON_WORDS.has(rest[0]!) || OFF_WORDS.has(rest[0]!))) return { kind: 'digest', on: ON_WORDS.has(rest[0]!) };
    return { kind: 'error', ok: false, code: 'unknownWord', word: rest[0] ?? words[0]! };
  }
  if (!SET_WORDS.has(words[0]!)) return { kind: 'error', ok: false, code: 'unknownWord', word: words[0]! };
  const target = TARGET_WORDS.get(words[1] ?? '');
  if (!target) return { kind: 'error', ok: false, code: 'unknownTarget', word: words[1] ?? '' };
  const rest = words.slice(2);
  if (rest.length === 1 && OFF_WORDS.has(rest[0]!) && target !== 'quiet') return { kind: 'set', target, months: undefined };
  const n = Number(rest[0]);
  const monthWord = rest[1] === undefined || MONTH_WORDS.test(rest[1]);
  if (rest.length < 1 || rest.length > 2 || !Number.isInteger(n) || n < 1 || n > MAX_MONTHS || !monthWord) {
    return { kind: 'error', ok: false, code: 'badMonths', word: rest.join(' ') };
  }
  return { kind: 'set', target, months: n };
}
