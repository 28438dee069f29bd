// The advocacy log's cards: the confirmation with Undo and Edit, the kind buttons, the form, /find and /who results.
import type { DateTime } from 'luxon';
import type { IsoDate, Lang, Period } from '../domain/types';
import { ENTRY_KINDS, kindLabel, type EntryKind } from '../domain/vocabulary';
import { formatDay, formatPeriod, t } from '../i18n/catalog';
import { MAX_LOG_TEXT } from '../domain/logText';
import { capitalize } from '../domain/text';
import { expand, type CardJson } from './render';
import savedTemplate from './templates/logSaved.json';
import chooseTemplate from './templates/logChooseKind.json';
import formTemplate from './templates/logForm.json';
import listTemplate from './templates/logList.json';

/** What a log card shows of an entry. */
export interface LogEntryView {
  key: string;
  kind: EntryKind;
  text: string;
  happenedOn: IsoDate;
  authorName: string;
  stakeholders: string[];
  experiments: string[];
  municipalities: string[];
  /** The text names a period: shown instead of the day. */
  period?: Period;
  /** A date ahead that the text announces, with the title it gets as an event. */
  coming?: Period;
  comingTitle?: string;
  /** A year the bot chose (not written), other than the year it was logged. */
  yearChosen?: number;
}

/** When an entry happened, as written: a period as a period ("start oktober"), a day as a day. */
export function entryDateText(e: Pick<LogEntryView, 'happenedOn' | 'period'>, lang: Lang, today?: DateTime): string {
  return e.period ? formatPeriod(e.period, lang, today) : formatDay(e.happenedOn, lang, today);
}

function comingText(p: Period, lang: Lang, today: DateTime): string {
  return p.form.kind === 'day' ? formatDay(p.start, lang, today) : formatPeriod(p, lang, today);
}

function factsOf(e: LogEntryView, lang: Lang, today: DateTime): Array<{ title: string; value: string }> {
  const facts = [
    { title: t('logCard.kind', lang), value: capitalize(kindLabel(e.kind, lang)) },
    { title: t('logCard.date', lang), value: entryDateText(e, lang, today) },
  ];
  if (e.coming) facts.push({ title: t('logCard.coming', lang), value: comingText(e.coming, lang, today) });
  if (e.stakeholders.length) facts.push({ title: t('logCard.stakeholders', lang), value: e.stakeholders.join(', ') });
  if (e.experiments.length) facts.push({ title: t('logCard.experiments', lang), value: e.experiments.join(', ') });
  if (e.municipalities.length) facts.push({ title: t('logCard.municipalities', lang), value: e.municipalities.join(', ') });
  if (e.authorName) facts.push({ title: t('logCard.author', lang), value: e.authorName });
  return facts;
}

/** The reply to /log: what was understood, with Undo and Edit that replace this card in place. */
export function logSavedCard(e: LogEntryView, lang: Lang, today: DateTime, opts: { edited?: boolean; kindInferred?: boolean; eventAdded?: string } = {}): CardJson {
  const kind = kindLabel(e.kind, lang);
  const notes = [
    ...(opts.kindInferred ? [t('logCard.inferred', lang)] : []),
    ...(e.coming && !opts.eventAdded ? [t('logCard.comingNote', lang, { what: e.comingTitle ?? e.text, when: comingText(e.coming, lang, today) })] : []),
    ...(e.coming && opts.eventAdded ? [t('logCard.eventAdded', lang, { what: e.comingTitle ?? e.text, by: opts.eventAdded })] : []),
    ...(e.yearChosen ? [t('logCard.yearNote', lang, { year: String(e.yearChosen) })] : []),
  ];
  return expand(savedTemplate, {
    heading: t(opts.edited ? 'logCard.updated' : 'logCard.saved', lang, { kind }),
    headingColor: 'Good',
    text: e.text,
    struck: false,
    facts: factsOf(e, lang, today),
    note: notes.join(' '),
    actions: [
      { title: t('button.undo', lang), verb: 'log.undo', data: { entry: e.key, lang } },
      { title: t('button.edit', lang), verb: 'log.edit', data: { entry: e.key, lang } },
      { title: t('button.history', lang), verb: 'history.show', data: { kind: 'entry', entry: e.key, lang } },
      ...(e.coming && !opts.eventAdded ? [{ title: t('logCard.addEvent', lang), verb: 'log.addEvent', data: { entry: e.key, lang } }] : []),
    ],
  });
}

