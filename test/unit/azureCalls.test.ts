// The Azure store's two guards on its calls (storage/azureTableStore.ts): the outage guard fails calls at once only
// when storage answers nothing (not when one call is slow while others are answered: busy is not down), and the
// call slots keep calls beyond the limit waiting before their timeout starts, refusing one only after its own time.
import assert from 'node:assert/strict';
import { CallSlots, OutageGuard } from '../../storage/azureTableStore';
import { inBackground, isBackground } from '../../storage/tableStore';

describe('the Azure store: outage guard and call slots', () => {
  it('opens the guard when a call waited out its time and nothing else was answered meanwhile', () => {
    const guard = new OutageGuard(50);
    guard.answered();
    const started = performance.now() + 1; // a call begun after the last answer
    guard.hung(started);
    assert.equal(guard.open, true);
    guard.reset();
    assert.equal(guard.open, false);
  });

  it('stays shut when another call was answered while the slow one waited (storage is busy, not down)', () => {
    const guard = new OutageGuard(50);
    const started = performance.now();
    guard.answered();
    guard.hung(started);
    assert.equal(guard.open, false);
  });

  it('lets `max` calls in at once; the next waits for a slot and gets it when one is given back', async () => {
    const slots = new CallSlots(2);
    assert.equal(await slots.acquire(1000), true);
    assert.equal(await slots.acquire(1000), true);
    let third: boolean | undefined;
    const waiting = slots.acquire(1000).then((ok) => {
      third = ok;
    });
    await new Promise((r) => setTimeout(r, 20));
    assert.equal(third, undefined, 'the third waits while two are in flight');
    slots.release();
    await waiting;
    assert.equal(third, true);
  });

  it('refuses a call that found no slot within its time, and a later release does not count it', async () => {
    const slots = new CallSlots(1);
    assert.equal(await slots.acquire(1000), true);
    assert.equal(await slots.acquire(30), false);
    slots.release();
    assert.equal(await slots.acquire(30), true, 'the slot given back is free again');
    slots.release();
  });

  it("serves work no user waits on (the tick's calls) only when no other call waits, and never refuses it", async () => {
    const slots = new CallSlots(1);
    assert.equal(await slots.acquire(1000), true);
    const order: string[] = [];
    const tick = slots.acquire(undefined, { yielding: true }).then((ok) => order.push(`tick ${ok}`));
    const turn = slots.acquire(1000).then((ok) => order.push(`turn ${ok}`));
    await new Promise((r) => setTimeout(r, 40));
    assert.deepEqual(order, [], 'both wait while the slot is taken');
    slots.release();
    await turn;
    assert.deepEqual(order, ['turn true'], "the turn's call came later but goes first");
    slots.release();
    await tick;
    assert.deepEqual(order, ['turn true', 'tick true']);
    slots.release();
    assert.equal(slots.queued, 0);
  });

  it('knows background work from a turn, through awaits', async () => {
    assert.equal(isBackground(), false);
    const inside = await inBackground(async () => {
      await new Promise((r) => setTimeout(r, 5));
      return isBackground();
    });
    assert.equal(inside, true);
    assert.equal(isBackground(), false);
  });
});
