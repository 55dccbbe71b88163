/**
 * The answers this instance is generating. Only an optimisation and a shutdown aid: the database
 * row's status is the truth that every instance shares. A stop that lands on this instance aborts
 * the model call at once; one that lands elsewhere is seen at the next flush.
 */
export class ActiveGenerations {
  private readonly running = new Map<string, { controller: AbortController; done: Promise<unknown> }>();
  private readonly tasks = new Set<Promise<unknown>>();

  register(messageId: string, controller: AbortController, done: Promise<unknown>): void {
    this.running.set(messageId, { controller, done });
    void done.finally(() => this.running.delete(messageId));
  }

  /** Keeps a background task (a streamed answer whose client may be gone) until it settles. */
  track(task: Promise<unknown>): void {
    this.tasks.add(task);
    void task.finally(() => this.tasks.delete(task));
  }

  /** Aborts a local generation and waits (bounded) until its final state is stored. */
  async abort(messageId: string, waitMs = 5_000): Promise<void> {
    const entry = this.running.get(messageId);
    if (!entry) return;
    entry.controller.abort();
    await Promise.race([entry.done.catch(() => {}), new Promise((r) => setTimeout(r, waitMs).unref())]);
  }

  /** On shutdown: let in-flight answers finish and be stored. */
  async drain(): Promise<void> {
    await Promise.allSettled([...this.tasks]);
  }
}
