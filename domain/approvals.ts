// An approval run: an item (a deadline such as "Politisk godkendelse i alle kommuner") that needs a mark from each
// of its approvers (the 11 municipalities, or any chain: the circles of an evaluation timeline). The tally, marks and
// their undo, and when the item is done. Pure: the turn's "now" comes in as ISO strings.
import type { ApprovalMark, Item } from './items';
import { MUNICIPALITIES, MUNICIPALITY_ALIASES } from './vocabulary';
import { editDistance, foldForSearch } from './text';

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

const ASKS_ALL_MUNICIPALITIES = new RegExp(
  String.raw`\balle\s+(?:(?:11|elleve)\s+)?(?:kommuner|byråd|kommunalbestyrelser)\b` +
    String.raw`|\ball\s+(?:(?:11|eleven)\s+)?(?:municipalities|councils)\b`,
  'iu',
);

/** A title that asks every municipality: "Politisk godkendelse i alle kommuner", "Byrådsbehandling i alle kommuner". */
export function namesAllMunicipalities(title: string): boolean {
  return ASKS_ALL_MUNICIPALITIES.test(title);
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
export function approverIn(
  text: string,
  approvers: readonly string[],
  aliases: Readonly<Record<string, readonly string[]>> = MUNICIPALITY_ALIASES,
): { who: string; rest: string } | undefined {
  const folded = foldForSearch(text);
  let best: { who: string; index: number; length: number } | undefined;
  for (const who of approvers) {
    for (const spelling of [who, ...(aliases[who] ?? [])]) {
      const name = foldForSearch(spelling).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const m = new RegExp(`(?<![\\p{L}\\p{N}])${name}s?(?![\\p{L}\\p{N}])`, 'u').exec(folded);
      if (m && (!best || m.index < best.index || (m.index === best.index && m[0].length > best.length)))
        best = { who, index: m.index, length: m[0].length };
    }
  }
  if (!best) return undefined;
  const rest = `${text.slice(0, best.index)} ${text.slice(best.index + best.length)}`.replace(/\s+/g, ' ').trim();
  return { who: best.who, rest };
}

/** The circles of the evaluation timeline (docs: GLOSSARY), each approving in turn, and KKR: how they are written, and
 *  the other spellings /godkendt and /godkendelse take for them. */
export const APPROVAL_CIRCLES: readonly string[] = [
  'Jobcenterchefkredsen',
  'Beskæftigelsesdirektørkredsen',
  'Kommunaldirektørkredsen',
  'KKR',
];
export const CIRCLE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  Jobcenterchefkredsen: ['Jobcenterchefkreds', 'Jobcentercheferne', 'Jobcenterchefer'],
  Beskæftigelsesdirektørkredsen: ['Beskæftigelsesdirektørkreds', 'Beskæftigelsesdirektørerne', 'Beskæftigelsesdirektører'],
  Kommunaldirektørkredsen: ['Kommunaldirektørkreds', 'Kommunaldirektørerne', 'Kommunaldirektører', 'KD-kredsen'],
  KKR: ['KKR Nordjylland', 'Kommunekontaktrådet'],
};

/** Every other spelling an approver is known by: the municipalities' and the circles'. */
export const APPROVER_ALIASES: Readonly<Record<string, readonly string[]>> = { ...MUNICIPALITY_ALIASES, ...CIRCLE_ALIASES };

/** True when an item's approvers are the network's 11 municipalities (its card speaks of municipalities). */
export function isMunicipalRun(item: Pick<Item, 'approvers'>): boolean {
  const approvers = item.approvers ?? [];
  return approvers.length === ALL_MUNICIPALITIES.length && ALL_MUNICIPALITIES.every((m) => approvers.includes(m));
}

/** At most this many approvers in one chain, and this long a name (a card has a button per missing approver). */
export const MAX_APPROVERS = 20;
export const MAX_APPROVER_CHARS = 60;

export type ChainReading =
  | { ok: true; deadline: string; approvers: string[] }
  | { ok: false; code: 'how' }
  | { ok: false; code: 'tooMany'; max: number }
  | { ok: false; code: 'tooLong'; name: string; max: number };

/** An approver as written, in the form the network writes it: a circle or a municipality by its own name (other
 *  spellings too), "alle kommuner" as the 11, anyone else as typed. */
function approversOf(name: string): string[] {
  if (/^alle(?:\s+(?:11|elleve))?\s+kommuner$|^all(?:\s+(?:11|eleven))?\s+municipalities$/iu.test(name)) return [...ALL_MUNICIPALITIES];
  const folded = foldForSearch(name).replace(/\s+kommune$/, '');
  for (const who of [...APPROVAL_CIRCLES, ...ALL_MUNICIPALITIES]) {
    if ([who, ...(APPROVER_ALIASES[who] ?? [])].some((s) => foldForSearch(s) === folded)) return [who];
  }
  return [name];
}

/**
 * `/godkendelse <frist> af <godkendere>` (`/approval <deadline> by <approvers>`): the deadline as /frist reads it (title,
 * then its date), then after the last "af"/"by" who approves, in order, separated by commas, "og"/"and" or arrows
 * ("Jobcenterchefkredsen → Beskæftigelsesdirektørkredsen → KKR"). The same approver twice counts once. Pure.
 */
export function readApprovalChain(text: string): ChainReading {
  const m = /^(.*\S)\s+(?:af|by)\s+(\S.*)$/isu.exec(text.trim());
  if (!m) return { ok: false, code: 'how' };
  const parts = m[2]
    .split(/\s*(?:,|;|→|->|\s+og\s+|\s+and\s+|\s+&\s+)\s*/iu)
    .map((p) => p.trim().replace(/[.!]+$/, ''))
    .filter(Boolean);
  if (parts.length === 0) return { ok: false, code: 'how' };
  const approvers: string[] = [];
  const seen = new Set<string>();
  for (const part of parts) {
    if (part.length > MAX_APPROVER_CHARS) return { ok: false, code: 'tooLong', name: part, max: MAX_APPROVER_CHARS };
    for (const who of approversOf(part)) {
      if (seen.has(foldForSearch(who))) continue;
      seen.add(foldForSearch(who));
      approvers.push(who);
    }
  }
  if (approvers.length > MAX_APPROVERS) return { ok: false, code: 'tooMany', max: MAX_APPROVERS };
  return { ok: true, deadline: m[1].trim(), approvers };
}

/** The approver nearest to a word that matched none (a typo: "Jobcenterchefkresen"), if near enough. */
export function closestApprover(word: string, approvers: readonly string[]): string | undefined {
  const folded = foldForSearch(word);
  if (folded.length < 3) return undefined;
  let best: { who: string; d: number } | undefined;
  for (const who of approvers) {
    for (const spelling of [who, ...(APPROVER_ALIASES[who] ?? [])]) {
      const d = editDistance(folded, foldForSearch(spelling));
      if (!best || d < best.d) best = { who, d };
    }
  }
  return best && best.d <= Math.max(1, Math.floor(folded.length / 5)) ? best.who : undefined;
}
