/**
 * Runs async work one at a time per key (a normalised user name), in arrival order. Login and
 * password change check a password under it, so a burst of parallel guesses is decided one after
 * the other: each sees the failures and the lock the previous ones recorded, and no more than
 * `failed_attempts_limit` passwords are ever checked before the name locks.
 */
export class PerKeyQueue {
  readonly #tails = new Map<string, Promise<void>>();

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    const result = previous.then(work);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.#tails.set(key, tail);
    void tail.then(() => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    });
    return result;
  }

  /** Keys with work queued or running (for tests: the map never keeps idle keys). */
  get size(): number {
    return this.#tails.size;
  }
}
