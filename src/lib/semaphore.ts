/**
 * Bounds concurrent work (scrypt hashing) and the queue behind it, so a burst of logins cannot
 * exhaust memory: each scrypt call holds ~128 MiB while it runs.
 */
export class Semaphore {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly limit: number,
    private readonly maxQueue: number,
  ) {}

  /** Returns false when the queue is full; the caller should shed load. */
  async run<T>(task: () => Promise<T>): Promise<T | typeof QUEUE_FULL> {
    if (this.active >= this.limit) {
      if (this.waiting.length >= this.maxQueue) return QUEUE_FULL;
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.active++;
    }
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}

export const QUEUE_FULL: unique symbol = Symbol("queue-full");
