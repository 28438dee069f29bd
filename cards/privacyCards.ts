// Cards of the personal-data features: a thing's change history, a colleague's own data (/mine data), and the
// erasure's confirmation and outcome (/glem). Data in, card JSON out; no I/O.
import { DateTime } from 'luxon';
import type { Lang, Period } from '../domain/types';
import { changedFields, type ChangeRecord } from '../domain/history';
import { formatPeriod, t, timeText, type MessageId } from '../i18n/catalog';
import { formatDay } from '../domain/periodFormat';
import { expand, type CardJson } from './render';
import template from './templates/sections.json';

export interface SectionRow { meta: string; text: string }
export interface Section { heading: string; rows: SectionRow[]; more?: string }
export interface CardButton { title: string; verb: string; data: Record<string, unknown> }

/** A card of titled sections of rows, with facts on top, a note and buttons. */
export function sectionsCard(data: {
  heading: string; headingColor?: string; facts?: Array<{ title: string; value: string }>; sections: Section[]; note?: string; actions?: CardButton[];
}): CardJson {
  return expand(template, {
    heading: data.heading, headingColor: data.headingColor ?? 'Default', facts: data.facts ?? [],
    sections: data.sections.map((s) => ({ heading: s.heading, rows: s.rows, more: s.more ?? '' })),
    note: data.note ?? '', actions: data.actions ?? [],
  });
}

/** "onsdag d. 20. november kl. 10.15" in the reader's zone. */
export function instantText(iso: string, lang: Lang, today: DateTime): string {
  const when = DateTime.fromISO(iso, { zone: today.zone });
  if (!when.isValid) return iso;
  return `${formatDay(when.toISODate()!, lang, today)} ${timeText({ hour: when.hour, minute: when.minute }, lang)}`;
}

const ACTIONS: Record<string, MessageId> = {
  created: 'history.action.created', edited: 'history.action.edited', undone: 'history.action.undone',
  done: 'history.action.done', reopened: 'history.action.reopened', snoozed: 'history.action.snoozed',
  removed: 'history.action.removed', changed: 'history.action.changed', erased: 'history.action.erased',
};

const FIELDS: Record<string, MessageId> = {
  kind: 'logCard.kind', text: 'history.field.text', happenedOn: 'logCard.date', period: 'history.field.period',
  coming: 'logCard.coming', stakeholders: 'logCard.stakeholders', experiments: 'logCard.experiments',
  municipalities: 'logCard.municipalities', title: 'history.field.title', place: 'history.field.place',
  time: 'history.field.time', done: 'history.field.done', snoozedUntil: 'history.field.snoozed',
};

function isPeriod(v: unknown): v is Period {
  return typeof v === 'object' && v !== null && 'start' in v && 'end' in v && 'form' in v;
}

function valueText(v: unknown, lang: Lang, today: DateTime): string {
  if (v === undefined || v === null || v === '') return '–';
  if (isPeriod(v)) return formatPeriod(v, lang, today);
  if (Array.isArray(v)) return v.length ? v.map((x) => valueText(x, lang, today)).join(', ') : '–';
  if (typeof v === 'boolean') return t(v ? 'history.yes' : 'history.no', lang);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.hour === 'number' && typeof o.minute === 'number') return timeText({ hour: o.hour, minute: o.minute }, lang);
    return JSON.stringify(v);
  }
  return String(v);
}

/** One change as a row: when and who on top, then what happened and what changed ("Tekst: "a" → "b""). */
export function historyRow(r: ChangeRecord, lang: Lang, today: DateTime): SectionRow {
  const action = ACTIONS[r.action] ? t(ACTIONS[r.action]!, lang) : r.action;
  const changes = changedFields(r.before, r.after).map((c) => {
    const label = FIELDS[c.field] ? t(FIELDS[c.field]!, lang) : c.field;
    return t('history.fieldChange', lang, { field: label, before: valueText(c.before, lang, today), after: valueText(c.after, lang, today) });
  });
  return {
    meta: [instantText(r.at, lang, today), r.by.name].filter(Boolean).join(' · '),
    text: changes.length ? `${action}: ${changes.join('; ')}` : action,
  };
}
