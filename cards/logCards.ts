// The advocacy log's cards: the confirmation with Undo and Edit, the kind buttons, the form, /find and /who results.
import type { DateTime } from 'luxon';
import type { IsoDate, Lang } from '../domain/types';
import { ENTRY_KINDS, kindLabel, type EntryKind } from '../domain/vocabulary';
import { formatDay } from '../domain/periodFormat';
import { capitalize } from '../domain/text';
import { expand, type CardJson } from './render';
import savedTemplate from './templates/logSaved.json';
import chooseTemplate from './templates/logChooseKind.json';
import formTemplate from './templates/logForm.json';
import dialogTemplate from './templates/logDialog.json';
import type { Colleague } from '../domain/types';
import listTemplate from './templates/logList.json';
import { msg } from '../bot/messages';

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
  /** Links the entry is about, each with who published it (or the site) for its button. */
  links?: Array<{ url: string; label: string }>;
  participants?: string[];
  quoted?: string[];
  /** Who wrote the Teams message it was logged from, when it was. */
  fromName?: string;
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
  },
};


function factsOf(e: LogEntryView, lang: Lang, today: DateTime): Array<{ title: string; value: string }> {
  const t = T[lang];
  const facts = [
    { title: t.kind, value: capitalize(kindLabel(e.kind, lang)) },
    { title: t.date, value: formatDay(e.happenedOn, lang, today) },
  ];
  if (e.stakeholders.length) facts.push({ title: t.stakeholders, value: e.stakeholders.join(', ') });
  if (e.experiments.length) facts.push({ title: t.experiments, value: e.experiments.join(', ') });
  if (e.municipalities.length) facts.push({ title: t.municipalities, value: e.municipalities.join(', ') });
  if (e.participants?.length) facts.push({ title: msg('cardColleagues', lang), value: e.participants.join(', ') });
  if (e.quoted?.length) facts.push({ title: msg('cardQuoted', lang), value: e.quoted.join(', ') });
  if (e.links?.length) facts.push({ title: msg('cardSource', lang), value: e.links.map((l) => l.label).join(', ') });
  if (e.fromName) facts.push({ title: msg('cardFromMessage', lang), value: e.fromName });
  if (e.authorName) facts.push({ title: t.author, value: e.authorName });
  return facts;
}

/** Åbn for each link (at most three: a Teams card shows six buttons). Action.OpenUrl: Teams opens it, the bot never does. */
function openButtons(e: LogEntryView, lang: Lang): Array<{ title: string; url: string }> {
  const links = (e.links ?? []).slice(0, 3);
  return links.map((l) => ({ title: links.length === 1 ? msg('cardOpen', lang) : msg('cardOpenNamed', lang, { label: l.label }), url: l.url }));
}

/** The reply to /log: what was understood, with Undo and Edit that replace this card in place. */
export function logSavedCard(
  e: LogEntryView, lang: Lang, today: DateTime, opts: { edited?: boolean; kindInferred?: boolean; already?: { heading: string; note: string } } = {},
): CardJson {
  const t = T[lang];
  const kind = kindLabel(e.kind, lang);
  return expand(savedTemplate, {
    heading: opts.already ? opts.already.heading : opts.edited ? t.updated(kind) : t.saved(kind),
    headingColor: opts.already ? 'Warning' : 'Good',
    text: e.text,
    struck: false,
    facts: factsOf(e, lang, today),
    note: opts.already ? opts.already.note : opts.kindInferred ? t.inferred : '',
    actions: [
      { title: t.undo, verb: 'log.undo', data: { entry: e.key, lang } },
      { title: t.edit, verb: 'log.edit', data: { entry: e.key, lang } },
    ],
    links: openButtons(e, lang),
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
    links: [],
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
    dateLabel: t.dateLabel, date: opts.date ?? '',
    saveLabel: t.save, verb: opts.verb, data: { ...opts.data, lang },
  });
}

/** What the "Log i Tovholder" dialog shows: the message read as /log reads it, every field editable. */
export interface DialogFields {
  heading: string;
  /** Why the last Gem saved nothing (shown in red above the form). */
  error?: string;
  note?: string;
  kind?: EntryKind;
  text: string;
  date: string;
  links: string[];
  colleagues: Colleague[];
  /** Indexes of the colleagues ticked; all of them when not given. */
  chosen?: string[];
  fromName: string;
  recognised?: string[];
  /** Carried to the save with the inputs (the message's id, thread and author). */
  submit: Record<string, unknown>;
}

/** The dialog's form. Action.Submit: in a message extension's dialog Teams sends it as composeExtension/submitAction. */
export function logDialogCard(lang: Lang, f: DialogFields): CardJson {
  const m = (id: Parameters<typeof msg>[0]) => msg(id, lang);
  return expand(dialogTemplate, {
    heading: f.heading, error: f.error ?? '', note: f.note ?? '',
    kindLabel: m('dialogKind'), kindError: m('dialogKindError'), kind: f.kind ?? '',
    kinds: ENTRY_KINDS.map((k) => ({ title: capitalize(kindLabel(k, lang)), value: k })),
    textLabel: m('dialogText'), textError: m('dialogTextError'), text: f.text,
    dateLabel: m('dialogDate'), date: f.date,
    linksLabel: m('dialogLinks'), links: f.links.join('\n'),
    hasColleagues: f.colleagues.length > 0, colleaguesLabel: m('dialogColleagues'),
    colleagues: f.colleagues.map((c, i) => ({ title: c.name, value: String(i) })),
    chosen: (f.chosen ?? f.colleagues.map((_, i) => String(i))).join(','),
    fromLabel: m('dialogFrom'), fromName: f.fromName,
    recognised: f.recognised?.length ? msg('dialogRecognised', lang, { names: f.recognised.join(', ') }) : '',
    saveLabel: m('dialogSave'), submit: f.submit,
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
export function entryMeta(e: Pick<LogEntryView, 'happenedOn' | 'kind' | 'authorName'>, lang: Lang, today: DateTime): string {
  return [formatDay(e.happenedOn, lang, today), capitalize(kindLabel(e.kind, lang)), e.authorName].filter(Boolean).join(' · ');
}
