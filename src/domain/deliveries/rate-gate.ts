import { slackErrorCode } from "../../slack/client.js";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Shared by the workers of one fan-out: when Slack answers 429, every worker
 * waits out Retry-After before its next call, instead of hammering the limit.
 */
export class RateGate {
  #resumeAt = 0;
  waits = 0;

  async pass(): Promise<void> {
    const wait = this.#resumeAt - Date.now();
    if (wait > 0) await sleep(wait);
  }

  /** Runs `call`, waiting and retrying while Slack says it is rate limited. */
  async run<T>(call: () => Promise<T>, maxWaits = 20): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      await this.pass();
      try {
        return await call();
      } catch (error) {
        const retryAfter = rateLimitedFor(error);
        if (retryAfter === undefined || attempt >= maxWaits) throw error;
        this.waits++;
        this.#resumeAt = Math.max(this.#resumeAt, Date.now() + retryAfter * 1000);
      }
    }
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
