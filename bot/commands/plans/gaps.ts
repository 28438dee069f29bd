// /huller (/gaps): the team's gaps (domain/gaps.ts) as a card with Planlæg on every line, and their settings
// ("/huller indstil medier 2 måneder", "/huller overblik fra"). Read at once from the log, so logging press about an
// untold result takes it off the card. Reads one range of each table it needs: the log's entries, the registry's
// experiments and results (and the scope's names and settings, cached).
import { DateTime } from 'luxon';
import { action, type CommandContext, type NoPorts, type CommandDescriptor, type Reply } from '../types';
import type { Services } from '../../services';
import { failureText } from '../../../i18n/failures';
import {
  DEFAULT_GAP_SETTINGS,
  findGaps,
  gapsLogFold,
  MAX_MONTHS,
  parseGapsCommand,
  STAKEHOLDER_KINDS,
  type Gap,
  type GapSettings,
  type Thresholds,
} from '../../../domain/gaps';
import type { IsoDate, Lang } from '../../../domain/types';
import { MUNICIPALITIES } from '../../../domain/vocabulary';
import { listText, t, type MessageId } from '../../../i18n/catalog';
import { GAPS_VERBS, gapLine, gapsCard, readGapPlanButton, type GapPlanData } from '../../../cards/gapsCard';
import { withFreshSettings } from '../../settings';
import { changeOf } from '../../turn';
import { listsFor, type ListSources } from '../lists';
import { planPrompt } from './plan';
import type { LogRepository } from '../../../storage/logRepository';
import type { ExperimentRepository } from '../../../storage/experimentRepository';
import type { ScopeRepository } from '../../../storage/scopeRepository';

const GAP_SETTINGS = 'gaps';

/** What working out the gaps reads. */
export interface GapReaders extends ListSources {
  log: Pick<LogRepository, 'summaryOf'>;
  experiments: Pick<ExperimentRepository, 'pages'>;
  scopes: ListSources['scopes'] & Pick<ScopeRepository, 'getSettings'>;
}

const isMonths = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= MAX_MONTHS;

/** A stored record (or none) as settings: each field checked, the default where it is missing or wrong. */
export function gapSettingsFrom(stored: unknown): GapSettings {
  const s = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  const t0 = (s.thresholds && typeof s.thresholds === 'object' ? s.thresholds : {}) as Record<string, unknown>;
  const thresholds = { ...DEFAULT_GAP_SETTINGS.thresholds } as Thresholds;
  for (const kind of STAKEHOLDER_KINDS) {
    if (t0[kind] === null) thresholds[kind] = undefined;
    else if (isMonths(t0[kind])) thresholds[kind] = t0[kind];
  }
  return {
    thresholds,
    quietMonths: isMonths(s.quietMonths) ? s.quietMonths : DEFAULT_GAP_SETTINGS.quietMonths,
    inDigest: typeof s.inDigest === 'boolean' ? s.inDigest : DEFAULT_GAP_SETTINGS.inDigest,
  };
}

/** A team's gaps on the local day of `now`, with its settings. */
export async function readGaps(readers: GapReaders, scopeKey: string, now: DateTime): Promise<{ gaps: Gap[]; settings: GapSettings }> {
  const today = now.toISODate() as IsoDate;
  // The names (seed and added) come from the scope's cached lists, so the registry costs one range read under x|.
  const [lists, stored] = await Promise.all([listsFor(readers, scopeKey), readers.scopes.getSettings(scopeKey, GAP_SETTINGS)]);
  const known = lists.experiments.map((x) => ({ name: x.name, aliases: [...x.aliases], municipalities: [] }));
  const [log, pages] = await Promise.all([
    readers.log.summaryOf(scopeKey, 'gaps', gapsLogFold),
    readers.experiments.pages(scopeKey, known),
  ]);
  const settings = gapSettingsFrom(stored);
  const results = pages.flatMap((p) =>
    p.results.map((r) => ({
      id: r.id,
      experiment: p.record.name,
      text: r.text,
      addedOn: dayOf(r.at, now),
    })),
  );
  const ended = (status: string | undefined) => status === 'fullyEnded' || status === 'accommodated';
  const experiments = pages.map((p) => ({ name: p.record.name, ended: ended(p.record.status?.status) }));
  const gaps = findGaps({ log, stakeholders: lists.stakeholders, experiments, results, municipalities: MUNICIPALITIES }, settings, today);
  return { gaps, settings };
}

