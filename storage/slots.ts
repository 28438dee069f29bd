// A bounded number of things at once, the rest in the order they came: the Azure calls in flight
// (storage/azureTableStore.ts CallSlots) and the bot's turns (bot/teams/turnGate.ts). A freed slot passes straight to
// the first in line, so nobody overtakes.
export class Slots {
  private inUse = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(readonly max: number) {}

  /** Resolves true when a slot is this caller's, or false after `waitMs` (without it: waits as long as it takes). A
   *  true must be given back with release(). */
  acquire(waitMs?: number): Promise<boolean> {
    if (this.inUse < this.max) {
      this.inUse++;
      return Promise.resolve(true);
    }
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
              const at = this.waiting.indexOf(take);
              if (at >= 0) this.waiting.splice(at, 1);
              resolve(false);
            }, waitMs);
      this.waiting.push(take);
    });
  }

  release(): void {
    this.inUse--;
    this.waiting.shift()?.();
  }

  /** Callers waiting for a slot. */
  get queued(): number {
    return this.waiting.length;
  }
}
