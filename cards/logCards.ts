// The advocacy log's cards: the confirmation with Undo and Edit, the kind buttons, the form, /find and /who results.
import type { DateTime } from 'luxon';
import type { IsoDate, Lang, Period } from '../domain/types';
import { ENTRY_KINDS, kindLabel, type EntryKind } from '../domain/vocabulary';
import { formatDay, formatPeriod } from '../domain/periodFormat';
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

const T = {
  da: {
    saved: (kind: string) => `Logget: ${kind}`,
    undone: (by: string) => `Fortrudt${by ? ` af ${by}` : ''}: fjernet fra loggen`,
    updated: (kind: string) => `Rettet: ${kind}`,
    kind: 'Art', date: 'Dato', stakeholders: 'Interessenter', experiments: 'Forsøg', municipalities: 'Kommuner', author: 'Logget af',
    undo: 'Fortryd', edit: 'Ret', inferred: 'Arten er sat til presse, fordi teksten nævner et medie. Ret den, hvis det er forkert.',
    choose: 'Hvilken slags handling er det? Vælg, så gemmer jeg den.',
    formNew: 'Ny logpost', formEdit: 'Ret logposten', kindLabel: 'Art', kindError: 'Vælg en art',
    textLabel: 'Hvad skete der?', textError: 'Skriv hvad der skete (højst 1000 tegn)', textPlaceholder: 'Fx "Jyllandsposten skrev om mikrolån"',
    dateLabel: 'Dato', save: 'Gem',
    more: 'Vis flere',
    coming: 'Kommende', addEvent: 'Tilføj som arrangement',
    eventAdded: (what: string, by: string) => `Tilføjet som arrangement af ${by}: "${what}". Den kommer nu på listerne og i påmindelserne.`,
    comingNote: (what: string, when: string) => `"${what}" ${when} ligger forude, så logposten står på den dag, den blev skrevet. Tilføj den som arrangement, så kommer den på listerne.`,
    yearNote: (year: number) => `Året står ikke i teksten; jeg har valgt ${year}, det nærmeste. Ret datoen, hvis det er forkert.`,
    formDateHint: 'Lad datoen stå tom, så bruger jeg datoen i teksten (eller dagen, den blev skrevet).',
  },
  en: {
    saved: (kind: string) => `Logged: ${kind}`,
    undone: (by: string) => `Undone${by ? ` by ${by}` : ''}: removed from the log`,
    updated: (kind: string) => `Edited: ${kind}`,
    kind: 'Kind', date: 'Date', stakeholders: 'Stakeholders', experiments: 'Experiments', municipalities: 'Municipalities', author: 'Logged by',
    undo: 'Undo', edit: 'Edit', inferred: 'The kind is set to press because the text names an outlet. Edit it if that is wrong.',
    choose: 'What kind of action is this? Choose one and I will save it.',
    formNew: 'New log entry', formEdit: 'Edit the log entry', kindLabel: 'Kind', kindError: 'Choose a kind',
    textLabel: 'What happened?', textError: 'Write what happened (at most 1000 characters)', textPlaceholder: 'E.g. "Jyllandsposten wrote about micro-loans"',
    dateLabel: 'Date', save: 'Save',
    more: 'Show more',
    coming: 'Coming', addEvent: 'Add as event',
    eventAdded: (what: string, by: string) => `Added as an event by ${by}: "${what}". It is now on the lists and in the reminders.`,
    comingNote: (what: string, when: string) => `"${what}" ${when} lies ahead, so the entry stays on the day it was written. Add it as an event to put it on the lists.`,
    yearNote: (year: number) => `The text gives no year; I chose ${year}, the nearest. Edit the date if that is wrong.`,
    formDateHint: 'Leave the date empty and I use the date in the text (or the day it was written).',
  },
};


/** When an entry happened, as written: a period as a period ("start oktober"), a day as a day. */
export function entryDateText(e: Pick<LogEntryView, 'happenedOn' | 'period'>, lang: Lang, today?: DateTime): string {
  return e.period ? formatPeriod(e.period, lang, today) : formatDay(e.happenedOn, lang, today);
}

function comingText(p: Period, lang: Lang, today: DateTime): string {
  return p.form.kind === 'day' ? formatDay(p.start, lang, today) : formatPeriod(p, lang, today);
}

