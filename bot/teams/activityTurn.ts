// The activity mapping: a Teams activity's scope, "now", language and author, as the SDK-neutral Turn (bot/turn.ts).
import { DateTime, IANAZone } from 'luxon';
import type { Activity } from 'botbuilder';
import { encodeKeyPart, SEP } from '../../storage/keys';
import { entraIdOf, type Colleague, type Lang } from '../../domain/types';
import { languageOfWords } from '../../domain/language';
import type { Scope, Turn } from '../turn';
import type { ScopeKind } from '../../domain/types';
import type { MentionedPerson } from '../ports';

interface TeamsChannelData {
  tenant?: { id?: string };
  team?: { id?: string; name?: string };
  channel?: { id?: string };
}

export function tenantOf(activity: Partial<Activity>): string {
  const channelData = (activity.channelData ?? {}) as TeamsChannelData;
  return (activity.conversation?.tenantId ?? channelData.tenant?.id ?? 'no-tenant').toLowerCase();
}

/** Teams names the tenant twice (conversation.tenantId, channelData.tenant.id); an activity whose two disagree is not
 *  trusted as either tenant's. */
export function tenantsDisagree(activity: Partial<Activity>): boolean {
  const a = activity.conversation?.tenantId?.toLowerCase();
  const b = ((activity.channelData ?? {}) as TeamsChannelData).tenant?.id?.toLowerCase();
  return a !== undefined && b !== undefined && a !== b;
}

/** A team's scope key: every channel of the team shares it (the tab asks for a team by its id, bot/tab/routes.ts). */
export function teamScopeKey(tenantId: string, teamId: string): string {
  return [encodeKeyPart(tenantId.toLowerCase()), 'team', encodeKeyPart(teamId)].join(SEP);
}

export function scopeOf(activity: Partial<Activity>): Scope {
  const tenantId = tenantOf(activity);
  const channelData = (activity.channelData ?? {}) as TeamsChannelData;
  const teamId = channelData.team?.id;
  if (teamId) return { key: teamScopeKey(tenantId, teamId), kind: 'team', tenantId, teamId };
  const conversationType = activity.conversation?.conversationType;
  const kind: ScopeKind =
    conversationType === 'personal' || (!conversationType && !activity.conversation?.isGroup) ? 'personal' : 'groupChat';
  // A reply thread's conversation id carries ";messageid=...": the conversation is the part before it.
  const conversationId = (activity.conversation?.id ?? 'unknown').split(';messageid=')[0];
  return { key: [encodeKeyPart(tenantId), kind, encodeKeyPart(conversationId)].join(SEP), kind, tenantId };
}

// luxon's isValidZone builds an Intl.DateTimeFormat on every call (~0.15 ms, twice per turn: bench/ profile); the
// answer for a zone name never changes, so it is remembered. Bounded: a client sending endless bogus zones stops filling it.
const zoneValidity = new Map<string, boolean>();

function isValidZone(zone: string): boolean {
  let valid = zoneValidity.get(zone);
  if (valid === undefined) {
    valid = IANAZone.isValidZone(zone);
    if (zoneValidity.size < 1000) zoneValidity.set(zone, valid);
  }
  return valid;
}