/** After Undo: the entry struck through; only its history can be opened. */
export function logUndoneCard(e: LogEntryView, lang: Lang, today: DateTime, undoneBy: string): CardJson {
  return expand(savedTemplate, {
    heading: undoneBy ? t('logCard.undoneBy', lang, { by: undoneBy }) : t('logCard.undone', lang),
    headingColor: 'Attention',
    text: e.text,
    struck: true,
    facts: factsOf(e, lang, today),
    note: '',
    actions: [{ title: t('button.history', lang), verb: 'history.show', data: { kind: 'entry', entry: e.key, lang } }],
  });
}

/** When the first word is no kind: the text, and a button per kind (three to a row). Nothing is saved until pressed. */
export function chooseKindCard(text: string, lang: Lang, pending: Record<string, unknown>): CardJson {
  const buttons = ENTRY_KINDS.map((kind) => ({ title: capitalize(kindLabel(kind, lang)), data: { ...pending, kind, lang } }));
  const rows: Array<{ buttons: typeof buttons }> = [];
  for (let i = 0; i < buttons.length; i += 3) rows.push({ buttons: buttons.slice(i, i + 3) });
  return expand(chooseTemplate, { heading: t('logCard.choose', lang), text, rows });
}

/** The form for `/log` alone (new) and for Edit (prefilled). */
export function logFormCard(lang: Lang, opts: { verb: 'log.create' | 'log.update'; data: Record<string, unknown>; kind?: EntryKind; text?: string; date?: IsoDate }): CardJson {
  return expand(formTemplate, {
    heading: t(opts.verb === 'log.create' ? 'logCard.formNew' : 'logCard.formEdit', lang),
    kindLabel: t('logCard.kind', lang), kindError: t('logCard.kindError', lang), kind: opts.kind ?? '',
    kinds: ENTRY_KINDS.map((k) => ({ title: capitalize(kindLabel(k, lang)), value: k })),
    textLabel: t('logCard.textLabel', lang), textError: t('logCard.textError', lang, { max: MAX_LOG_TEXT }),
    textPlaceholder: t('logCard.textPlaceholder', lang), text: opts.text ?? '',
    dateLabel: t('logCard.date', lang), date: opts.date ?? '', dateHint: t('logCard.formDateHint', lang),
    saveLabel: t('button.save', lang), verb: opts.verb, data: { ...opts.data, was: opts.date ?? '', lang },
  });
}

export interface ListRow {
  meta: string;
  text: string;
}

/** A titled list of rows (search results, a stakeholder's history), with facts on top and an optional "more". */
export function logListCard(lang: Lang, data: { heading: string; facts?: Array<{ title: string; value: string }>; rows: ListRow[]; note?: string; more?: { verb: string; data: Record<string, unknown> } }): CardJson {
  return expand(listTemplate, {
    heading: data.heading,
    facts: data.facts ?? [],
    rows: data.rows,
    note: data.note ?? '',
    actions: data.more ? [{ title: t('button.showMore', lang), verb: data.more.verb, data: { ...data.more.data, lang } }] : [],
  });
}

/** "tirsdag d. 19. november · Presse · Anne Sørensen" */
export function entryMeta(e: Pick<LogEntryView, 'happenedOn' | 'period' | 'kind' | 'authorName'>, lang: Lang, today: DateTime): string {
  return [entryDateText(e, lang, today), capitalize(kindLabel(e.kind, lang)), e.authorName].filter(Boolean).join(' · ');
}
