// Deliveries against a fake Slack as strict as Slack: scopes from manifest.yml, channel
// membership, and answers that come late.
import { PassThrough } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { statusCommand } from "../../src/cli/status.js";
import { bootApp, TEST_ADMIN, type TestApp } from "../support/boot.js";
import { FakeClock } from "../support/clock.js";
import { textOf } from "../support/deal-driver.js";
import { seedDeal, seedUser } from "../support/seed.js";

const MINUTE = 60_000;
const SLOT = new Date("2026-11-23T08:00:00Z");
const apps: TestApp[] = [];
afterEach(async () => {
  for (const app of apps.splice(0).reverse()) await app.close();
});

async function boot(channels: string) {
  const t = await bootApp({
    clock: new FakeClock(SLOT),
    env: { DEALBOT_CHANNEL_DIGEST: channels },
  });
  apps.push(t);
  await seedUser(t.db, t.slack, { id: "UREP01", tz: "UTC" });
  await seedDeal(t.db, { ownerId: "UREP01", name: "Acme", amount: 12_000, staleDays: 2, now: t.clock.now() });
  return t;
}

const digestPosts = (t: TestApp, channel: string) =>
  t.slack.messagesIn(channel).filter((m) => String(m.text).includes("open deal"));
const adminNotices = (t: TestApp) =>
  t.slack
    .callsTo("chat.postMessage")
    .filter(
      (c) => c.body.channel === TEST_ADMIN && c.outcome === "ok" && String(c.body.text).includes(":warning:"),
    );
const refusedForScope = (t: TestApp) => t.slack.calls.filter((c) => c.outcome === "missing_scope");