const WITH_OFFSET = /T[\d:.,]+(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;

/**
 * The turn's now: the activity's timestamp seen in its localTimezone (else the bot's zone).
 * `receivedAt` is only used when a client sends no timestamp at all (Teams always does).
 */
export function nowOf(activity: Partial<Activity>, defaultZone: string, receivedAt: DateTime): { now: DateTime; zone: string } {
  const zone = activity.localTimezone && isValidZone(activity.localTimezone) ? activity.localTimezone : defaultZone;
  const stamp = activity.timestamp as unknown as string | Date | undefined;
  // Read straight into the zone: one DateTime per turn, not one in the stamp's offset and another in the zone.
  let now: DateTime | undefined;
  if (stamp instanceof Date) now = DateTime.fromJSDate(stamp, { zone });
  else if (typeof stamp === 'string') {
    // A stamp without an offset (not what Teams sends) is read in the system's zone, as it always was.
    now = WITH_OFFSET.test(stamp) ? DateTime.fromISO(stamp, { zone }) : DateTime.fromISO(stamp).setZone(zone);
  }
  if (!now?.isValid) now = receivedAt.setZone(zone);
  return { now, zone };
}

/**
 * The reply's language: what the words say; else the command's name when it is Danish or English only ("/hvem
 * Jyllandsposten" is Danish whatever the client's locale); else the user's Teams locale; else BOT_LANGUAGE.
 */
export function langOf(text: string, activity: Partial<Activity>, defaultLang: Lang, hint?: 'da' | 'en' | 'both'): Lang {
  const fromWords = text.trim() === '' ? undefined : languageOfWords(text);
  if (fromWords) return fromWords;
  if (hint === 'da' || hint === 'en') return hint;
  const locale = (activity.locale ?? '').toLowerCase();
  return locale.startsWith('en') ? 'en' : locale.startsWith('da') ? 'da' : defaultLang;
}

/** The language a card's or a dialog's data says it was drawn in, else as langOf reads the activity. */
export function langOfData(data: Record<string, unknown>, activity: Partial<Activity>, defaultLang: Lang): Lang {
  return data.lang === 'en' || data.lang === 'da' ? data.lang : langOf('', activity, defaultLang);
}

export function turnOf(activity: Partial<Activity>, opts: { zone: string; lang: Lang; receivedAt: DateTime }): Turn {
  const { now, zone } = nowOf(activity, opts.zone, opts.receivedAt);
  return {
    now,
    zone,
    lang: opts.lang,
    scope: scopeOf(activity),
    author: {
      name: activity.from?.name ?? '',
      aadObjectId: activity.from?.aadObjectId ?? '',
      id: activity.from?.id ?? '',
    },
    activityId: activity.id ?? '',
    conversationId: activity.conversation?.id ?? '',
    mentions: mentionsOf(activity),
    ...teamNameOf(activity),
  };
}

/** Teams sends the team's name in channelData on some activities; the calendar feed keeps the last one seen. */
function teamNameOf(activity: Partial<Activity>): { teamName?: string } {
  const name = ((activity.channelData ?? {}) as TeamsChannelData).team?.name?.trim();
  return name ? { teamName: name.slice(0, 200) } : {};
}

interface MentionEntity {
  type?: string;
  mentioned?: { id?: string; name?: string; aadObjectId?: string };
}

/** The people a message @mentions, each once, without the bot itself (its mention only addresses it). */
export function mentionsOf(activity: Partial<Activity>): Colleague[] {
  return mentionedPeopleOf(activity).map(({ name, aadObjectId }) => ({ name, aadObjectId }));
}

/** The people a message @mentions, with the "29:" id to look up the Entra object id by when the mention lacks it. */
export function mentionedPeopleOf(activity: Partial<Activity>): MentionedPerson[] {
  const out: MentionedPerson[] = [];
  for (const e of (activity.entities ?? []) as MentionEntity[]) {
    const m = e.mentioned;
    if (e.type !== 'mention' || !m?.name || !m.id || m.id === activity.recipient?.id) continue;
    // Newer clients may give a user's Entra object id beside the "29:" id; most mentions carry only the "29:" id, and
    // bot/teams/members.ts looks the member up for it. A tag or channel mention has neither.
    const aadObjectId = entraIdOf(m.aadObjectId) ?? entraIdOf(m.id) ?? '';
    const name = m.name.trim();
    if (!out.some((c) => c.name === name))
      out.push({ name, aadObjectId, ...(aadObjectId || !m.id.startsWith('29:') ? {} : { teamsId: m.id }) });
  }
  return out;
}

/** A message's text with Teams' mention markup as the names it shows ("<at>Jens Nielsen</at>" → "Jens Nielsen"). */
export function withMentionNames(text: string): string {
  return text.replace(/<at(?:\s[^>]*)?>([^<]*)<\/at>/gi, '$1');
}
