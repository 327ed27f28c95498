// EXPERIMENT for bench/nudge-fanout.ts (--pace): a client-side pacer in front of chat.postMessage,
// to measure what pacing would buy if RateGate did it. Not used unless asked for.
//
// A fixed pace spaces the calls at most N per second, shared by all workers (catching up at most
// CATCH_UP missed slots). "auto" is AIMD: no
// pacing until Slack first answers 429; then the pace drops to 90% of the posts that succeeded in
// the last second (what the limit let through), cut by 15% at each later 429 episode, and raised by
// 5% for each second without one.
import { performance } from "node:perf_hooks";

/** Missed slots a fixed pace may catch up back to back (a small burst, far below Slack's). */
const CATCH_UP = 5;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class Pacer {
  /** Calls per second; Infinity = not paced (yet). */
  rate: number;
  readonly adaptive: boolean;
  /** The pace after each adjustment, for the report. */
  readonly history: Array<{ ms: number; rate: number }> = [];
  #next = 0;
  #oks: number[] = [];
  #last429 = Number.NEGATIVE_INFINITY;
  #lastRaise = 0;
  #origin = performance.now();

  constructor(pace: "auto" | number) {
    this.adaptive = pace === "auto";
    this.rate = pace === "auto" ? Number.POSITIVE_INFINITY : pace;
  }

  /** Wraps `call` so that it starts no sooner than the pace allows. */
  wrap<A extends unknown[], R>(call: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
    return async (...args: A) => {
      this.#raise();
      if (Number.isFinite(this.rate)) {
        // GCRA: a slot missed (no worker ready, a late timer) may be caught up, up to CATCH_UP of them.
        const interval = 1000 / this.rate;
        const now = performance.now();
        const slot = Math.max(this.#next, now - CATCH_UP * interval);
        this.#next = slot + interval;
        if (slot > now) await sleep(slot - now);
      }
      const result = await call(...args);
      this.#oks.push(performance.now());
      return result;
    };
  }

  /** Slack answered 429 (the SDK's rate_limited event). One cut per Retry-After episode. */
  rateLimited(retryAfterSeconds: number): void {
    if (!this.adaptive) return;
    const now = performance.now();
    if (now - this.#last429 < retryAfterSeconds * 1000) return;
    this.#last429 = now;
    this.#lastRaise = now;
    if (Number.isFinite(this.rate)) this.rate = Math.max(1, this.rate * 0.85);
    else this.rate = Math.max(1, 0.9 * this.#oks.filter((t) => t > now - 1000).length);
    this.history.push({ ms: Math.round(now - this.#origin), rate: Math.round(this.rate * 10) / 10 });
  }

  #raise(): void {
    if (!this.adaptive || !Number.isFinite(this.rate)) return;
    const now = performance.now();
    const seconds = Math.floor((now - this.#lastRaise) / 1000);
    if (seconds < 1) return;
    this.rate *= 1.05 ** seconds;
    this.#lastRaise += seconds * 1000;
  }
}
