// The contract between the bot's turn loop and one command's handler. Handlers see a Turn and Services, never
// Bot Framework types: they return replies as data, and bot/tovholderBot.ts turns those into activities.
import type { CardJson } from '../../cards/render';
import type { Turn } from '../turn';
import type { Services } from '../services';
import type { CommandName } from '../grammar';
import type { Colleague } from '../../domain/types';

export interface Reply {
  text?: string;
  card?: CardJson;
  /** What the Teams notification says for a card (otherwise "sent a card"). */
  summary?: string;
}

export interface CommandContext {
  turn: Turn;
  /** What follows the command word, trimmed; keeps line breaks. */
  args: string;
  services: Services;
}

export interface CommandHandler {
  command: CommandName;
  /** It stores the @mentioned colleagues (turn.mentions): the turn loop first finds the Entra object id of those
   *  whose mention lacked it. Other commands get the mentions as Teams sent them, without the wait. */
  storesMentions?: boolean;
  /** It names something after the team (the calendar feed): in a team, the turn loop looks the team's name up at the
   *  connector when the activity did not carry it. */
  needsTeamName?: boolean;
  run(ctx: CommandContext): Promise<Reply[]>;
}

/** The answer to a card button (Action.Execute): a card that replaces the pressed one (for everyone in the
 *  conversation, or with `onlyForPresser` for the one who pressed alone: their own download links), or a short message. */
export type ActionResult = { card: CardJson; onlyForPresser?: boolean } | { message: string };

export interface ActionContext {
  turn: Turn;
  services: Services;
  /** The action's data, as the card put it (never trusted: checked against the turn's scope). */
  data: Record<string, unknown>;
  /** The members of this conversation (the team, or the chat) with their Entra object ids, from the connector; empty
   *  when the look-up fails (Giv videre chooses among them). */
  roster?(): Promise<Colleague[]>;
}

export interface ActionHandler {
  verb: string;
  run(ctx: ActionContext): Promise<ActionResult>;
}
