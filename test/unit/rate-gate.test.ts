import { describe, expect, it } from "vitest";
import { RateGate } from "../../src/notify/rate-gate.js";

describe("RateGate", () => {
  it("is unpaced until the first 429, then paces at 90% of what got through", async () => {
    const gate = new RateGate();
    expect(gate.rate).toBe(Number.POSITIVE_INFINITY);
    for (let i = 0; i < 10; i++) await gate.run(async () => "ok");
    gate.rateLimited(0);
    expect(gate.rate).toBe(9);
  });

  it("cuts the pace once per Retry-After episode, by 15%", () => {
    const gate = new RateGate();
    gate.rate = 20;
    gate.rateLimited(60);
    expect(gate.rate).toBe(17);
    gate.rateLimited(60); // the same episode: no second cut
    expect(gate.rate).toBe(17);
  });

  it("waits and retries a call Slack rate-limited, and gives up on other errors", async () => {
    const gate = new RateGate();
    let calls = 0;
    const result = await gate.run(async () => {
      calls++;
      if (calls === 1)
        throw Object.assign(new Error("ratelimited"), {
          code: "slack_webapi_rate_limited_error",
          retryAfter: 0,
        });
      return "posted";
    });
    expect(result).toBe("posted");
    expect(calls).toBe(2);
    expect(gate.waits).toBe(1);
    await expect(gate.run(async () => Promise.reject(new Error("channel_not_found")))).rejects.toThrow(
      "channel_not_found",
    );
  });
});
