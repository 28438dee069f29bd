// The worst inputs found against the bot (issue 28), as activities: each held it for seconds before (29 s for the
// message action on never-closed tags, about 2 s for a 28,000-character argument). Shared by test/e2e/hardening and
// `npm run bench`, which prints the CPU each costs.
import { channelMessage, BOT_ID, CHANNEL, TEAM, TENANT } from './botHarness';
import { deadlineCommand, MAX_TIMELINE_LINE_CHARS, MAX_TIMELINE_LINES } from '../../bot/commands/items/deadline';

export interface Attack {
  name: string;
  activity(): Record<string, unknown>;
}

const NEVER_CLOSED_TAGS = '<a '.repeat(80_000); // 240 KB, under the 256 KB body limit
const MANY_LINKS = Array.from({ length: 2000 }, (_, i) => `<a href="https://nordjyske.dk/nyheder/${i}">artikel ${i}</a> `).join('');

function messageAction(name: 'composeExtension/fetchTask' | 'composeExtension/submitAction', html: string): Record<string, unknown> {
  const payload = {
    id: '1700000000001',
    createdDateTime: '2024-11-19T13:05:00.000Z',
    messageType: 'message',
    linkToMessage: 'https://teams.microsoft.com/l/message/x/1700000000001',
    from: { user: { id: '6d4f6b2e-0000-4000-8000-00000000000b', displayName: 'Mette Larsen', userIdentityType: 'aadUser' } },
    body: { contentType: 'html', content: html },
    mentions: [],
  };
  const value =
    name === 'composeExtension/fetchTask'
      ? { commandId: 'logMessage', commandContext: 'message', messagePayload: payload }
      : {
          commandId: 'logMessage',
          commandContext: 'message',
          data: { kind: 'press', text: html.slice(0, 20_000) },
          messagePayload: payload,
        };
  return {
    type: 'invoke',
    name,
    id: `attack-${Math.random().toString(36).slice(2)}`,
    channelId: 'msteams',
    timestamp: '2024-11-20T09:15:00.000Z',
    localTimezone: 'Europe/Copenhagen',
    locale: 'da-DK',
    from: { id: '29:anne', name: 'Anne Sørensen', aadObjectId: '6d4f6b2e-0000-4000-8000-000000000001' },
    recipient: { id: BOT_ID, name: 'Tovholder' },
    conversation: { id: CHANNEL, conversationType: 'channel', isGroup: true, tenantId: TENANT },
    channelData: { tenant: { id: TENANT }, team: { id: TEAM }, channel: { id: CHANNEL }, source: { name: 'message' } },
    value,
  };
}

const fill = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
/** A list pasted after /log: `lines` bullets of 97 characters made of `unit`. */
const pastedList = (lines: number, unit: string) => Array.from({ length: lines }, () => `- ${fill(unit, 97)}`).join('\n');
/** A pasted timeline at its limits: 100 lines of the longest a line may be, each made of what the date grammar tries
 *  hardest. */
const timeline = (unit: string) => Array.from({ length: MAX_TIMELINE_LINES }, () => fill(unit, MAX_TIMELINE_LINE_CHARS)).join('\n');
/** One /frist line as long as a timeline may be (no line breaks: one deadline, held to what one line may be). */
const oneDeadlineLine = (unit: string) => fill(unit, deadlineCommand.maxArgsChars!);
/** A timeline of 100 dated milestones whose titles share most words: pasted again, each line is looked up among the
 *  deadlines the first paste saved (a search per line read every one of them for every line: quadratic). */
const DATED_TIMELINE = Array.from(
  { length: 100 },
  (_, i) => `Milepæl ${i} i projektet om mentorordningen ${(i % 28) + 1}. marts 2027`,
).join('\n');

export const ATTACKS: Attack[] = [
  { name: "composeExtension/fetchTask on '<a ' x 80,000", activity: () => messageAction('composeExtension/fetchTask', NEVER_CLOSED_TAGS) },
  {
    name: "composeExtension/submitAction on '<a ' x 80,000",
    activity: () => messageAction('composeExtension/submitAction', NEVER_CLOSED_TAGS),
  },
  {
    name: 'composeExtension/fetchTask on a message of 2,000 links',
    activity: () => messageAction('composeExtension/fetchTask', MANY_LINKS),
  },
  { name: 'a 28,000-character unknown command', activity: () => channelMessage(`/${'x'.repeat(28_000)}`) },
  { name: '/forsøg ab ab … (28,000 characters)', activity: () => channelMessage(`/forsøg ${fill('ab ', 28_000)}`) },
  { name: '/historik aaaa… (28,000 characters)', activity: () => channelMessage(`/historik ${'a'.repeat(28_000)}`) },
  { name: '/færdig with 4,000 characters of words', activity: () => channelMessage(`/færdig ${fill('ab ', 4000)}`) },
  { name: '/frist with 4,000 characters of "1. "', activity: () => channelMessage(`/frist ${fill('1. ', 4000)}`) },
  { name: '/arrangement with 4,000 characters of "x, "', activity: () => channelMessage(`/arrangement ${fill('x, ', 4000)}`) },
  { name: '/frist timeline, 100 lines of "1. "', activity: () => channelMessage(`/frist ${timeline('1. ')}`) },
  { name: '/frist timeline, 100 lines of quotes', activity: () => channelMessage(`/frist ${timeline('"')}`) },
  { name: '/frist timeline, 100 lines of "i "', activity: () => channelMessage(`/frist ${timeline('i ')}`) },
  { name: '/frist timeline, 100 lines of "1-"', activity: () => channelMessage(`/frist ${timeline('1-')}`) },
  { name: '/frist timeline of 100 dated milestones, pasted again', activity: () => channelMessage(`/frist ${DATED_TIMELINE}`) },
  // Each line a week span without a year ("uge 1-uge 1"): settling its year read eleven years of weeks through luxon.
  { name: '/frist timeline, 100 lines of "uge 1-"', activity: () => channelMessage(`/frist ${timeline('uge 1-')}`) },
  { name: '/frist timeline, 100 lines of "1.-"', activity: () => channelMessage(`/frist ${timeline('1.-')}`) },
  { name: '/frist with 4,000 characters of "1-"', activity: () => channelMessage(`/frist ${fill('1-', 4000)}`) },
  { name: '/frist, one line of "1-" as long as a timeline', activity: () => channelMessage(`/frist ${oneDeadlineLine('1-')}`) },
  { name: '/slet with 4,000 characters of "1-"', activity: () => channelMessage(`/slet ${fill('1-', 4000)}`) },
  { name: '/log with 4,000 characters of dates', activity: () => channelMessage(`/log ${fill('1. maj ', 4000)}`) },
  { name: '/log, a pasted list of 50 lines at 5,000 characters', activity: () => channelMessage(`/log ${pastedList(50, '1. maj ')}`) },
  { name: '/log, a pasted list of 10,000 characters', activity: () => channelMessage(`/log ${pastedList(100, '1. ')}`) },
  { name: 'a question of 240,000 characters', activity: () => channelMessage(`hvad skal vi nå ${fill('i denne måned ', 240_000)}`) },
];

export function attackActivity(attack: Attack, serviceUrl: string): Record<string, unknown> {
  return { serviceUrl, ...attack.activity() };
}
