import type { WebClient, WebClientEvent } from "@slack/web-api";
import { slackErrorCode } from "../slack/client.js";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Missed send slots that may be caught up back to back: a small burst, far below Slack's. */
const CATCH_UP = 5;

/**
 * Shared by the workers of one fan-out, so it respects Slack's rate limit
 * instead of fighting it. Unpaced until Slack first answers 429; then every
 * worker waits out Retry-After, and calls are paced just under a ceiling: the
 * pace at which Slack last said 429 (at first, what got through in the last
 * second). Each later 429 lowers the ceiling to 95% of the pace that met it and
 * drops the pace 10% below; the pace climbs back 3% per quiet second to 98% of
 * the ceiling, and the ceiling itself creeps up 1% per 15 quiet seconds, in case
 * Slack allows more. Every 429 costs the whole fan-out its Retry-After, so the
 * gate spends few of them finding the limit and then stays under it.
 * bench/nudge-fanout: unpaced 2.1x the minimum time; probing up 5% per quiet
 * second (a 429 every few seconds) 1.20x; this policy, see the README.
 */
export class RateGate {
  /** Calls per second; Infinity until the first 429. */
  rate = Number.POSITIVE_INFINITY;
  /** The pace Slack last refused (lowered a little), which the pace stays under. */
  ceiling = Number.POSITIVE_INFINITY;
  waits = 0;
  #resumeAt = 0;
  #next = 0;
  #oks: number[] = [];
  #last429 = Number.NEGATIVE_INFINITY;
  #lastRaise = 0;
  #quietSince = 0;

  /** Also learns from the 429s the SDK retries by itself (it emits rate_limited). Returns an unsubscribe. */
  watch(client: WebClient): () => void {
    const event = "rate_limited" as WebClientEvent.RATE_LIMITED;
    const listener = (retryAfter: number) => this.rateLimited(retryAfter);
    client.on(event, listener);
    return () => client.off(event, listener);
  }

  /** Slack answered 429: everyone waits `retryAfter`; the pace drops once per episode. */
  rateLimited(retryAfterSeconds: number): void {
    const now = performance.now();
    this.#resumeAt = Math.max(this.#resumeAt, Date.now() + retryAfterSeconds * 1000);
    if (now - this.#last429 < retryAfterSeconds * 1000) return;
    this.#last429 = now;
    this.#lastRaise = now;
    this.ceiling = Number.isFinite(this.rate)
      ? Math.max(1, Math.min(this.ceiling, this.rate) * 0.95)
      : Math.max(1, 0.9 * this.#oks.filter((t) => t > now - 1000).length);
    this.rate = Number.isFinite(this.rate) ? Math.max(1, this.ceiling * 0.9) : this.ceiling;
    this.#quietSince = now;
  }

  async pass(): Promise<void> {
    const wait = this.#resumeAt - Date.now();
    if (wait > 0) await sleep(wait);
    this.#raise();
    if (!Number.isFinite(this.rate)) return;
    // GCRA: each call takes the next slot; a slot nobody was ready for may be caught up, a few at most.
    const interval = 1000 / this.rate;
    const now = performance.now();
    const slot = Math.max(this.#next, now - CATCH_UP * interval);
    this.#next = slot + interval;
    if (slot > now) await sleep(slot - now);
  }

  /** Runs `call` within the pace, waiting and retrying while Slack says it is rate limited. */
  async run<T>(call: () => Promise<T>, maxWaits = 20): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      await this.pass();
      try {
        const result = await call();
        this.#oks.push(performance.now());
        if (this.#oks.length > 1000) this.#oks.splice(0, 500);
        return result;
      } catch (error) {
        const retryAfter = rateLimitedFor(error);
        if (retryAfter === undefined || attempt >= maxWaits) throw error;
        this.waits++;
        this.rateLimited(retryAfter);
      }
    }
  }

  #raise(): void {
    if (!Number.isFinite(this.rate)) return;
    const now = performance.now();
    const seconds = Math.floor((now - this.#lastRaise) / 1000);
    if (seconds < 1) return;
    this.#lastRaise += seconds * 1000;
    const creeps = Math.floor((now - this.#quietSince) / 15_000);
    if (creeps > 0) {
      this.ceiling *= 1.01 ** creeps;
      this.#quietSince += creeps * 15_000;
    }
    this.rate = Math.min(this.rate * 1.03 ** seconds, 0.98 * this.ceiling);
  }
}

/** Seconds to wait when `error` is Slack's rate limit (HTTP 429), else undefined. */
function rateLimitedFor(error: unknown): number | undefined {
  const e = error as { retryAfter?: number; message?: string };
  if (slackErrorCode(error) === "ratelimited") return e.retryAfter ?? 1;
  // With SDK retries used up, a 429 surfaces as a plain error naming its retry-after.
  const match = /rate limit was exceeded.*retry-after: (\d+)/i.exec(e.message ?? "");
  return match ? Number(match[1]) : undefined;
}
