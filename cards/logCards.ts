// The advocacy log's cards: the confirmation with Undo and Edit, the kind buttons, the form, /find and /who results.
import type { DateTime } from 'luxon';
import type { Colleague, IsoDate, Lang, Period } from '../domain/types';
import { ENTRY_KINDS, kindLabel, type EntryKind } from '../domain/vocabulary';
import { formatDay, formatPeriod, t, type MessageId } from '../i18n/catalog';
import { MAX_LOG_TEXT } from '../domain/logText';
import { capitalize } from '../domain/text';
import { unnamedMinister } from '../domain/recognize';
import { expand, literalMarkdown, type CardJson } from './render';
import savedTemplate from './templates/logSaved.json';
import chooseTemplate from './templates/logChooseKind.json';
import formTemplate from './templates/logForm.json';
import dialogTemplate from './templates/logDialog.json';
import listTemplate from './templates/logList.json';
import { historyButton } from './historyButton';
import { LOG_VERBS } from './logButton';

/** The verb of "Vis flere" on /søg's results (bot/commands/find.ts). */
export const FIND_VERBS = { more: 'find.more' } as const;

/** "Vis flere"'s data: the query and where the next page starts. */
export interface FindMoreData {
  q: string;
  offset: number;
}

export function readFindMore(raw: Record<string, unknown>): FindMoreData {
  const offset = typeof raw.offset === 'number' && Number.isInteger(raw.offset) && raw.offset >= 0 ? raw.offset : 0;
  return { q: typeof raw.q === 'string' ? raw.q : '', offset };
}

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
  /** Links the entry is about, each with who published it (or the site) for its button. */
  links?: Array<{ url: string; label: string }>;
  participants?: string[];
  quoted?: string[];
  /** Who wrote the Teams message it was logged from, when it was. */
  fromName?: string;
  /** The text of the result the entry used, when it is linked to one. */
  result?: string;
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
  if (e.participants?.length) facts.push({ title: t('logCard.colleagues', lang), value: e.participants.join(', ') });
  if (e.quoted?.length) facts.push({ title: t('logCard.quoted', lang), value: e.quoted.join(', ') });
  if (e.result) facts.push({ title: t('logCard.result', lang), value: e.result });
  if (e.links?.length) facts.push({ title: t('logCard.source', lang), value: e.links.map((l) => l.label).join(', ') });
  if (e.fromName) facts.push({ title: t('logCard.fromMessage', lang), value: e.fromName });
  if (e.authorName) facts.push({ title: t('logCard.author', lang), value: e.authorName });
  return facts;
}

/** A Teams card shows six buttons; the Åbn buttons take what the others leave (at least one, at most three). */
const MAX_BUTTONS = 6;

/** Åbn for each link that fits. Action.OpenUrl: Teams opens it, the bot never does. */
function openButtons(e: LogEntryView, lang: Lang, others: number): Array<{ title: string; url: string }> {
  const links = (e.links ?? []).slice(0, Math.max(1, Math.min(3, MAX_BUTTONS - others)));
  return links.map((l) => ({
    title: links.length === 1 ? t('logCard.open', lang) : t('logCard.openNamed', lang, { label: l.label }),
    url: l.url,
  }));
}

/** The reply to /log: what was understood, with Undo and Edit that replace this card in place. `already`: the entry
 *  as it stands, shown when a message logged before is logged again (nothing new was saved). */
export function logSavedCard(
  e: LogEntryView,
  lang: Lang,
  today: DateTime,
  opts: {
    edited?: boolean;
    kindInferred?: boolean;
    inferredFrom?: 'text' | 'link';
    eventAdded?: string;
    eventExisted?: string;
    already?: boolean;
    resultLinked?: 'linked' | 'unlinked';
  } = {},
): CardJson {
  const kind = kindLabel(e.kind, lang);
  const minister = unnamedMinister(e.text, e.stakeholders);
  const notes = [
    ...(opts.already ? [t('logCard.alreadyLoggedNote', lang)] : []),
    ...(opts.kindInferred ? [t(opts.inferredFrom === 'link' ? 'logCard.inferredLink' : 'logCard.inferred', lang)] : []),
    ...(e.coming && !opts.eventAdded && !opts.eventExisted
      ? [t('logCard.comingNote', lang, { what: e.comingTitle ?? e.text, when: comingText(e.coming, lang, today) })]
      : []),
    ...(e.coming && opts.eventAdded ? [t('logCard.eventAdded', lang, { what: e.comingTitle ?? e.text, by: opts.eventAdded })] : []),
    ...(e.coming && opts.eventExisted ? [t('logCard.eventExisted', lang, { what: opts.eventExisted })] : []),
    ...(e.yearChosen ? [t('logCard.yearNote', lang, { year: String(e.yearChosen) })] : []),
    ...(minister && !opts.already ? [t('logCard.unnamedMinister', lang, { word: minister })] : []),
  ];
  const actions = [
    { title: t('button.undo', lang), verb: LOG_VERBS.undo, data: { entry: e.key, lang } },
    { title: t('button.edit', lang), verb: LOG_VERBS.edit, data: { entry: e.key, lang } },
    historyButton({ kind: 'entry', entry: e.key }, lang),
    ...(e.coming && !opts.eventAdded && !opts.eventExisted
      ? [{ title: t('logCard.addEvent', lang), verb: LOG_VERBS.addEvent, data: { entry: e.key, lang } }]
      : []),
    // Results are the talking points: an entry about an experiment can say which of its results it used.
    ...(e.experiments.length ? [{ title: t('logCard.pickResult', lang), verb: LOG_VERBS.pickResult, data: { entry: e.key, lang } }] : []),
  ];
  return expand(savedTemplate, {
    heading: opts.already
      ? t('logCard.alreadyLogged', lang)
      : opts.resultLinked
        ? t(opts.resultLinked === 'linked' ? 'logCard.resultLinked' : 'logCard.resultUnlinked', lang)
        : t(opts.edited ? 'logCard.updated' : 'logCard.saved', lang, { kind }),
    headingColor: opts.already ? 'Warning' : 'Good',
    text: e.text,
    struck: false,
    facts: factsOf(e, lang, today),
    note: notes.join(' '),
    actions,
    links: openButtons(e, lang, actions.length),
  });
}

