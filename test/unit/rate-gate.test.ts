import { describe, expect, it, vi } from "vitest";
import { RateGate } from "../../src/notify/rate-gate.js";

describe("RateGate", () => {
  it("is unpaced until the first 429, then paces at 90% of what got through", async () => {
    const gate = new RateGate();
    expect(gate.rate).toBe(Number.POSITIVE_INFINITY);
    for (let i = 0; i < 10; i++) await gate.run(async () => "ok");
    gate.rateLimited(0);
    expect(gate.rate).toBe(9);
  });

  it("remembers where Slack said 429: the ceiling drops to 95% of that pace, the pace 10% below it", () => {
    const gate = new RateGate();
    gate.rate = 20;
    gate.rateLimited(60);
    expect(gate.ceiling).toBe(19);
    expect(gate.rate).toBeCloseTo(17.1);
    gate.rateLimited(60); // the same episode: no second cut
    expect(gate.rate).toBeCloseTo(17.1);
  });

  it("climbs back 3% per quiet second to just under the ceiling, and creeps the ceiling up slowly", async () => {
    vi.useFakeTimers({ toFake: ["performance", "Date", "setTimeout"] });
    try {
      const gate = new RateGate();
      gate.rate = 1000;
      gate.rateLimited(0); // ceiling 950, pace 855
      vi.advanceTimersByTime(2_000);
      await gate.pass();
      expect(gate.rate).toBeCloseTo(855 * 1.03 ** 2);
      vi.advanceTimersByTime(10_000);
      await gate.pass();
      expect(gate.rate).toBeCloseTo(0.98 * 950); // capped: never probes past the ceiling
      vi.advanceTimersByTime(3_000); // 15 s without a 429
      await gate.pass();
      expect(gate.ceiling).toBeCloseTo(950 * 1.01);
      expect(gate.rate).toBeCloseTo(0.98 * 950 * 1.01);
    } finally {
      vi.useRealTimers();
    }
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
