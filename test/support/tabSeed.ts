// A team for the tab's tests, seeded the way the group uses the bot: the 2024 evaluation timeline pasted from the
// slide (eight milestones, periods among them), the councils' approval of "Byrådsbehandling i alle kommuner" at
// 7 of 11, the municipalities taking part in two experiments, and log entries across several months and kinds.
import { channelMessage, type Harness } from './botHarness';
import type { LogEntry } from '../../domain/logEntry';
import type { EntryKind } from '../../domain/vocabulary';

export const TAB_TEAM = '19:tab-team@thread.tacv2';
export const OTHER_TEAM = '19:other-team@thread.tacv2';

/** The pasted slide (as /work/shared/examples/timeline-2024.txt). */
export const TIMELINE_2024 = [
  'Kick-off med evaluator Primo februar 2024',
  'Dataindsamling i kommunerne Februar – april 2024',
  'Interviews med borgere 15. marts - juni 2024',
  'Godkendelse i styregruppen Medio august 2024',
  'Godkendelse i direktørkredsen Ultimo august 2024',
  'Behandling i fagudvalgene September 2024',
  'Byrådsbehandling i alle kommuner Oktober – november 2024',
  'Aflevering af slutrapport Senest d. 15. december 2024',
].join('\n');

/** Jens, who owns the planned action. */
export const JENS = { id: '29:jens', name: 'Jens Hansen', aadObjectId: '6d4f6b2e-0000-4000-8000-000000000002' };
export const PLAN_TITLE = 'kontakt Folketingets Beskæftigelsesudvalg om lægeattester';

export const APPROVED = ['Aalborg', 'Brønderslev', 'Frederikshavn', 'Hjørring', 'Jammerbugt', 'Mariagerfjord', 'Vesthimmerland'];
export const MISSING = ['Læsø', 'Morsø', 'Rebild', 'Thisted'];

/** Entries: 24 press mentions of mikrolån (Aalborg), 6 meetings with KL, 3 letters; 33 in all, June–November 2024. */
export const PRESS_ENTRIES = 24;
export const MEETING_ENTRIES = 6;
export const LETTER_ENTRIES = 3;

let counter = 0;

export async function seedTabTeam(h: Harness, team = TAB_TEAM): Promise<void> {
  const say = async (text: string, at: string) => {
    const replies = await h.say(channelMessage(text, { teamId: team, timestamp: at, id: `tab-seed-${++counter}` }));
    if (replies.length === 0) throw new Error(`no reply to ${text}`);
  };
  await say(`/frist\n${TIMELINE_2024}`, '2024-01-15T09:00:00.000Z');
  for (const m of APPROVED) await say(`/godkendt ${m} byrådsbehandling`, '2024-11-05T10:00:00.000Z');
  // A planned action with an owner (issue 23), written with a Teams mention of Jens.
  const tag = `<at>${JENS.name}</at>`;
  const plan = channelMessage(`/plan ${PLAN_TITLE} inden 15. december ansvarlig ${tag}`, {
    teamId: team,
    timestamp: '2024-11-15T09:00:00.000Z',
    id: `tab-seed-${++counter}`,
  }) as { entities: unknown[] };
  plan.entities = [...plan.entities, { type: 'mention', text: tag, mentioned: JENS }];
  await h.say(plan as Record<string, unknown>);
  await say('/forsøg kommuner mikrolån Aalborg, Hjørring, Thisted', '2024-05-01T09:00:00.000Z');
  await say('/forsøg kommuner lægeattester Aalborg, Brønderslev, Frederikshavn, Læsø', '2024-05-01T09:01:00.000Z');
  await say('/resultat lægeattester: ca. 2.000 færre lægeattester i 2023', '2024-05-02T09:00:00.000Z');
  await say('/forsøg status lægeattester fortsætter 1. januar 2024: forlænget til 2026', '2024-05-02T09:01:00.000Z');
  await say('/forsøg status mikrolån i gang 1. marts 2023', '2024-05-02T09:02:00.000Z');
  for (let i = 0; i < PRESS_ENTRIES; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(6 + (i % 5)).padStart(2, '0');
    await say(
      `/log presse TV2 Nord om mikrolån i Aalborg, indslag ${i + 1} ${Number(day)}/${Number(month)}`,
      `2024-11-1${i % 9}T08:00:00.000Z`,
    );
  }
  for (let i = 0; i < MEETING_ENTRIES; i++) await say(`/log møde med KL om lægeattester ${i + 2}/10`, '2024-11-19T08:00:00.000Z');
  for (let i = 0; i < LETTER_ENTRIES; i++) await say(`/log brev til ministeren om frikommuneloven ${i + 10}/9`, '2024-11-19T08:30:00.000Z');
}

/** A log entry as storage keeps it, for the tests of the tab's reads (by Anne, on its day at 08:00 UTC). */
export function tabEntry(id: string, happenedOn: string, kind: EntryKind = 'press', extra: Partial<LogEntry> = {}): LogEntry {
  return {
    id,
    kind,
    text: `tekst ${id}`,
    happenedOn,
    authorName: 'Anne Sørensen',
    authorAadId: 'anne',
    writtenAt: `${happenedOn}T08:00:00.000Z`,
    stakeholders: [],
    outlets: [],
    experiments: [],
    municipalities: [],
    words: [],
    ...extra,
  };
}
