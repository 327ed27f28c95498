// Scripted misbehaviour for the fake Slack: errors, HTTP failures, delays and rate limits.
import { type Answer, jsonAnswer, rateLimitedAnswer, statusAnswer } from "./fake-slack-http.js";
import type { SlackCall } from "./fake-slack-types.js";

/**
 * What one method answers instead of its normal success. Fields combine: `delayMs` with anything,
 * `retryAfter` implies `status: 429`. With only `delayMs` the method answers normally, late.
 */
export interface Behaviour {
  /** HTTP 200 `{ ok: false, error }`, e.g. "channel_not_found". */
  error?: string;
  /** 429 (with Retry-After), or a 5xx. */
  status?: number;
  /** Seconds in the Retry-After header of a 429 (default 1). */
  retryAfter?: number;
  delayMs?: number;
  /** Custom success body; `ok: true` is added unless it says otherwise. Gets the normal answer too. */
  respond?: (call: SlackCall, normal: Record<string, unknown>) => Record<string, unknown>;
  /** Applies to the next N matching calls only (default: until reset). */
  times?: number;
  /** Only calls for which this is true get the behaviour. */
  when?: (call: SlackCall) => boolean;
}

interface QueuedBehaviour {
  method: string;
  behaviour: Behaviour;
  remaining: number;
}

/** Behaviours in the order they were added; the first one that matches a call wins. */
export class BehaviourQueue {
  private queued: QueuedBehaviour[] = [];

  /** `method` "*" matches every Web API method. */
  add(method: string, behaviour: Behaviour): void {
    this.queued.push({ method, behaviour, remaining: behaviour.times ?? Number.POSITIVE_INFINITY });
  }

  /** Finds the behaviour for this call and uses up one of its `times`. */
  take(call: SlackCall): Behaviour | undefined {
    const entry = this.queued.find(
      (queued) =>
        (queued.method === call.method || queued.method === "*") &&
        (queued.behaviour.when === undefined || queued.behaviour.when(call)),
    );
    if (entry === undefined) return undefined;
    entry.remaining -= 1;
    if (entry.remaining <= 0) this.queued = this.queued.filter((queued) => queued !== entry);
    return entry.behaviour;
  }

  clear(): void {
    this.queued = [];
  }
}

/** The answer a behaviour forces, or undefined when the method should answer normally. */
export function behaviourAnswer(
  behaviour: Behaviour,
  call: SlackCall,
  normal: () => Record<string, unknown>,
): Answer | undefined {
  if (behaviour.status === 429 || (behaviour.status === undefined && behaviour.retryAfter !== undefined)) {
    return rateLimitedAnswer(behaviour.retryAfter ?? 1);
  }
  if (behaviour.status !== undefined && behaviour.status !== 200) return statusAnswer(behaviour.status);
  if (behaviour.error !== undefined) return jsonAnswer({ ok: false, error: behaviour.error });
  if (behaviour.respond !== undefined) return jsonAnswer({ ok: true, ...behaviour.respond(call, normal()) });
  return undefined;
}

export interface RateLimitOptions {
  /** Sustained calls per second. */
  perSecond: number;
  /** Calls allowed at once before the limit bites (default: max(1, perSecond)). */
  burst?: number;
  /** Fixed Retry-After seconds; by default the whole seconds until the next call would pass. */
  retryAfter?: number;
  /**
   * Which calls share a bucket (default: all calls to the method). chat.postMessage is limited
   * per channel on real Slack: `key: (call) => String(call.body.channel)`.
   */
  key?: (call: SlackCall) => string;
}

/**
 * A token bucket per key. It reads time only from the injected clock, so a test that
 * controls the clock gets the same answers on every run.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; updatedAt: number }>();
  private readonly burst: number;

  constructor(
    private readonly options: RateLimitOptions,
    private readonly now: () => number,
  ) {
    if (!(options.perSecond > 0)) throw new Error("rateLimit: perSecond must be a positive number");
    this.burst = options.burst ?? Math.max(1, options.perSecond);
  }

  /** Undefined when the call may pass (and uses a token), else the Retry-After seconds. */
  take(call: SlackCall): number | undefined {
    const key = this.options.key?.(call) ?? "";
    const at = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.burst, updatedAt: at };
    bucket.tokens = Math.min(
      this.burst,
      bucket.tokens + ((at - bucket.updatedAt) / 1000) * this.options.perSecond,
    );
    bucket.updatedAt = at;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return undefined;
    }
    return this.options.retryAfter ?? Math.max(1, Math.ceil((1 - bucket.tokens) / this.options.perSecond));
  }
}
