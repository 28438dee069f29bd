// A bounded number of things at once, the rest in the order they came: the Azure calls in flight
// (storage/azureTableStore.ts CallSlots) and the bot's turns (bot/teams/turnGate.ts). A freed slot passes straight to
// the first in line, so nobody overtakes, except that work no user waits on (the scheduler's tick, asked with
// `yielding`) waits in a line of its own, served only when nobody else is waiting: 500 scopes' digest reads queued
// ahead of a user's /log would keep that turn waiting, and could make it give up (issue 26).
export class Slots {
  private inUse = 0;
  private readonly waiting: Array<() => void> = [];
  private readonly yielding: Array<() => void> = [];

  constructor(readonly max: number) {}

  /** Resolves true when a slot is this caller's, or false after `waitMs` (without it: waits as long as it takes). A
   *  true must be given back with release(). `yielding`: served after every caller who is not. */
  acquire(waitMs?: number, opts: { yielding?: boolean } = {}): Promise<boolean> {
    if (this.inUse < this.max && (opts.yielding ? this.waiting.length === 0 : true)) {
      this.inUse++;
      return Promise.resolve(true);
    }
    const line = opts.yielding ? this.yielding : this.waiting;
    return new Promise((resolve) => {
      const take = () => {
        if (timer) clearTimeout(timer);
        this.inUse++;
        resolve(true);
      };
      const timer =
        waitMs === undefined
          ? undefined
          : setTimeout(() => {
              const at = line.indexOf(take);
              if (at >= 0) line.splice(at, 1);
              resolve(false);
            }, waitMs);
      line.push(take);
    });
  }

  release(): void {
    this.inUse--;
    (this.waiting.shift() ?? this.yielding.shift())?.();
  }

  /** Callers waiting for a slot. */
  get queued(): number {
    return this.waiting.length + this.yielding.length;
  }
}
