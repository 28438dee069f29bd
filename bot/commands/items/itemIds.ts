// Item ids derived from the activity, so a redelivered activity (same id, same conversation) saves nothing new.
import { createHash } from 'node:crypto';
import type { Turn } from '../../turn';
import type { Item, ItemType } from '../../../domain/items';
import type { Period } from '../../../domain/types';
import { sanitizeUserText } from '../../../domain/text';
import { ALL_MUNICIPALITIES, namesAllMunicipalities } from '../../../domain/approvals';

/** Titles are one line and short: a card row, a search hit, a reminder. */
export const MAX_TITLE_CHARS = 200;

function sha256Hex(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\n')).digest('hex');
}

/** One item of a turn; `line` tells the items of a pasted timeline apart. */
export function itemIdOf(turn: Turn, line = 0): string {
  return `i${sha256Hex(turn.conversationId, turn.activityId, String(line)).slice(0, 24)}`;
}

/** The paste a turn's timeline items share (one Undo). */
export function batchIdOf(turn: Turn): string {
  return `b${sha256Hex(turn.conversationId, turn.activityId, 'batch').slice(0, 24)}`;
}

export function cleanTitle(title: string): string {
  const clean = sanitizeUserText(title);
  return clean.length > MAX_TITLE_CHARS ? `${clean.slice(0, MAX_TITLE_CHARS - 1).trimEnd()}…` : clean;
}

export function newItem(turn: Turn, fields: { type: ItemType; title: string; period?: Period; line?: number; batchId?: string }): Item {
  const item: Item = {
    id: itemIdOf(turn, fields.line ?? 0),
    type: fields.type,
    title: cleanTitle(fields.title),
    done: false,
    authorName: turn.author.name,
    authorAadId: turn.author.aadObjectId,
    writtenAt: turn.now.toISO() as string,
  };
  if (fields.period) item.period = fields.period;
  if (fields.batchId) item.batchId = fields.batchId;
  // "Politisk godkendelse i alle kommuner": one mark per municipality (an approval run).
  if (item.type === 'deadline' && namesAllMunicipalities(item.title)) {
    item.approvers = [...ALL_MUNICIPALITIES];
    item.approvals = [];
  }
  return item;
}
