// /forsøg (/experiment): the experiments by status with counts; `/forsøg <navn>` an experiment's page (title, status
// and history, municipalities, results newest first, the log about it, coming deadlines and events);
// `/forsøg status <navn> <status> <dato>[: note]`, `/forsøg kommuner <navn> <kommuner>`, `/forsøg titel <navn>: <titel>`;
// `/forsøg tilføj <navn>` as before (bot/commands/lists.ts).
import {
  EXPERIMENT_STATUSES,
  matchExperiment,
  parseStatusCommand,
  statusCounts,
  type ExperimentRecord,
  type StatusChange,
} from '../../../domain/experiments';
import { municipalitiesIn } from '../../../domain/municipalities';
import { capitalize, foldForSearch, sanitizeUserText, tokenize } from '../../../domain/text';
import { keyDate, type Item } from '../../../domain/items';
import type { Lang } from '../../../domain/types';
import { listText, t } from '../../../i18n/catalog';
import { pageCard, type PageSection } from '../../../cards/pageCard';
import {
  EXPERIMENT_VERBS,
  experimentCard,
  readExperimentStatus,
  sinceText,
  statusLabel,
  type ExperimentStatusData,
} from '../../../cards/experimentCard';
import type { CardJson } from '../../../cards/render';
import type { Services } from '../../services';
import { changeOf, type Turn } from '../../turn';
import { action, type CommandDescriptor, type Reply } from '../types';
import { addExperimentCommand } from '../lists';
import { failureText } from '../../../i18n/failures';

/** Every status word, for "the status is one of: …". */
function statusList(lang: Lang): string {
  return EXPERIMENT_STATUSES.map((s) => statusLabel(s, lang).replace(/ \(.*\)$/, '')).join(', ');
}

/** What /forsøg uses: the registry, the log about an experiment and what is coming about it. */
export type ExperimentPorts = Pick<Services, 'experiments' | 'items' | 'log' | 'scopes'>;

/** An unknown experiment: what was typed, "did you mean", nothing saved. */
export function unknownExperimentText(query: string, suggestion: string | undefined, lang: Lang): string {
  return [
    failureText('experimentStatus', { code: 'unknownExperiment' }, lang, { query }),
    ...(suggestion ? [t('experiment.didYouMean', lang, { name: suggestion })] : []),
    t('experiment.seeList', lang),
  ].join(' ');
}

const SUBCOMMANDS: Record<string, 'add' | 'status' | 'municipalities' | 'title'> = {
  tilføj: 'add',
  tilfoej: 'add',
  add: 'add',
  ny: 'add',
  new: 'add',
  status: 'status',
  kommuner: 'municipalities',
  kommune: 'municipalities',
  municipalities: 'municipalities',
  titel: 'title',
  title: 'title',
};

async function listCard(services: ExperimentPorts, turn: Turn): Promise<CardJson> {
  const lang = turn.lang;
  const experiments = await services.experiments.list(turn.scope.key);
  const counts = statusCounts(experiments);
  const countsText = counts.map((c) => `${c.count} ${statusLabel(c.status, lang).replace(/ \(.*\)$/, '')}`).join(', ');
  const sections: PageSection[] = counts.map((c) => ({
    heading: `${capitalize(statusLabel(c.status, lang))} (${c.count})`,
    lines: experiments
      .filter((e) => (e.status?.status ?? 'none') === c.status)
      .map((e) => ({
        main: e.name,
        detail: e.status ? ` · ${sinceText(e.status, lang, turn.now)}` : '',
      })),
  }));
  return pageCard({
    title: t('experiment.listHeading', lang, { n: experiments.length, counts: countsText }),
    sections,
    footer: t('experiment.listHow', lang),
  });
}

/** The experiment's page. Reads: the registry's page (one range), the log's experiment index (one range), and the
 *  items whose titles name it (the title word index, then each item). */
export async function experimentPageCard(services: ExperimentPorts, turn: Turn, record: ExperimentRecord, heading = ''): Promise<CardJson> {
  const lang = turn.lang;
  const [page, hits, coming] = await Promise.all([
    services.experiments.page(turn.scope.key, record),
    services.log.hitsForExperiment(turn.scope.key, record.name),
    comingAbout(services, turn, record),
  ]);
  return experimentCard(page, hits, coming, lang, turn.now, heading);
}

/** Open deadlines and events ahead (and undated events) whose title names the experiment. */
async function comingAbout(services: ExperimentPorts, turn: Turn, record: ExperimentRecord): Promise<Item[]> {
  const today = turn.now.toISODate()!;
  const words = tokenize(record.name).map((w) => w.word);
  const items = await services.items.search(turn.scope.key, words);
  return items.filter((i) => !i.done && (keyDate(i) === undefined || keyDate(i)! >= today));
}

async function setStatus(services: ExperimentPorts, turn: Turn, args: string, experiments: ExperimentRecord[]): Promise<Reply[]> {
  const lang = turn.lang;
  const parsed = parseStatusCommand(args, experiments, turn.now);
  if (!parsed.ok) {
    // An unknown experiment also offers the nearest name and the list.
    if (parsed.code === 'unknownExperiment') return [{ text: unknownExperimentText(parsed.query, parsed.suggestion, lang) }];
    return [{ text: failureText('experimentStatus', parsed, lang, { statuses: statusList(lang) }) }];
  }
  const record = experiments.find((e) => e.name === parsed.name)!;
  const change: StatusChange = { ...parsed.change, by: turn.author.name, byAadId: turn.author.aadObjectId, at: turn.now.toUTC().toISO()! };
  return [await saveStatus(services, turn, record, change)];
}

