// A mentioned colleague's Entra object id, when Teams' mention did not carry it: a Teams mention entity often has
// only the "29:" id, and /mine data and /glem find a colleague's entries by their Entra object id. The member is
// looked up at the connector (TeamsInfo.getMember: the team's member in a channel, else the chat's), bounded by a
// short timeout; whatever goes wrong, the colleague keeps their name and an empty id, and the turn goes on.
import { TeamsInfo, type TurnContext } from 'botbuilder';
import { entraIdOf, type Colleague } from '../../domain/types';
import type { EntraIdFinder, MentionedPerson } from '../ports';
import type { Logger } from '../logger';
import { describeError } from '../logger';
import { within } from './timeout';

/** How long one turn waits for the member look-ups (made in parallel) before going on without the ids. */
async function lookUp(context: TurnContext, person: MentionedPerson, logger: Pick<Logger, 'warn'>, ms: number): Promise<Colleague> {
  if (person.aadObjectId || !person.teamsId) return { name: person.name, aadObjectId: person.aadObjectId };
  try {
    const member = await within(TeamsInfo.getMember(context, person.teamsId), ms, 'a member look-up at the connector');
    return { name: person.name, aadObjectId: entraIdOf(member?.aadObjectId) ?? '' };
  } catch (err) {
    logger.warn('member_lookup_failed', describeError(err));
    return { name: person.name, aadObjectId: '' };
  }
}

/** The team's name from the connector (TeamsInfo.getTeamDetails), for a turn in a team whose activity lacked it (Teams
 *  sends it with some activities only); undefined when the look-up fails or takes longer than `ms`. */
export async function teamNameAtConnector(context: TurnContext, logger: Pick<Logger, 'warn'>, ms: number): Promise<string | undefined> {
  try {
    const details = await within(TeamsInfo.getTeamDetails(context), ms, 'a team look-up at the connector');
    const name = details?.name?.trim();
    return name ? name.slice(0, 200) : undefined;
  } catch (err) {
    logger.warn('team_lookup_failed', describeError(err));
    return undefined;
  }
}

/** The finder for this turn's conversation. */
export function entraIdFinder(context: TurnContext, logger: Pick<Logger, 'warn'>, ms: number): EntraIdFinder {
  return (people) => Promise.all(people.map((p) => lookUp(context, p, logger, ms)));
}

/** The members at most a team of colleagues has; the first page is all a comms group needs. */
const ROSTER_PAGE = 500;

/** This conversation's members with an Entra object id (TeamsInfo: the team's in a channel, else the chat's), by
 *  name; empty, never an error, when the connector does not answer in time. */
export function rosterFinder(context: TurnContext, logger: Pick<Logger, 'warn'>, ms: number): () => Promise<Colleague[]> {
  return async () => {
    try {
      const page = await within(TeamsInfo.getPagedMembers(context, ROSTER_PAGE), ms, 'the roster at the connector');
      return page.members
        .flatMap((m) => {
          const aadObjectId = entraIdOf(m.aadObjectId);
          return aadObjectId && m.name ? [{ name: m.name, aadObjectId }] : [];
        })
        .sort((a, b) => a.name.localeCompare(b.name, 'da'));
    } catch (err) {
      logger.warn('roster_lookup_failed', describeError(err));
      return [];
    }
  };
}
