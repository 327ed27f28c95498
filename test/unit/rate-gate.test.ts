import { describe, expect, it } from "vitest";
import { RateGate, slope } from "../../src/notify/rate-gate.js";

/** A gate on a clock the test moves; `send(n, seconds)` passes n calls spread evenly over that time. */
function gateOnTestClock() {
  let now = 0;
  const gate = new RateGate(() => now);
  return {
    gate,
    at: (ms: number) => {
      now = ms;
    },
    async send(n: number, seconds: number) {
      for (let i = 0; i < n; i++) {
        now += (seconds * 1000) / n;
        await gate.run(async () => "ok");
      }
    },
  };
}

describe("RateGate", () => {
  it("is unpaced until the first 429, then paces at 90% of what got through", async () => {
    const t = gateOnTestClock();
    expect(t.gate.rate).toBe(Number.POSITIVE_INFINITY);
    await t.gate.run(async () => "first");
    await t.send(59, 1);
    t.gate.rateLimited(1);
    expect(t.gate.rate).toBeCloseTo(54);
    expect(t.gate.learned).toBeUndefined();
  });

  it("learns the limit from episodes of different lengths and paces just under it", async () => {
    // A token bucket of 50/s with a burst of 20: from a full bucket, a 429 comes once 20 + 50·t calls passed.
    const t = gateOnTestClock();
    await t.gate.run(async () => "first");
    await t.send(69, 1); // 70 calls in 1 s
    t.gate.rateLimited(1);
    t.at(2000); // Retry-After waited; the bucket is full again
    await t.send(170, 3); // 170 in 3 s
    t.gate.rateLimited(1);
    expect(t.gate.learned).toBeCloseTo(50);
    expect(t.gate.rate).toBeCloseTo(48.5);
    t.gate.rateLimited(1); // the same episode: learns nothing more
    expect(t.gate.learned).toBeCloseTo(50);
  });

  it("cuts the pace by 10% at a 429 while it cannot tell rate from burst yet", () => {
    const gate = new RateGate(() => 0);
    gate.rate = 20;
    gate.rateLimited(60);
    expect(gate.rate).toBe(18);
  });

  it("fits the slope only over episodes that differ in length", () => {
    expect(slope([{ seconds: 1, passed: 70 }])).toBeUndefined();
    expect(
      slope([
        { seconds: 1, passed: 70 },
        { seconds: 1.1, passed: 75 },
      ]),
    ).toBeUndefined();
    expect(
      slope([
        { seconds: 1, passed: 70 },
        { seconds: 3, passed: 170 },
        { seconds: 6, passed: 320 },
      ]),
    ).toBeCloseTo(50);
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