/** A result offered on the picker: its id and how it reads ("lægeattester: ca. 2.000 færre … (juli–december 2018)"). */
export interface ResultChoice {
  id: string;
  title: string;
}

/** "Brugt resultat…": the results of the entry's experiments to choose from (the one it uses chosen), "Intet
 *  resultat" to take the link away, and Tilbage to the entry's card. Replaces the entry's card for everyone. */
export function resultPickerCard(e: LogEntryView, choices: ResultChoice[], chosen: string | undefined, lang: Lang): CardJson {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: t('logResult.heading', lang), weight: 'Bolder', size: 'Medium', wrap: true },
      { type: 'TextBlock', text: literalMarkdown(e.text), wrap: true, isSubtle: true },
      {
        type: 'TextBlock',
        text: literalMarkdown(t('logResult.intro', lang, { experiments: e.experiments.join(', ') })),
        wrap: true,
        size: 'Small',
      },
      {
        type: 'Input.ChoiceSet',
        id: 'result',
        label: t('logCard.result', lang),
        style: 'expanded',
        value: chosen ?? 'none',
        choices: [...choices.map((c) => ({ title: c.title, value: c.id })), { title: t('logResult.none', lang), value: 'none' }],
      },
    ],
    actions: [
      { type: 'Action.Execute', title: t('logResult.link', lang), verb: LOG_VERBS.linkResult, data: { entry: e.key, lang } },
      { type: 'Action.Execute', title: t('logResult.back', lang), verb: LOG_VERBS.show, data: { entry: e.key, lang } },
    ],
  };
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
    actions: [historyButton({ kind: 'entry', entry: e.key }, lang)],
    links: [],
  });
}

/** When the first word is no kind: the text, and a button per kind (three to a row). Nothing is saved until pressed. */
export function chooseKindCard(
  text: string,
  lang: Lang,
  pending: Record<string, unknown>,
  opts: { verb?: string; heading?: MessageId } = {},
): CardJson {
  const verb = opts.verb ?? LOG_VERBS.kind;
  const buttons = ENTRY_KINDS.map((kind) => ({ title: capitalize(kindLabel(kind, lang)), verb, data: { ...pending, kind, lang } }));
  const rows: Array<{ buttons: typeof buttons }> = [];
  for (let i = 0; i < buttons.length; i += 3) rows.push({ buttons: buttons.slice(i, i + 3) });
  return expand(chooseTemplate, { heading: t(opts.heading ?? 'logCard.choose', lang), text, rows });
}

/** The form for `/log` alone (new) and for Edit (prefilled). */
export function logFormCard(
  lang: Lang,
  opts: {
    verb: typeof LOG_VERBS.create | typeof LOG_VERBS.update;
    data: Record<string, unknown>;
    kind?: EntryKind;
    text?: string;
    date?: IsoDate;
  },
): CardJson {
  return expand(formTemplate, {
    heading: t(opts.verb === LOG_VERBS.create ? 'logCard.formNew' : 'logCard.formEdit', lang),
    kindLabel: t('logCard.kind', lang),
    kindError: t('logCard.kindError', lang),
    kind: opts.kind ?? '',
    kinds: ENTRY_KINDS.map((k) => ({ title: capitalize(kindLabel(k, lang)), value: k })),
    textLabel: t('logCard.textLabel', lang),
    textError: t('logCard.textError', lang, { max: MAX_LOG_TEXT }),
    textPlaceholder: t('logCard.textPlaceholder', lang),
    text: opts.text ?? '',
    dateLabel: t('logCard.date', lang),
    date: opts.date ?? '',
    dateHint: t('logCard.formDateHint', lang),
    saveLabel: t('button.save', lang),
    verb: opts.verb,
    data: { ...opts.data, was: opts.date ?? '', lang },
    // Annuller on an edit: the entry's card back as it was, for everyone (nothing is read from the form).
    cancel:
      opts.verb === LOG_VERBS.update
        ? [{ title: t('button.cancel', lang), verb: LOG_VERBS.show, data: { entry: opts.data.entry, lang } }]
        : [],
  });
}

