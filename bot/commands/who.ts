// `/who <name>` (`/hvem`): one stakeholder's history: how many entries, the last contact, entries by kind, newest first.
import { recognize } from '../../domain/recognize';
import { capitalize, foldForSearch, sanitizeUserText } from '../../domain/text';
import { formatDay } from '../../domain/periodFormat';
import { ENTRY_KINDS, kindLabel } from '../../domain/vocabulary';
import { datedText } from '../../domain/datedText';
import { entryMeta, logListCard } from '../../cards/logCards';
import { listsFor } from './lists';
import { matchMunicipality } from '../../domain/municipalities';
import { municipalityPageCard, type MunicipalityPorts } from './experiments/municipality';
import type { Services } from '../services';
import type { CommandDescriptor } from './types';
import { t } from '../../i18n/catalog';

const SHOWN = 10;

/** What /hvem uses: the log and the lists, and a municipality's page. */
type Ports = Pick<Services, 'log' | 'scopes'> & MunicipalityPorts;

export const whoCommand: CommandDescriptor<Ports> = {
  command: 'who',
  names: { da: ['hvem'], en: ['who'] },
  help: { section: 'log', lines: ['who'] },
  async run({ turn, args, services }) {
    const lang = turn.lang;
    const query = sanitizeUserText(args);
    if (query === '') {
      return [{ text: t('who.how', lang) }];
    }
    // A municipality is not a stakeholder: its own page answers (/kommune).
    const municipality = matchMunicipality(query);
    if ('name' in municipality)
      return [{ card: await municipalityPageCard(services, turn, municipality.name), summary: municipality.name }];
    const lists = await listsFor(services, turn.scope.key);
    let name: string | undefined = recognize(query, lists).stakeholders[0];
    if (!name) {
      const folded = foldForSearch(query);
      name = lists.stakeholders.find((s) => [s.name, ...s.aliases].some((n) => foldForSearch(n).includes(folded)))?.name;
    }
    if (!name) {
      return [{ text: t('who.unknown', lang, { query }) }];
    }
    const hits = await services.log.hitsForStakeholder(turn.scope.key, name);
    if (hits.length === 0) {
      return [{ text: t('who.none', lang, { name }) }];
    }
    const counts = ENTRY_KINDS.map((k) => ({ k, n: hits.filter((h) => h.kind === k).length })).filter((c) => c.n > 0);
    const entries = await services.log.listed(turn.scope.key, hits.slice(0, SHOWN));
    const rows = entries.filter((e) => e !== undefined).map((e) => ({ meta: entryMeta(e, lang, turn.now), text: datedText(e, turn.zone) }));
    const card = logListCard(lang, {
      heading: name,
      facts: [
        { title: t('who.entries', lang), value: String(hits.length) },
        { title: t('who.last', lang), value: formatDay(hits[0].happenedOn, lang, turn.now) },
        { title: t('who.byKind', lang), value: counts.map((c) => `${capitalize(kindLabel(c.k, lang))} ${c.n}`).join(' · ') },
      ],
      rows,
      note: hits.length > SHOWN ? t('who.more', lang, { shown: SHOWN, name }) : '',
    });
    return [{ card }];
  },
};
