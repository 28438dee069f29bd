// Load: N users, each sending /log and waiting for the answer before the next (a closed loop), for a fixed time and
// at most a fixed number of turns. Every acknowledged turn is remembered so storage can be checked afterwards.
import { postActivity, teamMessage } from './client';
import { entryIdFor } from '../bot/commands/log/entryForm';
import { summarize, type Summary } from './stats';

export interface LoadResult {
  users: number;
  seconds: number;
  turns: number;
  ok: number;
  errors: number;
  perSecond: number;
  latency: Summary;
  /** Entry ids of every turn whose reply confirmed the entry as saved (its log card). */
  acknowledgedIds: string[];
  /** Turns answered 200 whose reply was not a confirmation (e.g. "storage is unavailable, try again"). */
  notConfirmed: number;
}

export async function runLoad(o: {
  port: number;
  serviceUrl: string;
  teamId: string;
  users: number;
  seconds: number;
  maxTurns: number;
  timestamp: string;
  /** Whether the connector stand-in received a confirming reply to this activity id. */
  confirmed: (activityId: string) => boolean;
}): Promise<LoadResult> {
  const samples: number[] = [];
  const acknowledgedIds: string[] = [];
  let turns = 0;
  let errors = 0;
  let notConfirmed = 0;
  const started = performance.now();
  const endAt = started + o.seconds * 1000;
  const user = async (u: number) => {
    let n = 0;
    while (performance.now() < endAt && turns < o.maxTurns) {
      turns++;
      const activity = teamMessage(`/log presse Nordjyske skrev om mikrolån i Hjørring, bruger ${u} nr. ${++n}`, {
        teamId: o.teamId,
        serviceUrl: o.serviceUrl,
        timestamp: o.timestamp,
        user: u,
      });
      const res = await postActivity(o.port, activity);
      samples.push(res.ms);
      if (res.status === 200 && o.confirmed(activity.id as string)) {
        const conversation = activity.conversation as { id: string };
        acknowledgedIds.push(entryIdFor(conversation.id, activity.id as string));
      } else if (res.status === 200) {
        notConfirmed++;
      } else {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: o.users }, (_, u) => user(u + 1)));
  const seconds = (performance.now() - started) / 1000;
  return {
    users: o.users,
    seconds,
    turns,
    ok: acknowledgedIds.length,
    errors,
    perSecond: acknowledgedIds.length / seconds,
    latency: summarize(samples),
    acknowledgedIds,
    notConfirmed,
  };
}
