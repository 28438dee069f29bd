// One card layout for the registry's pages (an experiment, a municipality, the experiments by status, a saved result)
// and for an approval run's tally: a title, a headline, sections of facts and lines, rows of buttons, and card
// actions. User text goes into TextRuns or through literalMarkdown (render.ts), so it shows as typed.
import { expand, type CardJson } from './render';
import template from './templates/page.json';

export interface PageSection {
  heading: string;
  facts?: Array<{ title: string; value: string }>;
  lines?: Array<{ main: string; detail?: string }>;
  note?: string;
}

export interface PageButton {
  title: string;
  verb: string;
  data: Record<string, unknown>;
}

export interface PageInput {
  heading?: string;
  headingColor?: string;
  title: string;
  struck?: boolean;
  subtitle?: string;
  headline?: string;
  headlineColor?: string;
  sections: PageSection[];
  /** Buttons in the body, in rows (Teams shows a handful per row). */
  buttons?: PageButton[];
  /** The card's own actions (Action.Execute, Action.ShowCard), raw. */
  actions?: object[];
  footer?: string;
}

/** Buttons per row in the body. */
const PER_ROW = 4;

export function pageCard(input: PageInput): CardJson {
  const buttons = input.buttons ?? [];
  const buttonRows: Array<{ buttons: PageButton[] }> = [];
  for (let i = 0; i < buttons.length; i += PER_ROW) buttonRows.push({ buttons: buttons.slice(i, i + PER_ROW) });
  const card = expand(template, {
    heading: input.heading ?? '',
    headingColor: input.headingColor ?? 'Good',
    title: input.title,
    struck: input.struck ?? false,
    subtitle: input.subtitle ?? '',
    headline: input.headline ?? '',
    headlineColor: input.headlineColor ?? 'Default',
    sections: input.sections.map((s) => ({
      heading: s.heading,
      facts: s.facts ?? [],
      lines: (s.lines ?? []).map((l) => ({ main: l.main, detail: l.detail ?? '' })),
      note: s.note ?? '',
    })),
    buttonRows,
    actions: input.actions ?? [],
    footer: input.footer ?? '',
  });
  if (Array.isArray(card.actions) && card.actions.length === 0) delete card.actions;
  return card;
}
