// Turns in arrival order, a bounded number at once (issue 26). Every turn in flight moves one step per turn of the
// event loop, so with 200 users' turns in flight one turn of the loop lasted up to 2.4 s in the bench, and libuv
// accepts new connections only between turns of the loop (bot/teams/acceptors.ts): the users whose connections came
// last waited the longest. With at most TURNS_AT_ONCE in flight the loop turns over quickly, new connections come in,
// and the turns waiting here start in the order their requests arrived. Enough run at once that the group commit
// (storage/sqliteDatabase.ts) still shares one fsync among many writes.
export const TURNS_AT_ONCE = 16;

export class TurnGate {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly limit = TURNS_AT_ONCE) {}

  /** Runs `turn` once fewer than `limit` others run, after those that came before it. */
  async run<T>(turn: () => Promise<T>): Promise<T> {
    if (this.running < this.limit) this.running++;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await turn();
    } finally {
      // The slot passes straight to the next in line (running stays the same), so nobody can overtake it.
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }

  /** Turns waiting for a slot. */
  get queued(): number {
    return this.waiting.length;
  }
}
