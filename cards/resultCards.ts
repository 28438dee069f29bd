// A result's cards: as saved (with Ret and Slet), its edit form (Gem, Annuller), and struck through after Slet (with
// Fortryd). Each answer to a button replaces the card for everyone (bot/commands/experiments/resultButtons.ts). User text goes into
// TextRuns and inputs, so it shows as typed.
import type { DateTime } from 'luxon';
import type { Lang } from '../domain/types';
import type { ExperimentResult } from '../storage/experimentRepository';
import { formatPeriod, t } from '../i18n/catalog';
import { capitalize } from '../domain/text';
import { figuresText } from '../reports/wording';
import { pageCard } from './pageCard';
import type { CardJson } from './render';

/** The maximum length of a result's text (the form says so, and the command and the form refuse longer). */
export const MAX_RESULT_CHARS = 1000;

/** The verbs of a result's buttons: Vis (Annuller on the form), Ret, Gem, Slet and its Fortryd. */
export const RESULT_VERBS = {
  show: 'result.show',
  edit: 'result.edit',
  update: 'result.update',
  remove: 'result.delete',
  putBack: 'result.putBack',
} as const;

/** What a result button's data holds, once read: the result (by its experiment and id; '' where the card put
 *  nothing), and on Gem the form's text. */
export interface ResultButtonData {
  experiment: string;
  id: string;
  text: string;
}

export function readResultButton(raw: Record<string, unknown>): ResultButtonData {
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  return { experiment: str(raw.experiment), id: str(raw.id), text: str(raw.text) };
}

const ids = (r: ExperimentResult, lang: Lang) => ({ id: r.id, experiment: r.experiment, lang });

function resultFacts(r: ExperimentResult, lang: Lang, today: DateTime) {
  return [
    { title: t('result.experiment', lang), value: r.experiment },
    ...(r.period ? [{ title: t('result.about', lang), value: formatPeriod(r.period, lang, today) }] : []),
    { title: t('result.figures', lang), value: r.figures.length ? figuresText(r.figures) : t('result.noFigures', lang) },
  ];
}

/** A result as kept: its text, experiment, period and figures, with Ret and Slet. */
export function resultCard(r: ExperimentResult, lang: Lang, today: DateTime, heading: string): CardJson {
  return pageCard({
    heading,
    title: r.text,
    sections: [{ heading: capitalize(t('result.kind', lang)), facts: resultFacts(r, lang, today) }],
    buttons: [
      { title: t('button.edit', lang), verb: RESULT_VERBS.edit, data: ids(r, lang) },
      { title: t('button.delete', lang), verb: RESULT_VERBS.remove, data: ids(r, lang) },
    ],
  });
}

/** After Slet: the result struck through, who deleted it, and Fortryd. */
export function deletedResultCard(r: ExperimentResult, lang: Lang, today: DateTime, by: string): CardJson {
  return pageCard({
    heading: t('result.deletedBy', lang, { by: by || '?' }),
    headingColor: 'Attention',
    title: r.text,
    struck: true,
    sections: [{ heading: capitalize(t('result.kind', lang)), facts: resultFacts(r, lang, today) }],
    buttons: [{ title: t('button.undo', lang), verb: RESULT_VERBS.putBack, data: ids(r, lang) }],
  });
}

/** Ret: the text in a form; Gem reads it again (period, figures), Annuller puts the result's card back unchanged. */
export function resultFormCard(r: ExperimentResult, lang: Lang): CardJson {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: t('result.formHeading', lang, { name: r.experiment }), weight: 'Bolder', size: 'Medium', wrap: true },
      {
        type: 'Input.Text',
        id: 'text',
        label: t('result.formLabel', lang),
        isMultiline: true,
        isRequired: true,
        value: r.text,
        maxLength: MAX_RESULT_CHARS,
        errorMessage: t('result.formError', lang, { max: MAX_RESULT_CHARS }),
      },
    ],
    actions: [
      { type: 'Action.Execute', title: t('button.save', lang), verb: RESULT_VERBS.update, data: ids(r, lang) },
      { type: 'Action.Execute', title: t('button.cancel', lang), verb: RESULT_VERBS.show, data: ids(r, lang), associatedInputs: 'none' },
    ],
  };
}
