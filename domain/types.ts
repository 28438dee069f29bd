// Shared vocabulary of the pure domain. No I/O and no clock here: "now" always comes in as an argument.

export type Lang = 'da' | 'en';

/** A refusal of what a user wrote: `ok: false`, a `code` that says what was wrong, and what its message needs beside
 *  it. Every reader in domain/ that can refuse fails in this one shape; the bot words it by code (i18n/catalog.ts). */
export type Failure<Problem extends { code: string }> = { ok: false } & Problem;

/** Whose log a conversation keeps: a team's (all its channels), a group chat's, or one person's. */
export type ScopeKind = 'team' | 'groupChat' | 'personal';

/** A calendar date as ISO `yyyy-MM-dd`, in the scope's time zone. Sorts as text. */
export type IsoDate = string;

/**
 * How a period was written, so it can be shown the way a Danish colleague writes it.
 * - day:   "7. november 2024"
 * - part:  "primo/medio/ultimo marts 2024" (start/midt/slut): early = 1-10, mid = 11-20, late = 21-end of month
 * - month: "november 2024"
 * - span:  "marts–maj 2024", "15. marts – juni 2024" (from / to keep their own forms)
 * - by:    "senest 15. december 2024" (a hard limit: start = end = that day)
 * - week:  "uge 45" (ISO week, Monday-Sunday)
 */
export type PeriodForm =
  | { kind: 'day' }
  | { kind: 'part'; part: 'early' | 'mid' | 'late' }
  | { kind: 'month' }
  | { kind: 'week'; week: number; weekYear: number }
  | { kind: 'by' }
  | { kind: 'span'; from: PeriodForm; to: PeriodForm };

/** A period with inclusive start and end dates. A single day has start === end. */
export interface Period {
  start: IsoDate;
  end: IsoDate;
  form: PeriodForm;
}

/** An Entra object id as Teams writes it (a GUID), else undefined: a "29:" id or a tag's id is not one. */
export function entraIdOf(id: string | undefined): string | undefined {
  return id && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id) ? id : undefined;
}

/** A colleague named in an entry (an @mention in Teams): the name shown and the Entra object id, when Teams gave it. */
export interface Colleague {
  name: string;
  aadObjectId: string;
}