/** Why the dialog's Gem saved nothing: the form comes back with this above it. */
export type DialogProblem =
  | { code: 'noKind' }
  | { code: 'noText' }
  | { code: 'tooLong'; length: number }
  | { code: 'badDate'; date: string }
  | { code: 'impossibleDate'; date: string }
  | { code: 'badLink'; link: string }
  | { code: 'noFrom' }
  | { code: 'fromTooLong'; length: number };

/** The longest name the dialog takes for the message's author (Teams' display names are far shorter). */
export const MAX_FROM_NAME = 100;

const DIALOG_PROBLEMS: Record<DialogProblem['code'], MessageId> = {
  noKind: 'log.chooseKindFirst',
  noText: 'logDialog.noText',
  tooLong: 'logDialog.tooLong',
  badDate: 'logDialog.badDate',
  impossibleDate: 'log.impossibleDate',
  badLink: 'logDialog.badLink',
  noFrom: 'logDialog.noFrom',
  fromTooLong: 'logDialog.fromTooLong',
};

/** What the "Log i Tovholder" dialog shows: the message read as /log reads it, every field editable. */
export interface DialogFields {
  /** Opened on a message (else from the compose box: a new entry). */
  onMessage: boolean;
  problem?: DialogProblem;
  /** The message's length, when it is longer than an entry may be (a note above the form). */
  tooLong?: number;
  kind?: EntryKind;
  text: string;
  date: string;
  links: string[];
  colleagues: Colleague[];
  /** Indexes of the colleagues ticked; all of them when not given. */
  chosen?: string[];
  /** Who wrote the message: an editable field, on a message only. */
  fromName: string;
  recognised?: string[];
  /** Carried to the save with the inputs (the message's id, thread and author). */
  submit: Record<string, unknown>;
}

/** The dialog's form. Action.Submit: in a message extension's dialog Teams sends it as composeExtension/submitAction. */
export function logDialogCard(lang: Lang, f: DialogFields): CardJson {
  const max = f.problem?.code === 'fromTooLong' ? MAX_FROM_NAME : MAX_LOG_TEXT;
  const problem = f.problem ? t(DIALOG_PROBLEMS[f.problem.code], lang, { ...f.problem, max }) : '';
  return expand(dialogTemplate, {
    heading: t(f.onMessage ? 'logDialog.heading' : 'logCard.formNew', lang),
    error: problem,
    note: f.tooLong !== undefined ? t('logDialog.tooLongNote', lang, { length: f.tooLong, max: MAX_LOG_TEXT }) : '',
    kindLabel: t('logCard.kind', lang),
    kindError: t('logCard.kindError', lang),
    kind: f.kind ?? '',
    kinds: ENTRY_KINDS.map((k) => ({ title: capitalize(kindLabel(k, lang)), value: k })),
    textLabel: t('logCard.textLabel', lang),
    textError: t('logCard.textError', lang, { max: MAX_LOG_TEXT }),
    text: f.text,
    dateLabel: t('logCard.date', lang),
    date: f.date,
    linksLabel: t('logDialog.links', lang),
    links: f.links.join('\n'),
    hasColleagues: f.colleagues.length > 0,
    colleaguesLabel: t('logCard.colleagues', lang),
    colleagues: f.colleagues.map((c, i) => ({ title: c.name, value: String(i) })),
    chosen: (f.chosen ?? f.colleagues.map((_, i) => String(i))).join(','),
    onMessage: f.onMessage,
    fromLabel: t('logDialog.from', lang),
    fromName: f.fromName,
    fromMax: MAX_FROM_NAME,
    fromError: t('logDialog.fromError', lang, { max: MAX_FROM_NAME }),
    recognised: f.recognised?.length ? t('logDialog.recognised', lang, { names: f.recognised.join(', ') }) : '',
    saveLabel: t('button.save', lang),
    submit: f.submit,
  });
}

export interface ListRow {
  meta: string;
  text: string;
}

/** A titled list of rows (search results, a stakeholder's history), with facts on top and an optional "more". */
export function logListCard(
  lang: Lang,
  data: {
    heading: string;
    facts?: Array<{ title: string; value: string }>;
    rows: ListRow[];
    note?: string;
    more?: { verb: string; data: Record<string, unknown> };
  },
): CardJson {
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
