// The experiments' registry in words: statuses and how they are written, finding an experiment by what a user typed
// (with "did you mean"), and reading `/forsøg status <name> <status> <date>[: note]`. Pure: no I/O, no clock.
import type { DateTime } from 'luxon';
import { findPeriodInText, parsePeriod } from './dates';
import { editDistance, foldForSearch, tokenize } from './text';
import { recognize } from './recognize';
import type { IsoDate, Period } from './types';

/** Where an experiment stands: running, continuing (extended), partly or fully ended, or made unnecessary by a law
 *  change (imødekommet). */
export type ExperimentStatus = 'running' | 'continuing' | 'partlyEnded' | 'fullyEnded' | 'accommodated';

/** In the order a listing shows them. */
export const EXPERIMENT_STATUSES: readonly ExperimentStatus[] = ['running', 'continuing', 'partlyEnded', 'fullyEnded', 'accommodated'];

/** Every way the group writes a status (folded words), Danish and English. The first is how it is shown in Danish. */
const STATUS_WORDS: Record<ExperimentStatus, readonly string[]> = {
  running: ['i gang', 'igang', 'kører', 'running', 'ongoing', 'active'],
  continuing: ['fortsætter', 'fortsat', 'forlænget', 'continues', 'continuing', 'continued', 'extended'],
  partlyEnded: ['delvist ophør', 'delvis ophør', 'delvist ophørt', 'delvis ophørt', 'partly ended', 'partially ended', 'partly ends'],
  fullyEnded: ['helt ophør', 'helt ophørt', 'ophørt', 'ophør', 'fully ended', 'ended'],
  accommodated: ['imødekommet', 'imødekommes', 'accommodated', 'granted'],
};

const STATUS_PHRASES: Array<{ status: ExperimentStatus; words: string[] }> = EXPERIMENT_STATUSES.flatMap((status) =>
  STATUS_WORDS[status].map((w) => ({ status, words: w.split(' ') })),
).sort((a, b) => b.words.length - a.words.length); // "delvist ophør" before "ophør"

/** A status change as kept in the history: the status, the day it took effect, a note ("forenklet lov om …"). */
export interface StatusChange {
  status: ExperimentStatus;
  /** The day it took effect (a period's first day when a period was written). */
  since: IsoDate;
  /** How the date was written, when it was a period ("januar 2020"), so it is shown as such. */
  period?: Period;
  note: string;
  by: string;
  /** The colleague's Entra object id (absent on changes recorded before it was kept): /mine data finds them by it. */
  byAadId?: string;
  /** ISO instant it was recorded. */
  at: string;
}

/** An experiment as the registry keeps it. The seed's experiments exist without a stored record. */
export interface ExperimentRecord {
  name: string;
  aliases: string[];
  title?: string;
  /** Municipalities taking part (canonical names, in the network's order). */
  municipalities: string[];
  /** The current status: the latest change by effective date (undefined: not set yet). */
  status?: StatusChange;
}

/** The status a text starts with (whole words, case and accents folded), and how many words it took. */
export function statusAt(words: readonly string[]): { status: ExperimentStatus; length: number } | undefined {
  for (const p of STATUS_PHRASES) {
    if (p.words.length <= words.length && p.words.every((w, i) => words[i] === w)) return { status: p.status, length: p.words.length };
  }
  return undefined;
}

/** The status a whole text names ("helt ophør", "fully ended"), or undefined. */
export function parseStatus(text: string): ExperimentStatus | undefined {
  const words = tokenize(text).map((t) => t.word);
  const found = statusAt(words);
  return found && found.length === words.length ? found.status : undefined;
}

export type ExperimentMatch = { name: string } | { suggestion?: string };

/** The experiment a user meant: its name or an alias, whole or inflected ("mikrolånsforsøget"); otherwise the
 *  nearest name if it is near enough to be a typo ("lægeatester" → "Mente du lægeattester?"). */
export function matchExperiment(query: string, experiments: readonly { name: string; aliases: readonly string[] }[]): ExperimentMatch {
  const folded = foldForSearch(query.trim()).replace(/[.:,;!?]+$/, '');
  if (!folded) return {};
  const exact = experiments.find((e) => [e.name, ...e.aliases].some((n) => foldForSearch(n) === folded));
  if (exact) return { name: exact.name };
  // An inflected name or compound ("mikrolånsforsøget"), as long as the query has no words beyond the name's.
  const named = recognize(query, { stakeholders: [], experiments }).experiments;
  const q = tokenize(query).map((t) => t.word);
  const whole = (name: string) =>
    experiments.some(
      (e) =>
        e.name === name &&
        [e.name, ...e.aliases].some((alias) => {
          const a = tokenize(alias).map((t) => t.word);
          return a.length === q.length && a.slice(0, -1).every((w, i) => w === q[i]) && q[q.length - 1].startsWith(a[a.length - 1]);
        }),
    );
  if (named.length === 1 && whole(named[0])) return { name: named[0] };
  let best: { name: string; d: number } | undefined;
  for (const e of experiments) {
    for (const n of [e.name, ...e.aliases]) {
      const d = editDistance(folded, foldForSearch(n));
      if (!best || d < best.d) best = { name: e.name, d };
    }
  }
  return best && best.d <= Math.max(2, Math.floor(folded.length / 4)) ? { suggestion: best.name } : {};
}

