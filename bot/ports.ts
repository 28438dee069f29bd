// Small contracts shared by the turn loop, the scheduler and the composition root, kept apart from any of them (and
// from the Bot Framework SDK) so that none imports another for a type.
import type { Turn } from './turn';
import type { Services } from './services';
import type { CommandHelp, Reply } from './commands/types';
import type { ConversationRef } from '../storage/conversationRepository';
import type { Colleague } from '../domain/types';

export type { Clock } from './systemClock';

/** Routes plain-language text (no slash). Returns undefined when the text is not something the grammar knows. */
export type TextRouter = (text: string, turn: Turn, services: Services) => Promise<Reply[] | undefined>;

/** The plain-text questions: how they are answered, and their line on the help card. */
export interface TextRoute {
  route: TextRouter;
  /** Its lines on the help card, each after the lines of the command it names (`after`). */
  help?: readonly CommandHelp[];
}

/** A colleague @mentioned in a message, as Teams named them: the Entra object id when the mention carried one, else
 *  '' and the id Teams knows them by in the conversation ("29:…"), to look the member up with. */
export interface MentionedPerson extends Colleague {
  teamsId?: string;
}

/** Gives each mentioned person their Entra object id, looked up where the mention lacked it (bot/teams/members.ts).
 *  Never fails: someone it cannot look up in time keeps their name and an empty id. */
export type EntraIdFinder = (people: readonly MentionedPerson[]) => Promise<Colleague[]>;

/** What came of one proactive send. `retryAfterMs` is the connector's Retry-After (429/503), when it gave one. */
export type SendOutcome =
  | { kind: 'sent'; activityId?: string }
  | { kind: 'gone'; status: number }
  | { kind: 'failed'; status?: number; retryAfterMs?: number; message: string };

/** Sends what the bot says on its own (the digest, reminders); bot/teams/proactive.ts posts it to the connector. */
export interface ProactiveSender {
  /** Posts `reply` in the ref's conversation; in a team, as a new thread in `channelId` (default: General). */
  send(ref: ConversationRef, reply: Reply, channelId?: string): Promise<SendOutcome>;
  /** Posts `reply` to one colleague (an Entra object id) of the ref's team or chat in a personal chat with the bot.
   *  Teams allows it when the app is installed for the user or in a team the user is a member of. */
  sendPersonal?(ref: ConversationRef, aadObjectId: string, reply: Reply): Promise<SendOutcome>;
}

/** A file served by GET /download/<token> (a report, /mine data's file, an item's .ics). */
export interface DownloadFile {
  contentType: string;
  fileName: string;
  body: Buffer;
  /** Set: no file, but a short text saying why (e.g. 413, a period with more entries than a file holds). */
  status?: number;
}
