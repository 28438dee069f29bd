// The contract between the bot's turn loop and one command. A command's module exports one CommandDescriptor: its
// names in Danish and English, its help lines, its handler and the card actions it owns. The list of descriptors
// (bot/commands/registry.ts) is all the grammar, the help card, the README check and the manifest check read.
// Handlers see a Turn and the ports they declare (a Pick of Services), never Bot Framework types; a card action sees
// its button's data as its card module's reader made it. They return replies as data, and bot/teams/tovholderBot.ts
// turns those into activities.
import type { CardJson } from '../../cards/render';
import type { HelpSection } from '../../cards/helpCard';
import type { MessageId } from '../../i18n/catalog';
import type { Turn } from '../turn';
import type { Services } from '../services';
import type { Colleague } from '../../domain/types';

export interface Reply {
  text?: string;
  card?: CardJson;
  /** What the Teams notification says for a card (otherwise "sent a card"). */
  summary?: string;
}

/** A help line's name: `help.<name>.example` and `help.<name>.text` are its catalog ids. */
export type HelpLineName = MessageId extends infer Id ? (Id extends `help.${infer Name}.example` ? Name : never) : never;

/** What the help card shows for a command (or for the plain-text questions): lines under one of its headings. */
export interface CommandHelp {
  section: HelpSection;
  lines: readonly HelpLineName[];
  /** For lines that are no command's (the plain-text questions): the command whose lines they follow. */
  after?: string;
}

/** How a command is written after the slash. The first name in a language is how the bot writes it ("/søg"); more
 *  names are aliases (without æøå for keyboards that lack them). `both`: one name for either language ("/log"). */
export interface CommandNames {
  da?: readonly string[];
  en?: readonly string[];
  both?: readonly string[];
}

/** What a handler gets. `Ports`: the repositories and services it uses (a Pick of Services): the compiler holds the
 *  handler to them, and a test may hand it fakes of those alone. */
export interface CommandContext<Ports = Services> {
  turn: Turn;
  /** What follows the command word, trimmed; keeps line breaks. */
  args: string;
  services: Ports;
  /** What the help card lists: the help of every command the bot runs with (in the list's order). */
  help: readonly CommandHelp[];
}

/**
 * What a command's words may be at most, unless its handler says otherwise: well beyond any one-line command (an entry
 * is at most 1,000 characters, a title 200), and small enough that reading them stays cheap. Longer words are refused
 * before they are read (issue 28: 28,000 characters held the bot for seconds).
 */
export const MAX_ARGS_CHARS = 4000;

export interface CommandDescriptor<Ports = Services> {
  /** Its id: in the turn log, and in the grammar's parse. */
  command: string;
  names: CommandNames;
  /** Names also taken without a slash (Teams' command menu inserts the bare word): true for its first name in each
   *  language, or the names themselves. */
  bare?: boolean | readonly string[];
  help?: CommandHelp;
  /** The longest words it takes (default MAX_ARGS_CHARS): a pasted timeline takes more. */
  maxArgsChars?: number;
  /** It stores the @mentioned colleagues (turn.mentions): the turn loop first finds the Entra object id of those
   *  whose mention lacked it. Other commands get the mentions as Teams sent them, without the wait. */
  storesMentions?: boolean;
  /** It names something after the team (the calendar feed): in a team, the turn loop looks the team's name up at the
   *  connector when the activity did not carry it. */
  needsTeamName?: boolean;
  /** The card buttons this command's cards carry (their verbs come from the card modules), each made by `action`. */
  actions?: readonly CardAction[];
  run(ctx: CommandContext<Ports>): Promise<Reply[]>;
}

/** The answer to a card button (Action.Execute): a card that replaces the pressed one (for everyone in the
 *  conversation, or with `onlyForPresser` for the one who pressed alone: their own download links), or a short message. */
export type ActionResult = { card: CardJson; onlyForPresser?: boolean } | { message: string };

export interface ActionContext<Data, Ports> {
  turn: Turn;
  /** The repositories and services the action declared (a Pick of Services), and nothing else. */
  services: Ports;
  /** The button's data as the action's `read` made it (never trusted: keys are checked against the turn's scope). */
  data: Data;
  /** The members of this conversation (the team, or the chat) with their Entra object ids, from the connector; empty
   *  when the look-up fails (Giv videre chooses among them). */
  roster?(): Promise<Colleague[]>;
}

/** A card button's handler. `Data`: what its card module's reader makes of the button's data; `Ports`: the
 *  repositories and services it uses (a Pick of Services), as a command's. */
export interface ActionHandler<Data, Ports> {
  verb: string;
  /** Reads the button's raw data into what `run` takes (strings checked, lengths bounded, lists capped), once,
   *  before `run`: the card module's reader (e.g. readLogButton in cards/logButton.ts). */
  read(raw: Record<string, unknown>): Data;
  run(ctx: ActionContext<Data, Ports>): Promise<ActionResult>;
}

/** The ports of a handler that uses no repository or service (it answers from the turn and the button alone). */
export type NoPorts = Record<never, never>;

/** A card action as a command's list holds it: its data and ports no longer named (the turn loop hands it every
 *  service, which holds whatever ports it declared). Made by `action`. */
export type CardAction = ActionHandler<unknown, Services>;

/** What the help card lists: every command's help in the list's order, then the plain-text questions'. */
export function helpOf(commands: readonly CommandDescriptor[], textHelp: readonly CommandHelp[] = []): CommandHelp[] {
  const help: CommandHelp[] = commands.flatMap((c) => (c.help ? [{ ...c.help, after: c.command }] : []));
  for (const extra of textHelp) {
    let at = help.length;
    help.forEach((h, i) => {
      if (h.after === extra.after) at = i + 1;
    });
    help.splice(at, 0, extra);
  }
  return help;
}

/** Runs a card action on a button's raw data: read once, then run. */
export function runAction(
  handler: CardAction,
  turn: Turn,
  services: Services,
  raw: Record<string, unknown>,
  extras: Pick<ActionContext<unknown, Services>, 'roster'> = {},
): Promise<ActionResult> {
  return handler.run({ turn, services, data: handler.read(raw), ...extras });
}

/** An action with typed button data and its own ports, kept in a list of actions of any data. Its ports must be a part
 *  of Services (the compiler says so here, else the result is no CardAction). */
export function action<Data, Ports>(
  handler: ActionHandler<Data, Ports>,
): Services extends Ports ? CardAction : 'the ports are not a part of Services' {
  return handler as never;
}
