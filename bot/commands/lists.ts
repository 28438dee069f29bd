// A scope's stakeholders and experiments: the seed lists every team starts with, plus what it added itself.
// `/stakeholder add <name>` (`/interessent tilføj <navn>`), `/experiment add <name>` (`/forsøg tilføj <navn>`).
import { SEED_EXPERIMENTS, SEED_STAKEHOLDERS } from '../../domain/vocabulary';
import type { RecognizeLists } from '../../domain/recognize';
import { sanitizeUserText, foldForSearch } from '../../domain/text';
import type { CommandDescriptor, Reply } from './types';
import type { NameList, ScopeRepository } from '../../storage/scopeRepository';
import { retagEntry } from '../../domain/retag';
import type { Lang } from '../../domain/types';
import { t } from '../../i18n/catalog';
import { changeOf } from '../turn';
import type { Services } from '../services';

/** What reading a scope's lists needs of storage. */
export interface ListSources {
  scopes: Pick<ScopeRepository, 'sharedNames'>;
}

type SharedNames = Awaited<ReturnType<ScopeRepository['sharedNames']>>;
/** The lists built from a scope's cached names, kept while those are cached: domain/recognize.ts compiles its
 *  patterns once per lists object, so the same object each turn means no compiling on every /log and /who. */
const built = new WeakMap<SharedNames, { experiments: SharedNames; lists: RecognizeLists }>();

export async function listsFor(services: ListSources, scopeKey: string): Promise<RecognizeLists> {
  const [stakeholders, experiments] = await Promise.all([
    services.scopes.sharedNames(scopeKey, 'stakeholder'),
    services.scopes.sharedNames(scopeKey, 'experiment'),
  ]);
  const kept = built.get(stakeholders);
  if (kept?.experiments === experiments) return kept.lists;
  const lists: RecognizeLists = {
    stakeholders: [...SEED_STAKEHOLDERS, ...stakeholders],
    experiments: [...SEED_EXPERIMENTS, ...experiments.map((e) => ({ name: e.name, aliases: e.aliases }))],
  };
  built.set(stakeholders, { experiments, lists });
  return lists;
}

const ADD_WORDS = new Set(['add', 'tilføj', 'tilfoej', 'ny', 'new']);
const OUTLET_WORDS = new Set(['medie', 'presse', 'press', 'outlet', 'media']);
const MAX_NAME = 80;

const TEXT = {
  stakeholder: { usage: 'stakeholder.usage', exists: 'stakeholder.exists', list: 'stakeholder.list' },
  experiment: { usage: 'experiment.usage', exists: 'experiment.exists', list: 'experiment.list' },
} as const;

function listHandler(list: NameList, command: 'stakeholder' | 'experiment'): Pick<CommandDescriptor<Ports>, 'command' | 'run'> {
  return {
    command,
    async run({ turn, args, services }): Promise<Reply[]> {
      const lang: Lang = turn.lang;
      const ids = TEXT[list];
      const clean = sanitizeUserText(args);
      const lists = await listsFor(services, turn.scope.key);
      const known = list === 'stakeholder' ? lists.stakeholders : lists.experiments;
      if (clean === '') {
        return [{ text: `${t(ids.list, lang)} ${known.map((k) => k.name).join(', ')}.\n${t(ids.usage, lang)}` }];
      }
      const words = clean.split(' ');
      if (!ADD_WORDS.has(words[0].toLocaleLowerCase('da'))) return [{ text: t(ids.usage, lang) }];
      let rest = words.slice(1);
      let outlet = false;
      if (list === 'stakeholder' && rest.length > 1 && OUTLET_WORDS.has(rest[0].toLocaleLowerCase('da'))) {
        outlet = true;
        rest = rest.slice(1);
      }
      const name = rest
        .join(' ')
        .replace(/^["“”']+|["“”'.]+$/g, '')
        .trim();
      if (name === '' || name.length > MAX_NAME) return [{ text: t(ids.usage, lang) }];
      const folded = foldForSearch(name);
      const already = known.find((k) => foldForSearch(k.name) === folded || k.aliases.some((a) => foldForSearch(a) === folded));
      if (already) return [{ text: t(ids.exists, lang, { name: already.name }) }];
      const added = await services.scopes.addName(turn.scope.key, list, { name, aliases: [], outlet }, changeOf(turn));
      if (!added) return [{ text: t(ids.exists, lang, { name }) }];
      const addedId = list === 'experiment' ? 'experiment.added' : outlet ? 'stakeholder.addedOutlet' : 'stakeholder.added';
      // The entries already logged that name it get the tag too, so /hvem and the counts include them.
      const now = await listsFor(services, turn.scope.key);
      const tagged = await services.log.changeEach(turn.scope.key, (e) => retagEntry(e, now, list, name));
      return [{ text: `${t(addedId, lang, { name })}${tagged > 0 ? ` ${t('list.tagged', lang, { n: tagged })}` : ''}` }];
    },
  };
}

/** What stakeholder uses. */
type Ports = Pick<Services, 'log' | 'scopes'>;

export const stakeholderCommand: CommandDescriptor<Ports> = {
  ...listHandler('stakeholder', 'stakeholder'),
  names: { da: ['interessent'], en: ['stakeholder'] },
  bare: true,
  help: { section: 'log', lines: ['stakeholder'] },
};
/** `/forsøg tilføj <navn>`: bot/commands/experiments/experiment.ts hands the add subcommand here. */
export const addExperimentCommand = listHandler('experiment', 'experiment');
