// The turn gate (bot/teams/turnGate.ts): at most `limit` turns at once, the rest started in the order they came.
import { strict as assert } from 'node:assert';
import { TurnGate } from '../../bot/teams/turnGate';

/** A turn that runs until `finish()` is called, noting when it started. */
function heldTurn(name: string, started: string[]) {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  return {
    finish: () => finish(),
    run: async () => {
      started.push(name);
      await done;
      return name;
    },
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('turn gate', () => {
  it('runs at most `limit` turns at once and starts the waiting ones in arrival order', async () => {
    const gate = new TurnGate(2);
    const started: string[] = [];
    const turns = ['a', 'b', 'c', 'd', 'e'].map((n) => heldTurn(n, started));
    const results = turns.map((t) => gate.run(t.run));
    await settle();
    assert.deepEqual(started, ['a', 'b']);
    assert.equal(gate.queued, 3);
    turns[1]!.finish();
    await settle();
    assert.deepEqual(started, ['a', 'b', 'c']);
    turns[0]!.finish();
    turns[2]!.finish();
    await settle();
    assert.deepEqual(started, ['a', 'b', 'c', 'd', 'e']);
    assert.equal(gate.queued, 0);
    turns[3]!.finish();
    turns[4]!.finish();
    assert.deepEqual(await Promise.all(results), ['a', 'b', 'c', 'd', 'e']);
  });

  it('frees the slot of a turn that fails, and passes the failure on', async () => {
    const gate = new TurnGate(1);
    await assert.rejects(
      gate.run(async () => {
        throw new Error('storage unavailable');
      }),
      /storage unavailable/,
    );
    assert.equal(await gate.run(async () => 'next'), 'next');
  });
});
