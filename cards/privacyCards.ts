// Cards of the personal-data features: a thing's change history, a colleague's own data (/mine data), and the
// erasure's confirmation and outcome (/glem). Data in, card JSON out; no I/O.
import { DateTime } from 'luxon';
import type { Lang, Period } from '../domain/types';
import { changedFields, type ChangeRecord } from '../domain/history';
import { formatPeriod, t, timeText, type MessageId } from '../i18n/catalog';
import { formatDay } from '../domain/periodFormat';
import { expand, type CardJson } from './render';
import template from './templates/sections.json';
import { statusLabel } from './experimentCard';
import { EXPERIMENT_STATUSES, type ExperimentStatus } from '../domain/experiments';
import { ENTRY_KINDS, kindLabel, type EntryKind } from '../domain/vocabulary';
import type { ErasureCounts } from '../storage/erasure';

export interface SectionRow {
  meta: string;
  text: string;
}
export interface Section {
  heading: string;
  rows: SectionRow[];
  more?: string;
}
export interface CardButton {
  title: string;
  verb: string;
  data: Record<string, unknown>;
}

/** The erasure's Bekræft and Annuller (bot/commands/privacy/forget.ts), and /mine data's file button (bot/commands/privacy/myData.ts). */
export const ERASE_VERBS = { confirm: 'erase.confirm', choose: 'erase.choose', cancel: 'erase.cancel' } as const;

/** Bekræft's and a chosen colleague's data: what to erase (the colleague's object id when one was chosen), or
 *  undefined when the button names no mode or too short a name. */
export interface EraseData {
  target: { mode: 'member' | 'text'; name: string; id: string | undefined } | undefined;
}

/** Longer than any name Teams gives (256) or any object id: no target, rather than one cut short. */
const MAX_NAME = 300;
const MAX_ID = 100;

export function readEraseButton(raw: Record<string, unknown>): EraseData {
  const mode = raw.mode === 'text' ? 'text' : raw.mode === 'member' ? 'member' : undefined;
  const name = (typeof raw.name === 'string' ? raw.name : '').trim();
  const id = typeof raw.id === 'string' && raw.id !== '' ? raw.id : undefined;
  const fits = name.length >= 2 && name.length <= MAX_NAME && (id ?? '').length <= MAX_ID;
  return { target: mode && fits ? { mode, name, id } : undefined };
}

/** The buttons of the question which colleague to erase (one per colleague of the name, by object id), and Annuller. */
export function eraseChoiceButtons(name: string, people: ReadonlyArray<{ id: string; label: string }>, lang: Lang): CardButton[] {
  return [
    ...people.map((p) => ({ title: p.label, verb: ERASE_VERBS.choose, data: { mode: 'member', name, id: p.id, lang } })),
    { title: t('button.cancel', lang), verb: ERASE_VERBS.cancel, data: { lang } },
  ];
}

/** Bekræft (what to erase: the colleague's object id when one was chosen) and Annuller. */
export function eraseConfirmButtons(mode: 'member' | 'text', name: string, id: string | undefined, lang: Lang): CardButton[] {
  return [
    { title: t('button.confirm', lang), verb: ERASE_VERBS.confirm, data: { mode, name, ...(id ? { id } : {}), lang } },
    { title: t('button.cancel', lang), verb: ERASE_VERBS.cancel, data: { lang } },
  ];
}

export const MY_DATA_VERBS = { file: 'myData.file' } as const;

/** /mine data's "Hent som fil": its data names nothing (the presser's own data, in the turn's scope). */
export function myDataFileButton(lang: Lang): CardButton {
  return { title: t('myData.fileButton', lang), verb: MY_DATA_VERBS.file, data: { lang } };
}

/** The data of a button that names nothing (Annuller, "Hent som fil"): the card's language is all it carries, and the
 *  turn reads that. */
export type NoButtonData = Record<never, never>;

export function readNoButtonData(): NoButtonData {
  return {};
}

/** A card of titled sections of rows, with facts on top, a note and buttons. */
export function sectionsCard(data: {
  heading: string;
  headingColor?: string;
  facts?: Array<{ title: string; value: string }>;
  sections: Section[];
  note?: string;
  actions?: CardButton[];
  /** Buttons that open a web address (Action.OpenUrl): download links. */
  links?: Array<{ title: string; url: string }>;
}): CardJson {
  return expand(template, {
    heading: data.heading,
    headingColor: data.headingColor ?? 'Default',
    facts: data.facts ?? [],
    sections: data.sections.map((s) => ({ heading: s.heading, rows: s.rows, more: s.more ?? '' })),
    note: data.note ?? '',
    actions: data.actions ?? [],
    links: data.links ?? [],
  });
}

