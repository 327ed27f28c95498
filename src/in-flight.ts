import { type Background, background as processBackground } from "./background.js";

/**
 * Work still running after its request was answered; shutdown waits for it.
 * Deferred work runs a few items at a time, as background work (it gives way
 * to requests, see src/background.ts), so a burst of requests is acked at once
 * and their slower work (database, replies to Slack) queues behind.
 */
export class InFlight {
  readonly #pending = new Set<Promise<unknown>>();
  readonly #queue: (() => void)[] = [];
  #running = 0;

  constructor(
    readonly concurrency = 4,
    private readonly onError: (error: unknown) => void = () => {},
    private readonly background: Background = processBackground,
  ) {}

  track<T>(promise: Promise<T>): Promise<T> {
    this.#pending.add(promise);
    return promise.finally(() => this.#pending.delete(promise));
  }

  /** Runs `work` after the current request is answered, at most `concurrency` at a time. */
  defer(work: () => Promise<unknown>): Promise<void> {
    const done = new Promise<void>((resolve) => {
      this.#queue.push(() => {
        this.#running++;
        // Starts on its turn, after the ack went out and waiting requests were read.
        this.background
          .turn()
          .then(work)
          .catch(this.onError)
          .finally(() => {
            this.#running--;
            resolve();
            this.#next();
          });
      });
    });
    this.#next();
    return this.track(done);
  }

  /** Runs `work` on the next turn of the event loop (after the ack), ahead of the queue and outside its limit. */
  now(work: () => Promise<unknown>): Promise<void> {
    const done = new Promise<void>((resolve) => setImmediate(resolve))
      .then(work)
      .then(() => {}, this.onError);
    return this.track(done);
  }

  #next(): void {
    while (this.#running < this.concurrency && this.#queue.length > 0) this.#queue.shift()?.();
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
