// The CPU each of the worst inputs found (issue 28, test/support/attacks.ts) costs the bot over HTTP, against the goal
// of about 50 ms for any input under the body limit. The bot runs in this process on the embedded SQLite store, so
// process.cpuUsage() around one request counts the bot's work and the client's (serializing up to 240 KB of JSON:
// a few ms). `node dist/bench/attacks.js` runs them; `npm run bench` runs that in a process of its own after its load
// steps and prints the table in its results.
import { startHarness } from '../test/support/botHarness';
import { channelMessage } from '../test/support/botHarness';
import { ATTACKS, attackActivity } from '../test/support/attacks';
import { table } from './stats';

const REPS = Number(process.env.BENCH_ATTACK_REPS ?? 7);

export interface AttackCost {
  name: string;
  medianMs: number;
  maxMs: number;
}

export async function measureAttacks(): Promise<AttackCost[]> {
  // The harness checks every card the bot sends with the Adaptive Cards library (a few ms for a 100-row card): the
  // tests' business and not the bot's work, so it is left out of what is counted here.
  const h = await startHarness({ LOG_LEVEL: 'warn' }, { checkCards: false });
  try {
    await h.say(channelMessage('/log presse Nordjyske skrev om mentorordningen i Hjørring'));
    const out: AttackCost[] = [];
    for (const attack of ATTACKS) {
      await h.post(attackActivity(attack, h.connector.url)); // loading code is not what is measured
      const costs: number[] = [];
      for (let i = 0; i < REPS; i++) {
        const before = process.cpuUsage();
        await h.post(attackActivity(attack, h.connector.url));
        const used = process.cpuUsage(before);
        costs.push((used.user + used.system) / 1000);
      }
      costs.sort((a, b) => a - b);
      out.push({ name: attack.name, medianMs: costs[Math.floor(costs.length / 2)]!, maxMs: costs[costs.length - 1]! });
    }
    return out;
  } finally {
    await h.stop();
  }
}

export function attacksSection(costs: AttackCost[]): string {
  return [
    '## Attack inputs: CPU per request (goal: about 50 ms)',
    '',
    table(
      ['input', 'CPU p50 (ms)', 'CPU max (ms)', 'goal met'],
      costs.map((c) => [c.name, c.medianMs.toFixed(1), c.maxMs.toFixed(1), c.medianMs <= 50 ? 'yes' : 'no']),
    ),
    '',
    `Each sent ${REPS} times over HTTP to the bot in a process of its own (embedded SQLite), after one unmeasured run; CPU is the`,
    "process's user + system time around the request, the client's JSON included (the harness's check of the cards is",
    'left out).',
    '',
  ].join('\n');
}

if (require.main === module) {
  void measureAttacks()
    // --json: for `npm run bench`, which runs this step in a process of its own and prints the section itself.
    .then((costs) => process.stdout.write(process.argv.includes('--json') ? JSON.stringify(costs) : `${attacksSection(costs)}\n`))
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