const ERASURE_COUNTS: Array<[keyof Omit<ErasureCounts, 'rows'>, MessageId]> = [
  ['entries', 'forget.count.entries'],
  ['items', 'forget.count.items'],
  ['changeRecords', 'forget.count.changeRecords'],
  ['settings', 'forget.count.settings'],
  ['names', 'forget.count.names'],
  ['results', 'forget.count.results'],
  ['registry', 'forget.count.registry'],
  ['other', 'forget.count.other'],
];

/** An erasure's counts as facts, the kinds it touches only ("Logposter 3"). */
export function erasureCountFacts(counts: ErasureCounts, lang: Lang): Array<{ title: string; value: string }> {
  return ERASURE_COUNTS.filter(([k]) => counts[k] > 0).map(([k, id]) => ({ title: t(id, lang), value: String(counts[k]) }));
}

/** The end of an object id, enough to tell two colleagues apart on a card. */
const shortId = (id: string) => `…${id.slice(-12)}`;

/** /glem for a name two or more colleagues of this scope have: which one? (One button each, by object id.) */
export function eraseChoiceCard(name: string, people: ReadonlyArray<{ id: string; rows: number }>, lang: Lang): CardJson {
  return sectionsCard({
    heading: t('forget.whichOne', lang, { name, n: people.length }),
    headingColor: 'Attention',
    facts: people.map((p) => ({
      title: t('forget.personId', lang, { id: shortId(p.id) }),
      value: t('forget.personRows', lang, { rows: p.rows }),
    })),
    sections: [],
    note: t('forget.whichOneNote', lang),
    actions: eraseChoiceButtons(
      name,
      people.map((p) => ({ id: p.id, label: t('forget.choose', lang, { id: shortId(p.id) }) })),
      lang,
    ),
  });
}

/** What erasing would change (the counts), with Bekræft and Annuller. */
export function eraseConfirmCard(
  mode: 'member' | 'text',
  name: string,
  id: string | undefined,
  counts: ErasureCounts,
  lang: Lang,
): CardJson {
  return sectionsCard({
    heading: t(mode === 'member' ? 'forget.confirmMember' : 'forget.confirmText', lang, { name }),
    headingColor: 'Attention',
    facts: erasureCountFacts(counts, lang),
    sections: [],
    actions: eraseConfirmButtons(mode, name, id, lang),
  });
}

/** What Bekræft did: how many rows, by whom; never the erased name. */
export function erasedCard(counts: ErasureCounts, by: string, lang: Lang): CardJson {
  return sectionsCard({
    heading: t('forget.done', lang, { rows: counts.rows, by }),
    headingColor: 'Good',
    facts: erasureCountFacts(counts, lang),
    sections: [],
    note: t('forget.again', lang),
  });
}

/** Annuller pressed: nothing changed. */
export function eraseCancelledCard(lang: Lang): CardJson {
  return sectionsCard({ heading: t('forget.cancelled', lang), sections: [] });
}

/** "onsdag d. 20. november kl. 10.15" in the reader's zone. */
export function instantText(iso: string, lang: Lang, today: DateTime): string {
  const when = DateTime.fromISO(iso, { zone: today.zone });
  if (!when.isValid) return iso;
  return `${formatDay(when.toISODate()!, lang, today)} ${timeText({ hour: when.hour, minute: when.minute }, lang)}`;
}

const ACTIONS: Record<string, MessageId> = {
  created: 'history.action.created',
  edited: 'history.action.edited',
  undone: 'history.action.undone',
  done: 'history.action.done',
  reopened: 'history.action.reopened',
  snoozed: 'history.action.snoozed',
  removed: 'history.action.removed',
  changed: 'history.action.changed',
  erased: 'history.action.erased',
  status: 'history.action.status',
  marked: 'history.action.marked',
};

