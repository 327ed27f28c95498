import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { claimJobRun, finishJobRun, heartbeatJobRun } from "../../src/db/job-runs.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";

let testDb: TestDatabase;
beforeEach(async () => {
  testDb = await createTestDatabase();
});
afterEach(async () => {
  await testDb.drop();
});

const base = {
  jobId: "weekly-digest",
  periodKey: "2026-11-23T08:00",
  scheduledAt: new Date("2026-11-23T08:00:00Z"),
  staleAfterMs: 5 * 60_000,
  maxAttempts: 3,
  retryBackoffMs: 60_000,
};
const at = (iso: string) => new Date(iso);

describe("claimJobRun", () => {
  it("lets exactly one of many concurrent runners claim a period", async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        claimJobRun(testDb.database.db, {
          ...base,
          instanceId: `replica-${i}`,
          now: at("2026-11-23T08:00:05Z"),
        }),
      ),
    );
    expect(results.filter((r) => r.claimed)).toHaveLength(1);
    expect(results.filter((r) => !r.claimed).map((r) => !r.claimed && r.reason)).not.toContain("done");
    expect(await testDb.database.db.jobRun.count()).toBe(1);
  });

  it("never runs a finished period again", async () => {
    const db = testDb.database.db;
    const first = await claimJobRun(db, { ...base, instanceId: "a", now: at("2026-11-23T08:00:00Z") });
    if (!first.claimed) throw new Error("first claim failed");
    await finishJobRun(db, first.runId, { status: "done", summary: { sent: 3 } }, at("2026-11-23T08:01:00Z"));
    expect(await claimJobRun(db, { ...base, instanceId: "b", now: at("2026-11-24T08:00:00Z") })).toEqual({
      claimed: false,
      reason: "done",
    });
  });

  it("leaves a live run alone and takes over one whose runner died", async () => {
    const db = testDb.database.db;
    const first = await claimJobRun(db, { ...base, instanceId: "a", now: at("2026-11-23T08:00:00Z") });
    if (!first.claimed) throw new Error("first claim failed");
    await heartbeatJobRun(db, first.runId, at("2026-11-23T08:03:00Z"));
    expect(await claimJobRun(db, { ...base, instanceId: "b", now: at("2026-11-23T08:07:00Z") })).toEqual({
      claimed: false,
      reason: "running",
    });
    // No heartbeat for more than five minutes: the runner is gone (a restart mid-run).
    const takeover = await Promise.all([
      claimJobRun(db, { ...base, instanceId: "b", now: at("2026-11-23T08:09:00Z") }),
      claimJobRun(db, { ...base, instanceId: "c", now: at("2026-11-23T08:09:00Z") }),
    ]);
    expect(takeover.filter((r) => r.claimed)).toEqual([{ claimed: true, runId: first.runId, attempt: 2 }]);
  });

  it("retries a failed run after a back-off, up to the attempt limit", async () => {
    const db = testDb.database.db;
    let now = at("2026-11-23T08:00:00Z");
    for (let attempt = 1; attempt <= 3; attempt++) {
      const claim = await claimJobRun(db, { ...base, instanceId: "a", now });
      expect(claim).toMatchObject({ claimed: true, attempt });
      if (!claim.claimed) return;
      await finishJobRun(db, claim.runId, { status: "failed", error: "Slack is down" }, now);
      expect(
        await claimJobRun(db, { ...base, instanceId: "a", now: new Date(now.getTime() + 1000) }),
      ).toEqual({
        claimed: false,
        reason: attempt < 3 ? "backing-off" : "gave-up",
      });
      now = new Date(now.getTime() + attempt * 60_000 + 1);
    }
    const row = await db.jobRun.findFirstOrThrow();
    expect(row).toMatchObject({ status: "failed", attempts: 3, error: "Slack is down" });
  });
});
