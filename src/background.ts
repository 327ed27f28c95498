export interface BackgroundOptions {
  /** A turn waits until no request has arrived for this long... */
  quietMs?: number;
  /** ...but never longer than this after the previous turn, so background work slows under load and never stops. */
  maxWaitMs?: number;
  /** Milliseconds on a monotonic clock (tests pass their own). */
  now?: () => number;
}

/**
 * Slack's requests first; the work after their acks, and scheduled jobs, give way.
 *
 * Node reads waiting requests once per turn of the event loop, and accepts at
 * most one new connection per turn (libuv/libuv#3696). Background work that ran
 * a slice on every turn made every turn longer: bench/ack-latency found a burst
 * of 50 new connections waiting half a second to be accepted while each ack took
 * under a millisecond once read.
 *
 * So background work runs in turns. It asks for one before it starts and before
 * each database query outside a transaction (its services' `db` is the
 * background client of src/db/query-gate.ts); at most one turn is given per turn
 * of the event loop, and while requests keep arriving a turn waits for a pause
 * in them (`quietMs`), or until `maxWaitMs` after the previous turn. Without
 * requests, turns are given at once, so nothing slows down when the app is idle.
 *
 * The event loop is the process's, so one instance serves the process: `background`.
 */
export class Background {
  readonly #waiting: (() => void)[] = [];
  readonly #quietMs: number;
  readonly #maxWaitMs: number;
  readonly #now: () => number;
  #lastRequestAt = Number.NEGATIVE_INFINITY;
  #lastTurnAt = Number.NEGATIVE_INFINITY;
  #checkPending = false;

  constructor({ quietMs = 2, maxWaitMs = 25, now = () => performance.now() }: BackgroundOptions = {}) {
    this.#quietMs = quietMs;
    this.#maxWaitMs = maxWaitMs;
    this.#now = now;
  }

  /** A request arrived (HTTP server, Bolt): background turns wait for a pause. */
  noteRequest(): void {
    this.#lastRequestAt = this.#now();
  }

  /** How many are waiting for a turn. */
  get waiting(): number {
    return this.#waiting.length;
  }

  /** Resolves on the caller's turn (first come, first served). */
  turn(): Promise<void> {
    return new Promise((resolve) => {
      this.#waiting.push(resolve);
      this.#check(0);
    });
  }

  #check(delayMs: number): void {
    if (this.#checkPending) return;
    this.#checkPending = true;
    const check = () => {
      this.#checkPending = false;
      this.#give();
    };
    // setImmediate: the next check phase, after the event loop has read what is waiting.
    // A timer lets the loop go round several times (reading requests, accepting
    // connections) before looking again.
    if (delayMs > 0) setTimeout(check, delayMs);
    else setImmediate(check);
  }

  #give(): void {
    if (this.#waiting.length === 0) return;
    const now = this.#now();
    const busy = now - this.#lastRequestAt < this.#quietMs;
    if (busy && now - this.#lastTurnAt < this.#maxWaitMs) {
      this.#check(1);
      return;
    }
    this.#lastTurnAt = now;
    this.#waiting.shift()?.();
    // An immediate queued from an immediate runs on the next turn of the loop: one turn per loop turn.
    if (this.#waiting.length > 0) this.#check(0);
  }
}

/** The process's background scheduler. */
export const background = new Background();
