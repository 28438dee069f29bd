// Turns in arrival order, a bounded number at once (issue 26). Every turn in flight moves one step per turn of the
// event loop, so with 200 users' turns in flight one turn of the loop lasted up to 2.4 s in the bench, and libuv
// accepts new connections only between turns of the loop (bot/teams/acceptors.ts): the users whose connections came
// last waited the longest. With at most TURNS_AT_ONCE in flight the loop turns over quickly, new connections come in,
// and the turns waiting here start in the order their requests arrived. Enough run at once that the group commit
// (storage/sqliteDatabase.ts) still shares one fsync among many writes.
import { Slots } from '../../storage/slots';

export const TURNS_AT_ONCE = 16;

export class TurnGate {
  private readonly slots: Slots;

  constructor(limit = TURNS_AT_ONCE) {
    this.slots = new Slots(limit);
  }

  /** Runs `turn` once fewer than `limit` others run, after those that came before it. */
  async run<T>(turn: () => Promise<T>): Promise<T> {
    await this.slots.acquire();
    try {
      return await turn();
    } finally {
      this.slots.release();
    }
  }

  /** Turns waiting for a slot. */
  get queued(): number {
    return this.slots.queued;
  }
}
