// What a turn means to the domain: its scope, its "now", its language and its author. SDK-neutral: bot/teams/activityTurn.ts
// derives a Turn from a Teams activity, and handlers see only this.
import type { DateTime } from 'luxon';
import type { Colleague, Lang, ScopeKind } from '../domain/types';
import type { Change } from '../domain/history';

export interface Scope {
  /** PartitionKey-safe id: tenant, kind, and the team id (all channels of a team share one log) or conversation id. */
  key: string;
  kind: ScopeKind;
  tenantId: string;
  teamId?: string;
}

export interface Author {
  name: string;
  aadObjectId: string;
  id: string;
}

export interface Turn {
  /** The activity's timestamp in the user's zone: the only clock the domain sees. */
  now: DateTime;
  zone: string;
  lang: Lang;
  scope: Scope;
  author: Author;
  activityId: string;
  conversationId: string;
  /** Colleagues @mentioned in the message (never the bot). */
  mentions: Colleague[];
  /** The team's name, when Teams sent it with the activity (the calendar feed is named after it). */
  teamName?: string;
}

/** This turn's change, for the history: its author, at its own "now" (an ISO instant in UTC). */
export function changeOf(turn: Pick<Turn, 'author' | 'now'>): Change {
  return { by: { name: turn.author.name, aadObjectId: turn.author.aadObjectId }, at: turn.now.toUTC().toISO()! };
}