const FIELDS: Record<string, MessageId> = {
  kind: 'logCard.kind',
  text: 'history.field.text',
  happenedOn: 'logCard.date',
  period: 'history.field.period',
  coming: 'logCard.coming',
  stakeholders: 'logCard.stakeholders',
  experiments: 'logCard.experiments',
  municipalities: 'logCard.municipalities',
  title: 'history.field.title',
  place: 'history.field.place',
  time: 'history.field.time',
  done: 'history.field.done',
  snoozedUntil: 'history.field.snoozed',
  status: 'history.field.status',
  since: 'history.field.since',
  note: 'history.field.note',
  approvals: 'history.field.approvals',
  dateText: 'file.col.dateText',
  yearChosen: 'history.field.yearChosen',
  outlets: 'history.field.outlets',
  links: 'logCard.source',
  participants: 'logCard.colleagues',
  quoted: 'logCard.quoted',
  result: 'logCard.result',
  type: 'file.col.type',
  approvers: 'history.field.approvers',
  comingTitle: 'history.field.title',
};

/** Bookkeeping a person does not change by hand: never shown as a change. */
const NOT_SHOWN = new Set(['batchId', 'fromMessage']);

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A field's value in words where the field says what it is: a kind as its word, an item's type. */
function fieldValue(field: string, v: unknown, lang: Lang): string | undefined {
  if (field === 'kind' && typeof v === 'string' && (ENTRY_KINDS as readonly string[]).includes(v)) return kindLabel(v as EntryKind, lang);
  if (field === 'type' && (v === 'event' || v === 'deadline')) return t(v === 'event' ? 'report.type.event' : 'report.type.deadline', lang);
  return undefined;
}

/**
 * A status as its words ("helt ophør"), the day it took effect as a day, an approval mark as who and the day
 * ("Hjørring 3. marts 2025").
 */
function registryValue(field: string, v: unknown, lang: Lang, today: DateTime): string | undefined {
  if (field === 'status' && EXPERIMENT_STATUSES.includes(v as ExperimentStatus)) return statusLabel(v as ExperimentStatus, lang);
  if (field === 'since' && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return formatDay(v, lang, today);
  if (field === 'approvals' && Array.isArray(v)) {
    return v.length
      ? v
          .map((m) => {
            const o = m as { who?: unknown; on?: unknown };
            return `${String(o.who)} ${typeof o.on === 'string' ? formatDay(o.on, lang, today) : ''}`.trim();
          })
          .join(', ')
      : '–';
  }
  return undefined;
}

function isPeriod(v: unknown): v is Period {
  return typeof v === 'object' && v !== null && 'start' in v && 'end' in v && 'form' in v;
}

function valueText(v: unknown, lang: Lang, today: DateTime): string {
  if (v === undefined || v === null || v === '') return '–';
  if (isPeriod(v)) return formatPeriod(v, lang, today);
  if (Array.isArray(v)) return v.length ? v.map((x) => valueText(x, lang, today)).join(', ') : '–';
  if (typeof v === 'boolean') return t(v ? 'history.yes' : 'history.no', lang);
  if (typeof v === 'string' && ISO_DAY.test(v)) return formatDay(v, lang, today);
  if (typeof v === 'string' && ISO_INSTANT.test(v)) return instantText(v, lang, today);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.hour === 'number' && typeof o.minute === 'number') return timeText({ hour: o.hour, minute: o.minute }, lang);
    // A colleague by name, a linked result by its text: never the stored object.
    if (typeof o.name === 'string') return o.name;
    if (typeof o.text === 'string') return o.text;
    return '…';
  }
  return String(v);
}

/** One change as a row: when and who on top, then what happened and what changed ("Tekst: "a" → "b""). */
export function historyRow(r: ChangeRecord, lang: Lang, today: DateTime): SectionRow {
  const meta = [instantText(r.at, lang, today), r.by.name].filter(Boolean).join(' · ');
  // A result added to an experiment: what it says.
  if (r.entityKind === 'result' && r.action === 'created')
    return { meta, text: t('history.resultAdded', lang, { text: String(r.after?.text ?? '') }) };
  const action = ACTIONS[r.action] ? t(ACTIONS[r.action]!, lang) : r.action;
  const shown = (field: string, v: unknown) =>
    registryValue(field, v, lang, today) ?? fieldValue(field, v, lang) ?? valueText(v, lang, today);
  const changes = changedFields(r.before, r.after)
    .filter((c) => !NOT_SHOWN.has(c.field))
    .map((c) => {
      const label = FIELDS[c.field] ? t(FIELDS[c.field]!, lang) : c.field;
      return t('history.fieldChange', lang, { field: label, before: shown(c.field, c.before), after: shown(c.field, c.after) });
    });
  return { meta, text: changes.length ? `${action}: ${changes.join('; ')}` : action };
}
