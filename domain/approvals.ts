// An approval run: an item (a deadline such as "Politisk godkendelse i alle kommuner") that needs a mark from each
// of its approvers (the 11 municipalities, or any chain: the circles of an evaluation timeline). The tally, marks and
// their undo, and when the item is done. Pure: the turn's "now" comes in as ISO strings.
import type { Item } from './items';
import type { IsoDate } from './types';
import { MUNICIPALITIES, MUNICIPALITY_ALIASES } from './vocabulary';
import { foldForSearch } from './text';

/** One approver's mark: who approved (the approver), on which day, and which colleague marked it when. */
export interface ApprovalMark {
  who: string;
  on: IsoDate;
  by: string;
  byAadId: string;
  /** ISO instant it was marked. */
  at: string;
}

export interface Tally {
  total: number;
  /** Marks in the approvers' order. */
  approved: ApprovalMark[];
  /** Approvers without a mark, in their order. */
  missing: string[];
  complete: boolean;
}

/** The approvers' tally of an item, or undefined when the item is not an approval run. */
export function tallyOf(item: Pick<Item, 'approvers' | 'approvals'>): Tally | undefined {
  const approvers = item.approvers ?? [];
  if (approvers.length === 0) return undefined;
  const marks = new Map((item.approvals ?? []).map((m) => [m.who, m]));
  const approved = approvers.flatMap((a) => (marks.has(a) ? [marks.get(a)!] : []));
  const missing = approvers.filter((a) => !marks.has(a));
  return { total: approvers.length, approved, missing, complete: missing.length === 0 };
}

/** A title that asks every municipality: "Politisk godkendelse i alle kommuner", "Byrådsbehandling i alle kommuner". */
export function namesAllMunicipalities(title: string): boolean {
  return /\balle\s+(?:(?:11|elleve)\s+)?(?:kommuner|byråd|kommunalbestyrelser)\b|\ball\s+(?:(?:11|eleven)\s+)?(?:municipalities|councils)\b/iu.test(title);
}

/** The approvers an "alle kommuner" item gets. */
export const ALL_MUNICIPALITIES: readonly string[] = MUNICIPALITIES;

export type MarkOutcome = 'marked' | 'alreadyMarked' | 'notAnApprover';

/** Marks `mark.who`; the item is done (by the one who marked last) when every approver is marked. */
export function applyMark(item: Item, mark: ApprovalMark): { item: Item; outcome: MarkOutcome } {
  if (!(item.approvers ?? []).includes(mark.who)) return { item, outcome: 'notAnApprover' };
  if ((item.approvals ?? []).some((m) => m.who === mark.who)) return { item, outcome: 'alreadyMarked' };
  const after: Item = { ...item, approvals: [...(item.approvals ?? []), mark] };
  if (tallyOf(after)!.complete && !after.done) {
    after.done = true;
    after.doneAt = mark.at;
    after.doneBy = mark.by;
  }
  return { item: after, outcome: 'marked' };
}

export type UnmarkOutcome = 'unmarked' | 'notMarked';

/** Takes a mark back; an item done by its tally is open again. */
export function removeMark(item: Item, who: string): { item: Item; outcome: UnmarkOutcome; removed?: ApprovalMark } {
  const removed = (item.approvals ?? []).find((m) => m.who === who);
  if (!removed) return { item, outcome: 'notMarked' };
  const after: Item = { ...item, approvals: (item.approvals ?? []).filter((m) => m.who !== who) };
  if (after.done) {
    after.done = false;
    delete after.doneAt;
    delete after.doneBy;
  }
  return { item: after, outcome: 'unmarked', removed };
}

/** The approver a text names first (its name or another spelling, whole words, a genitive -s allowed), and the
 *  text without it. */
export function approverIn(text: string, approvers: readonly string[], aliases: Readonly<Record<string, readonly string[]>> = MUNICIPALITY_ALIASES): { who: string; rest: string } | undefined {
  const folded = foldForSearch(text);
  let best: { who: string; index: number; length: number } | undefined;
  for (const who of approvers) {
    for (const spelling of [who, ...(aliases[who] ?? [])]) {
      const name = foldForSearch(spelling).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const m = new RegExp(`(?<![\\p{L}\\p{N}])${name}s?(?![\\p{L}\\p{N}])`, 'u').exec(folded);
      if (m && (!best || m.index < best.index || (m.index === best.index && m[0].length > best.length))) best = { who, index: m.index, length: m[0].length };
    }
  }
  if (!best) return undefined;
  const rest = `${text.slice(0, best.index)} ${text.slice(best.index + best.length)}`.replace(/\s+/g, ' ').trim();
  return { who: best.who, rest };
}
