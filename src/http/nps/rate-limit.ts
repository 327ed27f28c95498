/**
 * A token bucket per client: `capacity` requests at once, refilled at
 * `refillPerSecond`. In memory: each replica limits on its own, which is
 * enough to stop one client hammering the survey pages.
 */
export class RateLimiter {
  readonly #buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly options: { capacity: number; refillPerSecond: number; now: () => number }) {}

  /** Takes one token for `key`: 0 when allowed, else the seconds to wait (for Retry-After). */
  take(key: string): number {
    const now = this.options.now();
    const { capacity, refillPerSecond } = this.options;
    const bucket = this.#buckets.get(key) ?? { tokens: capacity, at: now };
    const elapsed = Math.max(0, now - bucket.at) / 1000;
    bucket.tokens = Math.min(capacity, bucket.tokens + elapsed * refillPerSecond);
    bucket.at = now;
    this.#buckets.set(key, bucket);
    if (this.#buckets.size > 10_000) this.#prune(now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerSecond));
  }

  /** Forgets clients whose bucket has filled up again (they are as good as new). */
  #prune(now: number): void {
    const { capacity, refillPerSecond } = this.options;
    for (const [key, bucket] of this.#buckets) {
      if (bucket.tokens + ((now - bucket.at) / 1000) * refillPerSecond >= capacity) this.#buckets.delete(key);
    }
  }
}