describe("deliveries to channels", () => {
  it("the digest and its chart reach a public channel the bot was never invited to", async () => {
    const t = await boot("CSALES1");
    expect(t.slack.isBotMember("CSALES1")).toBe(false);
    const outcome = await t.app.scheduler.runJob("weekly-digest", SLOT);
    expect(outcome).toMatchObject({ status: "done", summary: { sent: 1, charts: 1, failed: 0 } });
    expect(digestPosts(t, "CSALES1")).toHaveLength(1);
    expect(t.slack.lastCall("conversations.join")?.body.channel).toBe("CSALES1");
    expect(t.slack.lastCall("files.completeUploadExternal")?.outcome).toBe("ok");
    expect(refusedForScope(t)).toEqual([]);
    expect(adminNotices(t)).toHaveLength(0);
  });

  it("a private channel: admins are told once what to do, and the digest goes out once the bot is invited", async () => {
    const t = await boot("GSALES1");
    const first = await t.app.scheduler.runJob("weekly-digest", SLOT);
    expect(first).toMatchObject({ status: "retrying", summary: { sent: 0, failed: 1 } });
    expect(adminNotices(t)).toHaveLength(1);
    expect(String(adminNotices(t)[0]?.body.text)).toContain("could not be posted to <#GSALES1>");
    expect(String(adminNotices(t)[0]?.body.text)).toContain("/invite @Dealbot");

    // Later sweeps retry, past the 12 h catch-up window too, without telling the admins again.
    for (const hours of [1, 6, 20]) {
      t.clock.set(new Date(SLOT.getTime() + hours * 3600_000));
      const [run] = await t.app.scheduler
        .tick()
        .then((runs) => runs.filter((r) => r.jobId === "weekly-digest"));
      expect(run?.status).toBe("retrying");
    }
    expect(adminNotices(t)).toHaveLength(1);
    expect(digestPosts(t, "GSALES1")).toHaveLength(0);

    t.slack.inviteBot("GSALES1");
    t.clock.advance(2 * 3600_000);
    const runs = await t.app.scheduler.tick();
    expect(runs.find((r) => r.jobId === "weekly-digest")).toMatchObject({ status: "done" });
    expect(digestPosts(t, "GSALES1")).toHaveLength(1);
    expect(t.slack.lastCall("files.completeUploadExternal")?.outcome).toBe("ok");
    // Done for the week: no more sweeps, no second digest.
    t.clock.advance(3600_000);
    await t.app.scheduler.tick();
    expect(digestPosts(t, "GSALES1")).toHaveLength(1);
    expect(adminNotices(t)).toHaveLength(1);
  });

  it("a revoked token: the run is not done, and the digest goes out after Slack recovers, the same week", async () => {
    const t = await boot("CSALES1");
    t.slack.on("chat.postMessage", { error: "token_revoked", times: 1 });
    const first = await t.app.scheduler.runJob("weekly-digest", SLOT);
    expect(first).toMatchObject({ status: "retrying", summary: { failed: 1 } });
    expect((await t.db.jobRun.findFirstOrThrow({ where: { jobId: "weekly-digest" } })).status).toBe(
      "retrying",
    );
    t.clock.advance(30 * MINUTE);
    const runs = await t.app.scheduler.tick();
    expect(runs.find((r) => r.jobId === "weekly-digest")).toMatchObject({ status: "done" });
    expect(digestPosts(t, "CSALES1")).toHaveLength(1);
    expect(adminNotices(t)).toHaveLength(0); // nothing an admin can do in Slack about a revoked token
  });

  it("a post Slack accepted but answered after the client's timeout is not posted twice", async () => {
    const t = await boot("CSALES1");
    // The test client times out after 5 s; Slack stores the post and answers after 6 s.
    t.slack.on("chat.postMessage", { delayMs: 6000, times: 1 });
    const first = await t.app.scheduler.runJob("weekly-digest", SLOT);
    expect(first).toMatchObject({ status: "retrying", summary: { failed: 1 } });
    await t.slack.waitFor("chat.postMessage", { timeoutMs: 5000 });
    expect(t.slack.callsTo("chat.postMessage")).toHaveLength(1); // no blind SDK retry
    expect(digestPosts(t, "CSALES1")).toHaveLength(1);

    t.clock.advance(10 * MINUTE);
    const runs = await t.app.scheduler.tick();
    expect(runs.find((r) => r.jobId === "weekly-digest")).toMatchObject({ status: "done" });
    expect(t.slack.lastCall("conversations.history")?.outcome).toBe("ok");
    expect(digestPosts(t, "CSALES1")).toHaveLength(1);
    expect(t.slack.lastCall("files.completeUploadExternal")?.outcome).toBe("ok");
    expect(refusedForScope(t)).toEqual([]);
  }, 30_000);

  it("after a crash mid-post, a channel's history is read (with its scope) and the digest is not posted again", async () => {
    const t = await boot("GSALES1");
    t.slack.inviteBot("GSALES1");
    const key = "weekly-digest:2026-11-23:GSALES1";
    const crashedAt = new Date(SLOT.getTime() - 10 * MINUTE);
    await t.db.delivery.create({
      data: {
        key,
        jobId: "weekly-digest",
        recipient: "GSALES1",
        status: "sending",
        attempts: 1,
        claimedAt: crashedAt,
      },
    });
    await t.app.services.slack.chat.postMessage({
      channel: "GSALES1",
      text: "1 open deal (posted before the crash)",
      metadata: { event_type: "dealbot_delivery", event_payload: { key } },
    });
    const outcome = await t.app.scheduler.runJob("weekly-digest", SLOT);
    expect(outcome).toMatchObject({ status: "done", summary: { already: 1 } });
    expect(t.slack.lastCall("conversations.history")?.outcome).toBe("ok");
    expect(digestPosts(t, "GSALES1")).toHaveLength(1);
    expect(refusedForScope(t)).toEqual([]);
  });

  it("dealbot status prints the last run of each job and the failed deliveries", async () => {
    const t = await boot("GSALES1");
    await t.app.scheduler.runJob("weekly-digest", SLOT);
    const stdout = new PassThrough();
    let printed = "";
    stdout.on("data", (chunk) => {
      printed += chunk;
    });
    const code = await statusCommand({
      env: { DATABASE_URL: t.testDb.url, LOG_LEVEL: "silent" },
      cwd: "/nonexistent",
      stdout,
      stderr: new PassThrough(),
    });
    expect(code).toBe(1);
    expect(printed).toMatch(/weekly-digest\s+retrying/);
    expect(printed).toMatch(/weekly-nudges\s+never ran/);
    expect(printed).toContain("weekly-digest:2026-11-23:GSALES1 → GSALES1: channel_not_found");
    expect(textOf(printed)).toContain("retry after");
  });
});
