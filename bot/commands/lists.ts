// A scope's stakeholders and experiments: the seed lists every team starts with, plus what it added itself.
// `/stakeholder add <name>` (`/interessent tilføj <navn>`), `/experiment add <name>` (`/forsøg tilføj <navn>`).
import { SEED_EXPERIMENTS, SEED_STAKEHOLDERS } from '../../domain/vocabulary';
import type { RecognizeLists } from '../../domain/recognize';
import { sanitizeUserText, foldForSearch } from '../../domain/text';
import type { Services } from '../services';
import type { CommandHandler, Reply } from './types';
import type { NameList } from '../../storage/scopeRepository';
import type { Lang } from '../../domain/types';

export async function listsFor(services: Services, scopeKey: string): Promise<RecognizeLists> {
  const [stakeholders, experiments] = await Promise.all([
    services.scopes.names(scopeKey, 'stakeholder'),
    services.scopes.names(scopeKey, 'experiment'),
  ]);
  return {
    stakeholders: [...SEED_STAKEHOLDERS, ...stakeholders],
    experiments: [...SEED_EXPERIMENTS, ...experiments.map((e) => ({ name: e.name, aliases: e.aliases }))],
  };
}

const ADD_WORDS = new Set(['add', 'tilføj', 'tilfoej', 'ny', 'new']);
const OUTLET_WORDS = new Set(['medie', 'presse', 'press', 'outlet', 'media']);
const MAX_NAME = 80;

const TEXT = {
  stakeholder: {
    da: {
      usage: 'Skriv fx "/interessent tilføj Danmarks Radio" (eller "/interessent tilføj medie Radio Limfjord" for et medie).',
      added: (n: string, outlet: boolean) => `${n} er tilføjet som ${outlet ? 'medie' : 'interessent'}. Logposter, der nævner ${n}, bliver nu mærket med det.`,
      exists: (n: string) => `${n} kendes allerede.`,
      list: 'Interessenter, som loggen genkender:',
    },
    en: {
      usage: 'Write e.g. "/stakeholder add Danmarks Radio" (or "/stakeholder add press Radio Limfjord" for an outlet).',
      added: (n: string, outlet: boolean) => `${n} is added as ${outlet ? 'an outlet' : 'a stakeholder'}. Log entries that name ${n} are now tagged with it.`,
      exists: (n: string) => `${n} is already known.`,
      list: 'Stakeholders the log recognises:',
    },
  },
  experiment: {
    da: {
      usage: 'Skriv fx "/forsøg tilføj Fleksjob".',
      added: (n: string) => `Forsøget ${n} er tilføjet. Logposter, der nævner det, bliver mærket med det.`,
      exists: (n: string) => `Forsøget ${n} kendes allerede.`,
      list: 'Forsøg, som loggen genkender:',
    },
    en: {
      usage: 'Write e.g. "/experiment add Fleksjob".',
      added: (n: string) => `The experiment ${n} is added. Log entries that name it are tagged with it.`,
      exists: (n: string) => `The experiment ${n} is already known.`,
      list: 'Experiments the log recognises:',
    },
  },
};

function listHandler(list: NameList, command: 'stakeholder' | 'experiment'): CommandHandler {
  return {
    command,
    async run({ turn, args, services }): Promise<Reply[]> {
      const lang: Lang = turn.lang;
      const t = TEXT[list][lang];
      const clean = sanitizeUserText(args);
      const lists = await listsFor(services, turn.scope.key);
      const known = list === 'stakeholder' ? lists.stakeholders : lists.experiments;
      if (clean === '') {
        return [{ text: `${t.list} ${known.map((k) => k.name).join(', ')}.\n${t.usage}` }];
      }
      const words = clean.split(' ');
      if (!ADD_WORDS.has(words[0].toLocaleLowerCase('da'))) return [{ text: t.usage }];
      let rest = words.slice(1);
      let outlet = false;
      if (list === 'stakeholder' && rest.length > 1 && OUTLET_WORDS.has(rest[0].toLocaleLowerCase('da'))) {
        outlet = true;
        rest = rest.slice(1);
      }
      const name = rest.join(' ').replace(/^["“”']+|["“”'.]+$/g, '').trim();
      if (name === '' || name.length > MAX_NAME) return [{ text: t.usage }];
      const folded = foldForSearch(name);
      const already = known.find((k) => foldForSearch(k.name) === folded || k.aliases.some((a) => foldForSearch(a) === folded));
      if (already) return [{ text: t.exists(already.name) }];
      const added = await services.scopes.addName(turn.scope.key, list, { name, aliases: [], outlet });
      if (!added) return [{ text: t.exists(name) }];
      return [{ text: list === 'stakeholder' ? TEXT.stakeholder[lang].added(name, outlet) : TEXT.experiment[lang].added(name) }];
    },
  };
}

export const stakeholderCommand = listHandler('stakeholder', 'stakeholder');
export const experimentCommand = listHandler('experiment', 'experiment');
