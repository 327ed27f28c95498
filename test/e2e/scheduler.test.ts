import { afterEach, describe, expect, it, vi } from "vitest";
import type { JobDefinition } from "../../src/jobs/job.js";
import { bootApp, type TestApp } from "../support/boot.js";
import { FakeClock, HOUR, MINUTE } from "../support/clock.js";
import { createTestDatabase } from "../support/database.js";

/** A job that posts one message per run, so Slack's record shows how often it ran. */
function postingJob(overrides: Partial<JobDefinition> = {}): JobDefinition {
  return {
    id: "test-digest",
    description: "posts to #sales on Mondays at 08:00 team time",
    schedule: (settings) => ({ every: "week", day: 1, time: "08:00", timezone: settings.timezone }),
    async run({ slack, slot }) {
      // Slow enough that concurrent runners overlap.
      await new Promise((resolve) => setTimeout(resolve, 50));
      await slack.chat.postMessage({ channel: "CSALES01", text: `digest for ${slot.key}` });
      return { posted: 1 };
    },
    ...overrides,
  };
}

const apps: TestApp[] = [];
afterEach(async () => {
  for (const app of apps.splice(0).reverse()) await app.close();
});

async function boot(options: Parameters<typeof bootApp>[0]) {
  const app = await bootApp(options);
  apps.push(app);
  return app;
}

describe("scheduler", () => {
  it("runs a slot once even with two replicas ticking together", async () => {
    const database = await createTestDatabase();
    const clock = new FakeClock("2026-11-23T08:00:30Z");
    const env = { DEALBOT_TIMEZONE: "UTC" };
    const a = await boot({ database, clock, jobs: [postingJob()], env, instanceId: "replica-a" });
    const b = await boot({ database, clock, jobs: [postingJob()], env, instanceId: "replica-b" });
    apps.push({ close: () => database.drop() } as TestApp);

    const outcomes = (
      await Promise.all([a.app.scheduler.tick(), b.app.scheduler.tick(), a.app.scheduler.tick()])
    ).flat();
    expect(outcomes.filter((o) => o.status === "done")).toHaveLength(1);
    const posts = [...a.slack.callsTo("chat.postMessage"), ...b.slack.callsTo("chat.postMessage")];
    expect(posts.map((c) => c.body.text)).toEqual(["digest for 2026-11-23T08:00"]);

    // Later ticks in the same week do nothing; the next week's slot runs once.
    clock.advance(3 * HOUR);
    expect((await a.app.scheduler.tick()).filter((o) => o.status === "done")).toEqual([]);
    clock.set("2026-11-30T08:01:00Z");
    await Promise.all([a.app.scheduler.tick(), b.app.scheduler.tick()]);
    const all = [...a.slack.callsTo("chat.postMessage"), ...b.slack.callsTo("chat.postMessage")];
    // Either replica may have won either week's claim: compare without order.
    expect(all.map((c) => c.body.text).sort()).toEqual([
      "digest for 2026-11-23T08:00",
      "digest for 2026-11-30T08:00",
    ]);
  });

  it("follows the team's timezone", async () => {
    const clock = new FakeClock("2026-11-23T06:30:00Z"); // 08:30 in Helsinki, 06:30 in UTC
    const t = await boot({ clock, jobs: [postingJob()], env: { DEALBOT_TIMEZONE: "Europe/Helsinki" } });
    const [outcome] = await t.app.scheduler.tick();
    expect(outcome).toMatchObject({ status: "done", slot: { key: "2026-11-23T08:00" } });
    expect(outcome?.slot.at.toISOString()).toBe("2026-11-23T06:00:00.000Z");
  });

  it("catches up a run missed while the bot was down, on start", async () => {
    // The bot was down at 08:00 and comes back at 11:15 the same Monday.
    const clock = new FakeClock("2026-11-23T11:15:00Z");
    const t = await boot({ clock, jobs: [postingJob()], scheduler: true });
    const [post] = await t.slack.waitFor("chat.postMessage");
    expect(post?.body.text).toBe("digest for 2026-11-23T08:00");
    await vi.waitFor(async () => {
      const run = await t.db.jobRun.findFirstOrThrow();
      expect(run).toMatchObject({ jobId: "test-digest", periodKey: "2026-11-23T08:00", status: "done" });
    });
  });

  it("does not catch up a run past its catch-up window", async () => {
    const clock = new FakeClock("2026-11-24T09:00:00Z"); // Tuesday: a same-day job is too late
    const t = await boot({ clock, jobs: [postingJob({ catchUpMs: 12 * HOUR })] });
    expect(await t.app.scheduler.tick()).toEqual([]);
    expect(t.slack.callsTo("chat.postMessage")).toEqual([]);
  });

  it("retries a failed run on a later tick and posts once in the end", async () => {
    const clock = new FakeClock("2026-11-23T08:00:00Z");
    const t = await boot({ clock, jobs: [postingJob()] });
    t.slack.on("chat.postMessage", { error: "channel_not_found", times: 1 });
    const [first] = await t.app.scheduler.tick();
    expect(first).toMatchObject({ status: "failed", error: expect.stringContaining("channel_not_found") });
    clock.advance(MINUTE);
    expect(await t.app.scheduler.tick()).toMatchObject([{ status: "skipped", reason: "backing-off" }]);
    clock.advance(6 * MINUTE);
    expect(await t.app.scheduler.tick()).toMatchObject([{ status: "done" }]);
    expect(t.slack.callsTo("chat.postMessage").filter((c) => c.outcome === "ok")).toHaveLength(1);
  });

  it("runs one job as of a given time, once per period (run-job)", async () => {
    const t = await boot({ jobs: [postingJob()] });
    const at = new Date("2026-12-02T15:00:00Z"); // Wednesday: the latest slot is Monday 30 Nov
    expect(await t.app.scheduler.runJob("test-digest", at)).toMatchObject({
      status: "done",
      slot: { key: "2026-11-30T08:00" },
    });
    expect(await t.app.scheduler.runJob("test-digest", at)).toMatchObject({
      status: "skipped",
      reason: "done",
    });
    expect(t.slack.callsTo("chat.postMessage")).toHaveLength(1);
    await expect(t.app.scheduler.runJob("nope", at)).rejects.toThrow(/Unknown job "nope"/);
  });

  it("keeps going with the next job when one throws", async () => {
    const clock = new FakeClock("2026-11-23T08:00:00Z");
    const broken = postingJob({
      id: "broken",
      run: async () => {
        throw new Error("boom");
      },
    });
    const t = await boot({ clock, jobs: [broken, postingJob()] });
    const outcomes = await t.app.scheduler.tick();
    expect(outcomes.map((o) => [o.jobId, o.status])).toEqual([
      ["broken", "failed"],
      ["test-digest", "done"],
    ]);
  });
});
