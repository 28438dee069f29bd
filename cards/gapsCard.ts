// The gap card of /huller: one section per kind of gap, each line saying why it is a gap and since when, with
// Planlæg (a planned action prefilled with the line's stakeholder, result or experiment). User text (names, results)
// goes only into TextRuns. Long sections show their first lines and "… N flere", so the card stays within Teams' size.
import type { DateTime } from 'luxon';
import type { Gap } from '../domain/gaps';
import type { IsoDate, Lang } from '../domain/types';
import { formatDay, t, type MessageId } from '../i18n/catalog';
import { expand, type CardJson } from './render';
import template from './templates/gaps.json';

/** The verb of Planlæg on a gap's line (bot/commands/plans/gaps.ts opens the plan form). */
export const GAPS_VERBS = { plan: 'gaps.plan' } as const;

/** What Planlæg's data holds, once read: the text the plan form starts with (at most a title's 200 characters). */
export interface GapPlanData {
  text: string;
}

export function readGapPlanButton(raw: Record<string, unknown>): GapPlanData {
  return { text: typeof raw.text === 'string' ? raw.text.slice(0, 200) : '' };
}

/** Lines per section on the card; the digest's section has its own, shorter limit. */
export const GAP_LINES_PER_SECTION = 12;
const PLAN_TEXT_CHARS = 160;

type SectionKey = 'stakeholders' | 'untold' | 'unused' | 'experiments' | 'municipalities';
const SECTION_OF: Record<Gap['kind'], SectionKey> = {
  stakeholder: 'stakeholders',
  media: 'stakeholders',
  untold: 'untold',
  unused: 'unused',
  quietExperiment: 'experiments',
  quietMunicipality: 'municipalities',
};
const SECTION_HEADINGS: Record<SectionKey, MessageId> = {
  stakeholders: 'gaps.section.stakeholders',
  untold: 'gaps.section.untold',
  unused: 'gaps.section.unused',
  experiments: 'gaps.section.experiments',
  municipalities: 'gaps.section.municipalities',
};

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** One gap in words: what, why and since when, and the text a planned action about it starts with. */
export function gapLine(gap: Gap, lang: Lang, now: DateTime): { text: string; why: string; plan: string } {
  const day = (d: IsoDate) => formatDay(d, lang, now);
  const contact = (months: number, last?: IsoDate) =>
    last ? t('gaps.lastContact', lang, { day: day(last), months }) : t('gaps.neverContact', lang, { months });
  const quiet = (months: number, last?: IsoDate) =>
    last ? t('gaps.quietWhy', lang, { day: day(last) }) : t('gaps.quietNever', lang, { months });
  switch (gap.kind) {
    case 'stakeholder':
      return { text: gap.name, why: contact(gap.months, gap.last), plan: t('gaps.plan.contact', lang, { name: gap.name }) };
    case 'media':
      return { text: t('gaps.media', lang), why: contact(gap.months, gap.last), plan: t('gaps.plan.media', lang) };
    case 'untold':
      return {
        text: `${gap.result.experiment}: ${cut(gap.result.text, 200)}`,
        why: t('gaps.untoldWhy', lang, { experiment: gap.result.experiment, day: day(gap.result.addedOn) }),
        plan: cut(t('gaps.plan.untold', lang, { experiment: gap.result.experiment, text: gap.result.text }), PLAN_TEXT_CHARS),
      };
    case 'unused':
      return {
        text: `${gap.result.experiment}: ${cut(gap.result.text, 200)}`,
        why: t('gaps.unusedWhy', lang, { day: day(gap.result.addedOn) }),
        plan: cut(t('gaps.plan.unused', lang, { experiment: gap.result.experiment, text: gap.result.text }), PLAN_TEXT_CHARS),
      };
    case 'quietExperiment':
      return { text: gap.name, why: quiet(gap.months, gap.last), plan: t('gaps.plan.experiment', lang, { name: gap.name }) };
    case 'quietMunicipality':
      return { text: gap.name, why: quiet(gap.months, gap.last), plan: t('gaps.plan.municipality', lang, { name: gap.name }) };
  }
}

export function gapsCard(gaps: readonly Gap[], lang: Lang, now: DateTime): CardJson {
  const sections = new Map<SectionKey, Gap[]>();
  for (const gap of gaps) {
    const key = SECTION_OF[gap.kind];
    sections.set(key, [...(sections.get(key) ?? []), gap]);
  }
  const order: SectionKey[] = ['stakeholders', 'untold', 'unused', 'experiments', 'municipalities'];
  return expand(template, {
    heading: t('gaps.heading', lang),
    subtitle:
      gaps.length === 0 ? t('gaps.none', lang) : t('gaps.subtitle', lang, { day: formatDay(now.toISODate()!, lang, now), n: gaps.length }),
    sections: order
      .filter((k) => sections.has(k))
      .map((k) => {
        const all = sections.get(k)!;
        return {
          heading: `${t(SECTION_HEADINGS[k], lang)} (${all.length})`,
          rows: all.slice(0, GAP_LINES_PER_SECTION).map((gap) => {
            const line = gapLine(gap, lang, now);
            return {
              text: line.text,
              why: line.why,
              button: t('button.plan', lang),
              verb: GAPS_VERBS.plan,
              data: { text: line.plan, lang },
            };
          }),
          more: all.length > GAP_LINES_PER_SECTION ? t('gaps.more', lang, { n: all.length - GAP_LINES_PER_SECTION }) : '',
        };
      }),
    note: t('gaps.note', lang),
  });
}