function dayOf(instant: string, now: DateTime): IsoDate {
  const day = DateTime.fromISO(instant, { setZone: true });
  return (day.isValid ? day.setZone(now.zone).toISODate() : now.toISODate()) as IsoDate;
}

/** The digest's short section: at most `max` lines, and how many more there are; undefined when switched off. */
export async function digestGaps(
  readers: GapReaders,
  scopeKey: string,
  now: DateTime,
  lang: Lang,
  max = 5,
): Promise<{ lines: string[]; more: number } | undefined> {
  const { gaps, settings } = await readGaps(readers, scopeKey, now);
  if (!settings.inDigest || gaps.length === 0) return undefined;
  const lines = gaps.slice(0, max).map((g) => {
    const line = gapLine(g, lang, now);
    return `${line.text}: ${line.why}`;
  });
  return { lines, more: gaps.length - lines.length };
}

const KIND_LABELS: Record<(typeof STAKEHOLDER_KINDS)[number], MessageId> = {
  parliament: 'gaps.kind.parliament',
  ministry: 'gaps.kind.ministry',
  kl: 'gaps.kind.kl',
  star: 'gaps.kind.star',
  media: 'gaps.kind.media',
  other: 'gaps.kind.other',
};

export function describeGapSettings(settings: GapSettings, lang: Lang): string {
  const limits = STAKEHOLDER_KINDS.map((kind) => {
    const months = settings.thresholds[kind];
    const label = t(KIND_LABELS[kind], lang);
    return months === undefined ? t('gaps.limitOff', lang, { kind: label }) : t('gaps.limit', lang, { kind: label, months });
  });
  const digest = t(settings.inDigest ? 'gaps.on' : 'gaps.off', lang);
  return t('gaps.settings', lang, { limits: listText(limits, lang), quiet: settings.quietMonths, digest });
}

async function runGaps({ turn, args, services }: CommandContext<Ports>): Promise<Reply[]> {
  const lang = turn.lang;
  const command = parseGapsCommand(args);
  if (command.kind === 'error') return [{ text: `${failureText('gaps', command, lang)} ${t('gaps.help', lang)}` }];
  if (command.kind === 'show') {
    if (turn.scope.kind === 'personal') return [{ text: t('gaps.personal', lang) }];
    const { gaps } = await readGaps(services, turn.scope.key, turn.now);
    return [{ card: gapsCard(gaps, lang, turn.now), summary: t('gaps.subtitle', lang, { day: turn.now.toISODate()!, n: gaps.length }) }];
  }
  const current = gapSettingsFrom(await services.scopes.getSettings(turn.scope.key, GAP_SETTINGS));
  if (command.kind === 'settings') return [{ text: describeGapSettings(current, lang) }];
  const updated: GapSettings = { ...current, thresholds: { ...current.thresholds } };
  if (command.kind === 'digest') updated.inDigest = command.on;
  else if (command.target === 'quiet') updated.quietMonths = command.months ?? current.quietMonths;
  else updated.thresholds[command.target] = command.months;
  // Stored with null for a kind switched off, so it is not read back as "not set" (the default).
  const stored = { ...updated, thresholds: Object.fromEntries(STAKEHOLDER_KINDS.map((k) => [k, updated.thresholds[k] ?? null])) };
  await services.scopes.putSettings(turn.scope.key, GAP_SETTINGS, stored, changeOf(turn));
  return [{ text: `${t('gaps.saved', lang)} ${describeGapSettings(updated, lang)}` }];
}

/** Planlæg on a gap's line: the plan form, prefilled; only the presser sees it until it is saved. */
export const gapsPlanAction = action<GapPlanData, NoPorts>({
  verb: GAPS_VERBS.plan,
  read: readGapPlanButton,
  async run({ turn, data }) {
    return { card: planPrompt(data.text, turn.lang), onlyForPresser: true };
  },
});

/** What /huller uses: the log, the registry and the lists it reads gaps from, and the scope's settings. */
type Ports = GapReaders & Pick<Services, 'scopes'>;

export const gapsCommand: CommandDescriptor<Ports> = {
  command: 'gaps',
  names: { da: ['huller'], en: ['gaps'] },
  bare: true,
  help: { section: 'coming', lines: ['gaps'] },
  actions: [gapsPlanAction],
  run(ctx) {
    return withFreshSettings(() => runGaps(ctx));
  },
};