function factsOf(e: LogEntryView, lang: Lang, today: DateTime): Array<{ title: string; value: string }> {
  const t = T[lang];
  const facts = [
    { title: t.kind, value: capitalize(kindLabel(e.kind, lang)) },
    { title: t.date, value: entryDateText(e, lang, today) },
  ];
  if (e.coming) facts.push({ title: t.coming, value: comingText(e.coming, lang, today) });
  if (e.stakeholders.length) facts.push({ title: t.stakeholders, value: e.stakeholders.join(', ') });
  if (e.experiments.length) facts.push({ title: t.experiments, value: e.experiments.join(', ') });
  if (e.municipalities.length) facts.push({ title: t.municipalities, value: e.municipalities.join(', ') });
  if (e.authorName) facts.push({ title: t.author, value: e.authorName });
  return facts;
}

/** The reply to /log: what was understood, with Undo and Edit that replace this card in place. */
export function logSavedCard(e: LogEntryView, lang: Lang, today: DateTime, opts: { edited?: boolean; kindInferred?: boolean; eventAdded?: string } = {}): CardJson {
  const t = T[lang];
  const kind = kindLabel(e.kind, lang);
  const notes = [
    ...(opts.kindInferred ? [t.inferred] : []),
    ...(e.coming && !opts.eventAdded ? [t.comingNote(e.comingTitle ?? e.text, comingText(e.coming, lang, today))] : []),
    ...(e.coming && opts.eventAdded ? [t.eventAdded(e.comingTitle ?? e.text, opts.eventAdded)] : []),
    ...(e.yearChosen ? [t.yearNote(e.yearChosen)] : []),
  ];
  return expand(savedTemplate, {
    heading: opts.edited ? t.updated(kind) : t.saved(kind),
    headingColor: 'Good',
    text: e.text,
    struck: false,
    facts: factsOf(e, lang, today),
    note: notes.join(' '),
    actions: [
      { title: t.undo, verb: 'log.undo', data: { entry: e.key, lang } },
      { title: t.edit, verb: 'log.edit', data: { entry: e.key, lang } },
      ...(e.coming && !opts.eventAdded ? [{ title: t.addEvent, verb: 'log.addEvent', data: { entry: e.key, lang } }] : []),
    ],
  });
}

/** After Undo: the entry struck through, no buttons. */
export function logUndoneCard(e: LogEntryView, lang: Lang, today: DateTime, undoneBy: string): CardJson {
  return expand(savedTemplate, {
    heading: T[lang].undone(undoneBy),
    headingColor: 'Attention',
    text: e.text,
    struck: true,
    facts: factsOf(e, lang, today),
    note: '',
    actions: [],
  });
}

/** When the first word is no kind: the text, and a button per kind (three to a row). Nothing is saved until pressed. */
export function chooseKindCard(text: string, lang: Lang, pending: Record<string, unknown>): CardJson {
  const buttons = ENTRY_KINDS.map((kind) => ({ title: capitalize(kindLabel(kind, lang)), data: { ...pending, kind, lang } }));
  const rows: Array<{ buttons: typeof buttons }> = [];
  for (let i = 0; i < buttons.length; i += 3) rows.push({ buttons: buttons.slice(i, i + 3) });
  return expand(chooseTemplate, { heading: T[lang].choose, text, rows });
}

/** The form for `/log` alone (new) and for Edit (prefilled). */
export function logFormCard(lang: Lang, opts: { verb: 'log.create' | 'log.update'; data: Record<string, unknown>; kind?: EntryKind; text?: string; date?: IsoDate }): CardJson {
  const t = T[lang];
  return expand(formTemplate, {
    heading: opts.verb === 'log.create' ? t.formNew : t.formEdit,
    kindLabel: t.kindLabel, kindError: t.kindError, kind: opts.kind ?? '',
    kinds: ENTRY_KINDS.map((k) => ({ title: capitalize(kindLabel(k, lang)), value: k })),
    textLabel: t.textLabel, textError: t.textError, textPlaceholder: t.textPlaceholder, text: opts.text ?? '',
    dateLabel: t.dateLabel, date: opts.date ?? '', dateHint: t.formDateHint,
    saveLabel: t.save, verb: opts.verb, data: { ...opts.data, was: opts.date ?? '', lang },
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
    actions: data.more ? [{ title: T[lang].more, verb: data.more.verb, data: { ...data.more.data, lang } }] : [],
  });
}

/** "tirsdag d. 19. november · Presse · Anne Sørensen" */
export function entryMeta(e: Pick<LogEntryView, 'happenedOn' | 'period' | 'kind' | 'authorName'>, lang: Lang, today: DateTime): string {
  return [entryDateText(e, lang, today), capitalize(kindLabel(e.kind, lang)), e.authorName].filter(Boolean).join(' · ');
}
