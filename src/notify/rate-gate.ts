import { performance } from "node:perf_hooks";
import type { WebClient, WebClientEvent } from "@slack/web-api";
import { slackErrorCode } from "../slack/client.js";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Missed send slots that may be caught up back to back: a small burst, far below Slack's. */
const CATCH_UP = 5;
/** The pace, as a share of the learned limit: just under it, so the bucket never runs dry. */
const MARGIN = 0.97;
/** Rate-limit episodes the limit is learned from (the latest ones, in case it changes). */
const EPISODES = 6;

export interface Episode {
  /** Seconds from the end of the previous Retry-After wait (or the first call) to this 429. */
  seconds: number;
  /** Calls that got through in that time. */
  passed: number;
}

/**
 * Shared by the workers of one fan-out, so it respects Slack's rate limit
 * instead of fighting it. Unpaced until Slack first answers 429; then every
 * worker waits out Retry-After, and calls are paced just under the limit the
 * gate learns from the 429s.
 *
 * Slack's limit behaves like a token bucket (R calls a second, a burst of B):
 * starting from a full bucket, a 429 comes once B + R·t calls have passed in
 * t seconds. Each episode (from the end of a Retry-After wait, when the bucket
 * has refilled, to the next 429) is one such point, so the slope of calls
 * passed against seconds, over episodes of different lengths, is R. The gate
 * then paces at 97% of R; before it has two episodes to learn from, it starts
 * at 90% of what got through and cuts by 10% at each 429. Between 429s it
 * raises the pace by 5% a second (0.2% once R is learned) in case the limit
 * rose. Each 429 costs a whole Retry-After wait for every worker, so the aim
 * is few of them: bench/nudge-fanout measured 2.1x the minimum time when
 * reacting to 429s alone, 1.2x with plain AIMD pacing, and see the README for
 * this version.
 */
export class RateGate {
  /** Calls per second; Infinity until the first 429. */
  rate = Number.POSITIVE_INFINITY;
  /** The limit learned from the 429s (calls per second), once there are two episodes to learn from. */
  learned: number | undefined;
  waits = 0;
  #resumeAt = 0;
  #next = 0;
  #passed = 0;
  #windowStart: number | undefined;
  #passedAtWindowStart = 0;
  #episodes: Episode[] = [];
  #last429 = Number.NEGATIVE_INFINITY;
  #lastRaise = 0;

  /** `now`: milliseconds on a monotonic clock (tests pass their own). */
  constructor(private readonly now: () => number = () => performance.now()) {}

  /** Also learns from the 429s the SDK retries by itself (it emits rate_limited). Returns an unsubscribe. */
  watch(client: WebClient): () => void {
    const event = "rate_limited" as WebClientEvent.RATE_LIMITED;
    const listener = (retryAfter: number) => this.rateLimited(retryAfter);
    client.on(event, listener);
    return () => client.off(event, listener);
  }

  /** Slack answered 429: everyone waits `retryAfter`; the pace is set once per episode. */
  rateLimited(retryAfterSeconds: number): void {
    const now = this.now();
    this.#resumeAt = Math.max(this.#resumeAt, now + retryAfterSeconds * 1000);
    if (now - this.#last429 < retryAfterSeconds * 1000) return;
    this.#last429 = now;
    const start = this.#windowStart ?? now;
    const episode = { seconds: (now - start) / 1000, passed: this.#passed - this.#passedAtWindowStart };
    this.#episodes = [...this.#episodes, episode].slice(-EPISODES);
    this.#windowStart = now + retryAfterSeconds * 1000;
    this.#passedAtWindowStart = this.#passed;
    this.#lastRaise = this.#windowStart;
    this.learned = slope(this.#episodes) ?? this.learned;
    if (this.learned !== undefined) this.rate = Math.max(1, this.learned * MARGIN);
    else if (Number.isFinite(this.rate)) this.rate = Math.max(1, this.rate * 0.9);
    else this.rate = Math.max(1, (0.9 * episode.passed) / Math.max(episode.seconds, 0.1));
  }

  async pass(): Promise<void> {
    this.#windowStart ??= this.now();
    const wait = this.#resumeAt - this.now();
    if (wait > 0) await sleep(wait);
    this.#raise();
    if (!Number.isFinite(this.rate)) return;
    // GCRA: each call takes the next slot; a slot nobody was ready for may be caught up, a few at most.
    const interval = 1000 / this.rate;
    const now = this.now();
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
        this.#passed++;
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
    const seconds = Math.floor((this.now() - this.#lastRaise) / 1000);
    if (seconds < 1) return;
    this.rate *= (this.learned === undefined ? 1.05 : 1.002) ** seconds;
    this.#lastRaise += seconds * 1000;
  }
}

/**
 * Least-squares slope of calls passed against seconds: the bucket's rate. Undefined
 * until the episodes differ enough in length to tell rate from burst.
 */
export function slope(episodes: Episode[]): number | undefined {
  if (episodes.length < 2) return undefined;
  const xs = episodes.map((e) => e.seconds);
  if (Math.max(...xs) < 1.3 * Math.min(...xs)) return undefined;
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = episodes.reduce((a, e) => a + e.passed, 0) / episodes.length;
  let cov = 0;
  let vx = 0;
  for (const e of episodes) {
    cov += (e.seconds - mx) * (e.passed - my);
    vx += (e.seconds - mx) ** 2;
  }
  const rate = cov / vx;
  return rate > 0 ? rate : undefined;
}

/** Seconds to wait when `error` is Slack's rate limit (HTTP 429), else undefined. */
function rateLimitedFor(error: unknown): number | undefined {
  const e = error as { retryAfter?: number; message?: string };
  if (slackErrorCode(error) === "ratelimited") return e.retryAfter ?? 1;
  // With SDK retries used up, a 429 surfaces as a plain error naming its retry-after.
  const match = /rate limit was exceeded.*retry-after: (\d+)/i.exec(e.message ?? "");
  return match ? Number(match[1]) : undefined;
}
