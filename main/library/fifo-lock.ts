/**
 * A lock for asynchronous holders, handed on in the order it was asked for: a release passes it straight to the
 * next waiter, so a free lock never has waiters and a newcomer cannot jump the queue.
 */
export class FifoLock {
  #held = false;
  readonly #waiters: (() => void)[] = [];

  /** Whether someone holds the lock (and so whether a newcomer would wait). */
  get held(): boolean {
    return this.#held;
  }

  /** Resolves once the caller holds the lock; it must then `release()` it exactly once. */
  acquire(): Promise<void> {
    if (!this.#held) {
      this.#held = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  release(): void {
    const next = this.#waiters.shift();
    if (next === undefined) this.#held = false;
    else next();
  }
}