export type StatusCommand =
  | { ok: true; name: string; change: Omit<StatusChange, 'by' | 'at'> }
  | { ok: false; code: 'how' }
  | { ok: false; code: 'unknownExperiment'; query: string; suggestion?: string }
  | { ok: false; code: 'unknownStatus'; name: string; word: string }
  | { ok: false; code: 'impossibleDate'; date: string };

/**
 * `<name> <status> [<date>][: <note>]`, e.g. "mentor helt ophør 1. januar 2020: forenklet lov om en aktiv
 * beskæftigelsesindsats". The name is the longest run of leading words that names an experiment; no date means the
 * day it was written. A date without a year is the nearest such day.
 */
export function parseStatusCommand(
  args: string,
  experiments: readonly { name: string; aliases: readonly string[] }[],
  today: DateTime,
): StatusCommand {
  const text = args.trim();
  const tokens = tokenize(text);
  if (tokens.length === 0) return { ok: false, code: 'how' };
  const words = tokens.map((t) => t.word);
  // The name: the longest leading run of words (at most 6) that is an experiment.
  let name: string | undefined;
  let nameLength = 0;
  for (let n = Math.min(6, tokens.length); n >= 1; n--) {
    const m = matchExperiment(text.slice(0, tokens[n - 1].end), experiments);
    if ('name' in m) {
      name = m.name;
      nameLength = n;
      break;
    }
  }
  if (!name) {
    // Not an experiment: what came before a status word (or the first word) is the unknown name.
    let at = words.findIndex((_, i) => statusAt(words.slice(i)) !== undefined);
    if (at <= 0) at = 1;
    const query = text.slice(0, tokens[at - 1].end);
    const m = matchExperiment(query, experiments);
    return { ok: false, code: 'unknownExperiment', query, ...('suggestion' in m && m.suggestion ? { suggestion: m.suggestion } : {}) };
  }
  const found = statusAt(words.slice(nameLength));
  if (!found) {
    const next = tokens[nameLength];
    return next ? { ok: false, code: 'unknownStatus', name, word: next.raw } : { ok: false, code: 'how' };
  }
  const afterStatus = tokens[nameLength + found.length - 1].end;
  const rest = text.slice(afterStatus).replace(/^[\s,.–—-]+/, '');
  let note = '';
  const colon = rest.indexOf(':');
  let dateText = rest;
  if (colon >= 0) {
    dateText = rest.slice(0, colon);
    note = rest.slice(colon + 1).trim();
  }
  dateText = dateText.trim();
  const todayIso = today.toISODate() as IsoDate;
  const change = { status: found.status, since: todayIso, note } as Omit<StatusChange, 'by' | 'at'>;
  if (dateText) {
    const whole = parsePeriod(dateText, { today, yearRule: 'nearest' });
    const reading =
      whole ??
      (() => {
        const inText = findPeriodInText(dateText, { today, yearRule: 'nearest' });
        if (!inText || inText.index > 0) return undefined;
        note = [dateText.slice(inText.length).replace(/^[\s,.–—-]+/, ''), note].filter(Boolean).join(': ');
        return 'error' in inText ? { ok: false as const, ...inText.error } : { ok: true as const, period: inText.period };
      })();
    if (!reading) {
      // No date at the start: the words are the note.
      note = [dateText, note].filter(Boolean).join(': ');
    } else if (!reading.ok) {
      return { ok: false, code: 'impossibleDate', date: reading.text };
    } else {
      change.since = reading.period.start;
      if (reading.period.form.kind !== 'day') change.period = reading.period;
    }
  }
  change.note = note;
  return { ok: true, name, change };
}

/** The current status from a history: the latest by effective date, then by when it was recorded. */
export function currentStatus(history: readonly StatusChange[]): StatusChange | undefined {
  return [...history].sort((a, b) => (a.since === b.since ? a.at.localeCompare(b.at) : a.since.localeCompare(b.since))).at(-1);
}

/** How many experiments have each status (those without one counted apart), for "19 forsøg: 12 i gang, …". */
export function statusCounts(records: readonly Pick<ExperimentRecord, 'status'>[]): { status: ExperimentStatus | 'none'; count: number }[] {
  const out: { status: ExperimentStatus | 'none'; count: number }[] = [];
  for (const status of [...EXPERIMENT_STATUSES, 'none' as const]) {
    const count = records.filter((r) => (r.status?.status ?? 'none') === status).length;
    if (count > 0) out.push({ status, count });
  }
  return out;
}
