/** Work still running after its request was answered; shutdown waits for it. */
export class InFlight {
  readonly #pending = new Set<Promise<unknown>>();

  track<T>(promise: Promise<T>): Promise<T> {
    this.#pending.add(promise);
    return promise.finally(() => this.#pending.delete(promise));
  }

  get size(): number {
    return this.#pending.size;
  }

  /** Resolves when everything tracked so far has settled, or after `timeoutMs`. */
  async drain(timeoutMs = 15_000): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, timeoutMs);
    });
    await Promise.race([Promise.allSettled([...this.#pending]), timeout]);
    clearTimeout(timer);
  }
}
