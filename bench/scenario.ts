// What every read-command measurement asks and of what data (`npm run bench` and `npm run bench:reads` alike): the turns'
// instant, the commands as users type them, and one measured scope's seed.
import { DateTime } from 'luxon';
import type { Tables } from '../storage/schema';
import { plannedDeadlines, seedEntries, seedItems, seedStakeholders } from './seed';

/** The turns' instant: a Wednesday in March (what "this month" means), Copenhagen time. */
export const TURN_AT = '2025-03-12T09:00:00.000Z';
export const TODAY = DateTime.fromISO(TURN_AT).setZone('Europe/Copenhagen');
export const RARE_WORD = 'Limfjordsbroen';
export const RARE_STAKEHOLDER = 'KL';
/** Entries of every measured scope holding RARE_WORD (and RARE_STAKEHOLDER): the hits of /find and /who. */
export const RARE_HITS = 25;

/** Every command measured, in the order measured: /log last, because it adds entries. `key` names it in BENCH_COMMANDS. */
export const ALL_COMMANDS: Array<{ key: string; label: string; text: string }> = [
  { key: 'due', label: '"hvad skal vi nå i denne måned?"', text: 'hvad skal vi nå i denne måned?' },
  { key: 'find', label: `/find (/søg), ${RARE_HITS} hits`, text: `/find ${RARE_WORD}` },
  { key: 'who', label: `/who (/hvem), ${RARE_HITS} entries`, text: `/hvem ${RARE_STAKEHOLDER}` },
  { key: 'digest', label: '/digest now (/overblik nu)', text: '/digest now' },
  // A period up to today, as a user asks for it: the card, its download links, and "siden sidst" remembered (one write).
  { key: 'status', label: '/status siden 1. februar', text: '/status siden 1. februar' },
  // The whole log and the registry, against every stakeholder (the scope holds 200: the seed's and 178 added).
  { key: 'gaps', label: '/gaps (/huller), 200 stakeholders', text: '/huller' },
  { key: 'log', label: '/log', text: '/log presse Nordjyske skrev om mikrolån i Hjørring' },
];

/** The commands a comma list of keys names (e.g. BENCH_COMMANDS=find,digest); none named: all of them. */
export function commandsNamed(list: string | undefined, variable: string): typeof ALL_COMMANDS {
  const asked = list
    ?.split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  if (!asked?.length) return ALL_COMMANDS;
  const unknown = asked.filter((k) => !ALL_COMMANDS.some((c) => c.key === k));
  if (unknown.length) throw new Error(`${variable}: unknown ${unknown.join(', ')} (known: ${ALL_COMMANDS.map((c) => c.key).join(', ')})`);
  return ALL_COMMANDS.filter((c) => asked.includes(c.key));
}

/**
 * One measured scope of `size` entries: the same recent year at every size (1,000 entries; the rare word and
 * stakeholder in 25 of them; 20 deadlines a month either side of today); a larger one adds older entries (20 years back)
 * and more deadlines further out. `i` varies the generator's seed per scope.
 */
export async function seedMeasuredScope(
  tables: Tables,
  scopeKey: string,
  size: number,
  i: number,
): Promise<{ entries: number; rows: number; deadlines: number }> {
  const seeded = await seedEntries(tables, scopeKey, {
    count: size,
    recent: 1000,
    recentDays: 365,
    today: TODAY,
    rareWord: RARE_WORD,
    rareStakeholder: RARE_STAKEHOLDER,
    rareCount: RARE_HITS,
    seed: 1 + i * 2,
  });
  // At least 25 months either side of today at every size (20 a month), so /status's milestone window (from the
  // period's start to the end of next year: up to 22 months ahead) holds the same items at every size. With a year
  // (250) the 1,000-entry scope's window held 276 milestones and the larger ones' 431: rows read grew with the seed,
  // not with the log.
  const deadlines = Math.max(500, size / 100);
  let rows =
    seeded.rows +
    (await seedItems(
      tables,
      scopeKey,
      plannedDeadlines({ past: deadlines, future: deadlines, perMonth: 20, today: TODAY, seed: 2 + i * 2 }),
    ));
  rows += await seedStakeholders(tables, scopeKey, 200);
  return { entries: seeded.entries, rows, deadlines };
}
