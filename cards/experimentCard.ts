// An experiment's page as a card (the data comes from bot/commands/experiments/experiment.ts), and how statuses are written.
import type { DateTime } from 'luxon';
import { EXPERIMENT_STATUSES, type ExperimentStatus, type StatusChange } from '../domain/experiments';
import { ENTRY_KINDS, kindLabel } from '../domain/vocabulary';
import type { Item } from '../domain/items';
import type { Lang } from '../domain/types';
import { capitalize } from '../domain/text';
import { formatDay, formatPeriod, itemKindText, t } from '../i18n/catalog';
import { pageCard, type PageSection } from './pageCard';
import type { CardJson } from './render';
import { whenText } from './itemCards';
import { statusLabel } from '../reports/wording';
import type { ExperimentPage, ExperimentResult } from '../storage/experimentRepository';
import type { TopicHit } from '../storage/logRepository';
import { resultUses } from '../domain/logEntry';
import { historyButton } from './historyButton';

/** The verb of the page's "Gem status" (bot/commands/experiments/experiment.ts). */
export const EXPERIMENT_VERBS = { status: 'experiment.status' } as const;

/** What "Gem status" holds, once read: the experiment the page is of, and the form's status, day and note (the note
 *  bounded before it is read; what is kept of it is at most 300 characters). */
export interface ExperimentStatusData {
  name: string;
  status: ExperimentStatus | undefined;
  since: string | undefined;
  note: string;
}

export function readExperimentStatus(raw: Record<string, unknown>): ExperimentStatusData {
  const str = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '');
  const since = str(raw.since, 11);
  return {
    name: str(raw.name, 200),
    status: EXPERIMENT_STATUSES.find((s) => s === raw.status),
    since: /^\d{4}-\d{2}-\d{2}$/.test(since) ? since : undefined,
    note: str(raw.note, 4000),
  };
}

// How a status is written is shared with the reports' Forsøg sheet.
export { statusLabel };

/** The day a status took effect, or the period as written ("januar 2020"). */
export function sinceText(c: StatusChange, lang: Lang, today: DateTime): string {
  return c.period ? formatPeriod(c.period, lang, today) : formatDay(c.since, lang, today);
}

/** An experiment's page: title, status and history, municipalities, results newest first, the log about it (counts
 *  by kind, last press, stakeholders), coming deadlines and events, the "Skift status" form and Historik. */
export function experimentCard(
  page: ExperimentPage,
  hits: readonly TopicHit[],
  coming: Item[],
  lang: Lang,
  now: DateTime,
  heading: string,
): CardJson {
  const { record, history, results } = page;
  const sections: PageSection[] = [];
  const status = record.status;
  const earlier = history
    .filter((c) => c !== undefined && !(status && c.at === status.at && c.since === status.since))
    .sort((a, b) => b.since.localeCompare(a.since));
  sections.push({
    heading: t('experimentCard.status', lang),
    facts: [
      ...(status
        ? [
            {
              title: capitalize(statusLabel(status.status, lang)),
              value: [sinceText(status, lang, now), status.note].filter(Boolean).join(': '),
            },
          ]
        : []),
      ...earlier.map((c) => ({
        title: `${t('experimentCard.history', lang)}: ${statusLabel(c.status, lang)}`,
        value: [sinceText(c, lang, now), c.note].filter(Boolean).join(': '),
      })),
      {
        title: t('experimentCard.municipalities', lang),
        value: record.municipalities.length ? record.municipalities.join(', ') : t('experimentCard.notGiven', lang),
      },
    ],
    note: status ? '' : t('experimentCard.noStatus', lang),
  });
  // How often each result was used as a talking point, from the log rows the page reads anyway (no read of its own).
  const uses = resultUses(hits);
  sections.push({
    heading: t('experimentCard.results', lang, { n: results.length }),
    lines: results.map((r) => {
      const used = uses.get(r.id);
      return {
        main: r.text,
        detail:
          ` · ${resultDetail(r, lang, now)}` +
          (used ? ` · ${t('experimentCard.resultUsed', lang, { n: used.count, day: formatDay(used.last, lang, now) })}` : ''),
      };
    }),
    note: results.length ? '' : t('experimentCard.noResults', lang, { name: record.name }),
  });
  const counts = ENTRY_KINDS.map((k) => ({ k, n: hits.filter((h) => h.kind === k).length })).filter((c) => c.n > 0);
  const lastPress = hits.find((h) => h.kind === 'press');
  const met = new Map<string, number>();
  for (const h of hits) for (const s of h.stakeholders) met.set(s, (met.get(s) ?? 0) + 1);
  const metText = [...met]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([s, n]) => (n > 1 ? `${s} (${n})` : s))
    .join(', ');
  sections.push({
    heading: t('experimentCard.log', lang),
    facts:
      hits.length === 0
        ? []
        : [
            {
              title: t('experimentCard.entries', lang),
              value: `${hits.length} (${counts.map((c) => `${c.n} ${kindLabel(c.k, lang)}`).join(' · ')})`,
            },
            ...(lastPress
              ? [{ title: t('experimentCard.lastPress', lang), value: `${formatDay(lastPress.happenedOn, lang, now)}: ${lastPress.text}` }]
              : []),
            ...(metText ? [{ title: t('experimentCard.met', lang), value: metText }] : []),
          ],
    note: hits.length === 0 ? t('experimentCard.noLog', lang) : '',
  });
  sections.push({
    heading: t('experimentCard.coming', lang),
    lines: coming.map((i) => ({ main: i.title, detail: ` · ${itemKindText(i.type, lang)} · ${whenText(i, lang, now)}` })),
    note: coming.length ? '' : t('experimentCard.noComing', lang),
  });
  return pageCard({
    heading,
    title: record.name,
    subtitle: record.title ?? '',
    sections,
    actions: [
      statusForm(record.name, lang, now),
      { type: 'Action.Execute', ...historyButton({ kind: 'experiment', name: record.name }, lang) },
    ],
  });
}

function resultDetail(r: ExperimentResult, lang: Lang, now: DateTime): string {
  const about = r.period ? `${formatPeriod(r.period, lang, now)} · ` : '';
  return about + t('experimentCard.resultBy', lang, { who: r.by || '?', day: formatDay(r.at.slice(0, 10), lang, now) });
}

/** The page's "Skift status" button: a status, a date and a note, saved by EXPERIMENT_VERBS.status. */
function statusForm(name: string, lang: Lang, now: DateTime): object {
  return {
    type: 'Action.ShowCard',
    title: t('experimentCard.changeStatus', lang),
    card: {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [
        {
          type: 'Input.ChoiceSet',
          id: 'status',
          label: t('experimentCard.status', lang),
          isRequired: true,
          errorMessage: t('experimentCard.chooseStatus', lang),
          style: 'compact',
          choices: EXPERIMENT_STATUSES.map((s) => ({ title: statusLabel(s, lang), value: s })),
        },
        {
          type: 'Input.Date',
          id: 'since',
          label: t('experimentCard.since.input', lang),
          isRequired: true,
          errorMessage: t('experimentCard.chooseStatus', lang),
          value: now.toISODate(),
        },
        { type: 'Input.Text', id: 'note', label: t('experimentCard.note.input', lang), maxLength: 300 },
      ],
      actions: [
        { type: 'Action.Execute', title: t('experimentCard.saveStatus', lang), verb: EXPERIMENT_VERBS.status, data: { name, lang } },
      ],
    },
  };
}
