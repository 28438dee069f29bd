// /kommune (/municipality) <navn>: one of the 11 municipalities: what was logged naming it (counts by kind, the
// newest entries), the experiments it takes part in, and its marks in every approval run. /hvem <kommune> answers
// with the same page.
import type { DateTime } from 'luxon';
import { townAtStart, matchMunicipality } from '../../../domain/municipalities';
import { MUNICIPALITIES, ENTRY_KINDS, kindLabel } from '../../../domain/vocabulary';
import { sanitizeUserText } from '../../../domain/text';
import { tallyOf } from '../../../domain/approvals';
import type { Lang } from '../../../domain/types';
import { formatDay, listText, t } from '../../../i18n/catalog';
import { pageCard } from '../../../cards/pageCard';
import type { CardJson } from '../../../cards/render';
import type { Services } from '../../services';
import type { Turn } from '../../turn';
import type { CommandDescriptor, Reply } from '../types';

/** Newest log entries shown on the page (the counts cover all). */
const SHOWN = 5;

export const municipalityCommand: CommandDescriptor<MunicipalityPorts> = {
  command: 'municipality',
  names: { da: ['kommune'], en: ['municipality'] },
  help: { section: 'registry', lines: ['municipality'] },
  async run({ turn, args, services }): Promise<Reply[]> {
    const lang = turn.lang;
    const query = sanitizeUserText(args);
    if (query === '') return [{ text: t('municipality.how', lang, { list: listText([...MUNICIPALITIES], lang) }) }];
    const m = matchMunicipality(query);
    const town = 'name' in m ? undefined : townAtStart(query);
    if (town && !town.rest) {
      // A town is not a council: its municipality's page, saying so.
      const lies = t('approval.townLiesIn', lang, { town: town.town, name: town.municipality });
      return [{ text: lies }, { card: await municipalityPageCard(services, turn, town.municipality), summary: town.municipality }];
    }
    if (!('name' in m)) return [{ text: unknownMunicipalityText(query, m.suggestion, lang) }];
    return [{ card: await municipalityPageCard(services, turn, m.name), summary: m.name }];
  },
};

export function unknownMunicipalityText(query: string, suggestion: string | undefined, lang: Lang): string {
  return [
    t('municipality.unknown', lang, { query }),
    ...(suggestion ? [t('municipality.didYouMean', lang, { name: suggestion })] : []),
    t('municipality.how', lang, { list: listText([...MUNICIPALITIES], lang) }),
  ].join(' ');
}

/** What /kommune uses: the log, the registry and the items naming a municipality. */
export type MunicipalityPorts = Pick<Services, 'experiments' | 'items' | 'log'>;

/** The municipality's page: three range reads (its log index, its experiments, the approval runs). */
export async function municipalityPageCard(services: MunicipalityPorts, turn: Turn, name: string): Promise<CardJson> {
  const lang = turn.lang;
  const [hits, experiments, runs] = await Promise.all([
    services.log.hitsForMunicipality(turn.scope.key, name),
    services.experiments.experimentsIn(turn.scope.key, name),
    services.items.approvalRuns(turn.scope.key),
  ]);
  const now: DateTime = turn.now;
  const counts = ENTRY_KINDS.map((k) => ({ k, n: hits.filter((h) => h.kind === k).length })).filter((c) => c.n > 0);
  const mine = runs.filter((r) => r.approvers?.includes(name));
  return pageCard({
    title: t('municipalityCard.title', lang, { name }),
    sections: [
      {
        heading: t('experimentCard.log', lang),
        facts: hits.length
          ? [
              {
                title: t('experimentCard.entries', lang),
                value: `${hits.length}: ${counts.map((c) => `${c.n} ${kindLabel(c.k, lang)}`).join(' · ')}`,
              },
            ]
          : [],
        lines: hits
          .slice(0, SHOWN)
          .map((h) => ({ main: h.text, detail: ` · ${kindLabel(h.kind, lang)} · ${formatDay(h.happenedOn, lang, now)}` })),
        note: hits.length ? '' : t('municipalityCard.noLog', lang, { name }),
      },
      {
        heading: t('municipalityCard.experiments', lang),
        lines: experiments.map((e) => ({ main: e })),
        note: experiments.length ? '' : t('municipalityCard.noExperiments', lang, { name }),
      },
      {
        heading: t('municipalityCard.approvals', lang),
        facts: mine.map((r) => {
          const mark = tallyOf(r)!.approved.find((a) => a.who === name);
          return {
            title: r.title,
            value: mark
              ? t('municipalityCard.approvedOn', lang, { day: formatDay(mark.on, lang, now), by: mark.by || '?' })
              : t('municipalityCard.missing', lang),
          };
        }),
        note: mine.length ? '' : t('municipalityCard.noApprovals', lang),
      },
    ],
  });
}