/** Keeps a status change and answers with the page, headed by what changed. */
async function saveStatus(
  services: ExperimentPorts,
  turn: Turn,
  record: ExperimentRecord,
  change: StatusChange,
): Promise<Reply & { card: CardJson }> {
  const lang = turn.lang;
  const page = await services.experiments.page(turn.scope.key, record);
  const saved = await services.experiments.setStatus(turn.scope.key, page, change, changeOf(turn));
  const heading = t('experiment.statusSaved', lang, { status: statusLabel(change.status, lang), since: sinceText(change, lang, turn.now) });
  return { card: await experimentPageCard(services, turn, saved, heading), summary: `${record.name}: ${heading}` };
}

async function setMunicipalities(services: ExperimentPorts, turn: Turn, args: string, experiments: ExperimentRecord[]): Promise<Reply[]> {
  const lang = turn.lang;
  const tokens = tokenize(args);
  if (tokens.length < 2) return [{ text: t('experiment.municipalitiesHow', lang) }];
  let found: { record: ExperimentRecord; rest: string } | undefined;
  for (let n = Math.min(6, tokens.length - 1); n >= 1 && !found; n--) {
    const m = matchExperiment(args.slice(0, tokens[n - 1].end), experiments);
    if ('name' in m) found = { record: experiments.find((e) => e.name === m.name)!, rest: args.slice(tokens[n - 1].end) };
  }
  if (!found) {
    const m = matchExperiment(tokens[0].raw, experiments);
    return [{ text: unknownExperimentText(tokens[0].raw, 'suggestion' in m ? m.suggestion : undefined, lang) }];
  }
  const list = municipalitiesIn(found.rest);
  if (list.length === 0)
    return [{ text: `${t('municipality.unknown', lang, { query: found.rest.trim() })} ${t('experiment.municipalitiesHow', lang)}` }];
  const saved = await services.experiments.setMunicipalities(turn.scope.key, found.record, list, changeOf(turn));
  return [{ text: t('experiment.municipalitiesSaved', lang, { name: saved.name, list: listText(list, lang) }) }];
}

async function setTitle(services: ExperimentPorts, turn: Turn, args: string, experiments: ExperimentRecord[]): Promise<Reply[]> {
  const lang = turn.lang;
  const colon = args.indexOf(':');
  if (colon <= 0 || !args.slice(colon + 1).trim()) return [{ text: t('experiment.titleHow', lang) }];
  const query = args.slice(0, colon).trim();
  const m = matchExperiment(query, experiments);
  if (!('name' in m)) return [{ text: unknownExperimentText(query, m.suggestion, lang) }];
  const title = args
    .slice(colon + 1)
    .trim()
    .slice(0, 200);
  const saved = await services.experiments.setTitle(turn.scope.key, experiments.find((e) => e.name === m.name)!, title, changeOf(turn));
  return [{ text: t('experiment.titleSaved', lang, { name: saved.name, title }) }];
}

/** "Gem status" on the page's form: the form's status, date and note; the page is drawn again for everyone. */
export const experimentStatusAction = action<ExperimentStatusData, ExperimentPorts>({
  verb: EXPERIMENT_VERBS.status,
  read: readExperimentStatus,
  async run({ turn, services, data }) {
    const lang = turn.lang;
    const { status, since } = data;
    if (!status || !since) return { message: t('experimentCard.chooseStatus', lang) };
    const experiments = await services.experiments.list(turn.scope.key);
    const record = experiments.find((e) => foldForSearch(e.name) === foldForSearch(data.name));
    if (!record) return { message: unknownExperimentText(data.name, undefined, lang) };
    const note = sanitizeUserText(data.note).slice(0, 300);
    const reply = await saveStatus(services, turn, record, {
      status,
      since,
      note,
      by: turn.author.name,
      byAadId: turn.author.aadObjectId,
      at: turn.now.toUTC().toISO()!,
    });
    return { card: reply.card };
  },
});

export const experimentCommand: CommandDescriptor<ExperimentPorts> = {
  command: 'experiment',
  names: { da: ['forsøg', 'forsoeg'], en: ['experiment'] },
  bare: true,
  help: { section: 'registry', lines: ['experiments', 'experimentPage', 'experimentStatus', 'experiment'] },
  actions: [experimentStatusAction],
  async run(ctx): Promise<Reply[]> {
    const { turn, services } = ctx;
    const lang = turn.lang;
    const args = sanitizeUserText(ctx.args);
    if (args === '') return [{ card: await listCard(services, turn), summary: t('experiment.listHow', lang) }];
    const first = args.split(' ')[0].toLocaleLowerCase('da');
    const rest = args.slice(first.length).trim();
    const sub = SUBCOMMANDS[first];
    if (sub === 'add') return addExperimentCommand.run(ctx);
    if (sub) {
      const experiments = await services.experiments.list(turn.scope.key);
      if (sub === 'status') return setStatus(services, turn, rest, experiments);
      if (sub === 'municipalities') return setMunicipalities(services, turn, rest, experiments);
      return setTitle(services, turn, rest, experiments);
    }
    // The page: the name is matched against the names alone; the record comes with the page's one range read.
    const experiments = await services.experiments.names(turn.scope.key);
    const match = matchExperiment(args, experiments);
    if (!('name' in match)) return [{ text: unknownExperimentText(args, match.suggestion, lang) }];
    const record = experiments.find((e) => e.name === match.name)!;
    return [{ card: await experimentPageCard(services, turn, record), summary: record.name }];
  },
};
