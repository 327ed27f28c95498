import { afterEach, describe, expect, it } from "vitest";
import { weeklyNudges } from "../../src/jobs/weekly-nudges.js";
import { NUDGE_ACTIONS } from "../../src/slack/ids.js";
import { bootApp, type TestApp } from "../support/boot.js";
import { FakeClock, MINUTE } from "../support/clock.js";
import { createTestDatabase } from "../support/database.js";
import { dealDriver, findButton, textOf } from "../support/deal-driver.js";
import { seedDeal, seedUser } from "../support/seed.js";
import { blockActions, viewSubmission } from "../support/slack-requests.js";
import { datePickerValue, staticSelectValue } from "../support/slack-view-state.js";

const apps: TestApp[] = [];
afterEach(async () => {
  for (const app of apps.splice(0).reverse()) await app.close();
});

async function boot(start: string, options: Parameters<typeof bootApp>[0] = {}) {
  // Only this job ticks, so other jobs' messages don't blur what is counted here.
  const t = await bootApp({ clock: new FakeClock(start), jobs: [weeklyNudges], ...options });
  apps.push(t);
  return t;
}

/** Ticks the scheduler every 15 minutes until `until`, like the minute ticker would. */
async function runUntil(t: TestApp, until: string) {
  const end = new Date(until).getTime();
  while (t.clock.now().getTime() < end) {
    t.clock.advance(15 * MINUTE);
    await t.app.scheduler.tick();
  }
}

const nudgesTo = (t: TestApp, userId: string) =>
  t.slack.callsTo("chat.postMessage").filter((c) => c.body.channel === userId && c.outcome === "ok");

describe("weekly nudges", () => {
  it("nudge each rep once, at Monday 09:00 on their own clock (UTC-8, UTC, UTC+2, UTC+10)", async () => {
    const t = await boot("2026-11-22T22:00:00Z"); // Sunday 22:00 UTC
    const now = t.clock.now();
    const reps = [
      { id: "ULAX01", tz: "America/Los_Angeles", at: "2026-11-23T17:00:00.000Z" },
      { id: "UUTC01", tz: "UTC", at: "2026-11-23T09:00:00.000Z" },
      { id: "UHEL01", tz: "Europe/Helsinki", at: "2026-11-23T07:00:00.000Z" },
      { id: "UBNE01", tz: "Australia/Brisbane", at: "2026-11-22T23:00:00.000Z" },
    ];
    for (const rep of reps) {
      await seedUser(t.db, t.slack, rep);
      await seedDeal(t.db, { ownerId: rep.id, name: `Deal of ${rep.id}`, staleDays: 10, now });
    }
    const sentAt = new Map<string, string>();
    const end = new Date("2026-11-23T19:00:00Z").getTime();
    while (t.clock.now().getTime() < end) {
      t.clock.advance(15 * MINUTE);
      await t.app.scheduler.tick();
      for (const rep of reps)
        if (!sentAt.has(rep.id) && nudgesTo(t, rep.id).length)
          sentAt.set(rep.id, t.clock.now().toISOString());
    }
    for (const rep of reps) {
      expect(nudgesTo(t, rep.id), rep.tz).toHaveLength(1);
      expect(sentAt.get(rep.id), rep.tz).toBe(rep.at);
    }
    const dm = nudgesTo(t, "UHEL01")[0]!;
    expect(textOf(dm.body.blocks)).toContain("Deal of UHEL01");
    expect(textOf(dm.body.blocks)).toContain("no update for 10 days");
    expect(dm.body.metadata).toMatchObject({ event_type: "dealbot_delivery" });
  });

  it("nudges again the next week, and keeps 09:00 local across a DST change", async () => {
    const t = await boot("2026-10-19T05:00:00Z"); // Helsinki is UTC+3 until 25 Oct, then UTC+2
    await seedUser(t.db, t.slack, { id: "UHEL01", tz: "Europe/Helsinki" });
    await seedDeal(t.db, { ownerId: "UHEL01", name: "Acme", staleDays: 10, now: t.clock.now() });
    await runUntil(t, "2026-10-19T06:00:00Z");
    expect(nudgesTo(t, "UHEL01")).toHaveLength(1);
    t.clock.set("2026-10-26T06:00:00Z");
    await runUntil(t, "2026-10-26T06:45:00Z");
    expect(nudgesTo(t, "UHEL01")).toHaveLength(1);
    await runUntil(t, "2026-10-26T07:00:00Z");
    expect(nudgesTo(t, "UHEL01")).toHaveLength(2);
  });

  it("sends nothing to reps without stale deals, nor about snoozed deals", async () => {
    const t = await boot("2026-11-23T08:45:00Z");
    const now = t.clock.now();
    await seedUser(t.db, t.slack, { id: "UFRESH", tz: "UTC" });
    await seedDeal(t.db, { ownerId: "UFRESH", name: "Recent", staleDays: 6, now });
    await seedUser(t.db, t.slack, { id: "USNOOZ", tz: "UTC" });
    await seedDeal(t.db, {
      ownerId: "USNOOZ",
      name: "Waiting",
      staleDays: 30,
      now,
      snoozedUntil: "2026-12-01",
    });
    await seedDeal(t.db, { ownerId: "USNOOZ", name: "Forgotten", staleDays: 9, now });
    await runUntil(t, "2026-11-23T10:00:00Z");
    expect(nudgesTo(t, "UFRESH")).toHaveLength(0);
    const [dm] = nudgesTo(t, "USNOOZ");
    expect(textOf(dm?.body.blocks)).toContain("Forgotten");
    expect(textOf(dm?.body.blocks)).not.toContain("Waiting*");
  });

  it("pauses while a rep is away, and resumes after", async () => {
    const t = await boot("2026-11-23T08:45:00Z");
    await seedUser(t.db, t.slack, { id: "UAWAY1", tz: "UTC" });
    await seedDeal(t.db, { ownerId: "UAWAY1", name: "Acme", staleDays: 10, now: t.clock.now() });
    await t.db.user.update({ where: { id: "UAWAY1" }, data: { awayUntil: "2026-11-27" } });
    await runUntil(t, "2026-11-23T12:00:00Z");
    expect(nudgesTo(t, "UAWAY1")).toHaveLength(0);
    t.clock.set("2026-11-30T08:45:00Z");
    await runUntil(t, "2026-11-30T09:30:00Z");
    expect(nudgesTo(t, "UAWAY1")).toHaveLength(1);
  });

  it("catches up a nudge missed while the bot was down, the same day only", async () => {
    const t = await boot("2026-11-23T14:00:00Z"); // down from before 09:00 until 14:00
    await seedUser(t.db, t.slack, { id: "ULATE1", tz: "UTC" });
    await seedDeal(t.db, { ownerId: "ULATE1", name: "Acme", staleDays: 10, now: t.clock.now() });
    await t.app.scheduler.tick();
    expect(nudgesTo(t, "ULATE1")).toHaveLength(1);

    const next = await boot("2026-12-01T10:00:00Z"); // a fresh install that was down all Monday 30 Nov
    await seedUser(next.db, next.slack, { id: "ULATE2", tz: "UTC" });
    await seedDeal(next.db, { ownerId: "ULATE2", name: "Acme", staleDays: 10, now: next.clock.now() });
    await next.app.scheduler.tick();
    expect(nudgesTo(next, "ULATE2")).toHaveLength(0);
  });

  it("never nudges twice: two replicas, run-job twice, and a restart mid-run", async () => {
    const database = await createTestDatabase();
    const a = await boot("2026-11-23T09:00:00Z", { database, instanceId: "a" });
    // One workspace: whichever replica takes over the crashed claim finds the post it made.
    const b = await boot("2026-11-23T09:00:00Z", {
      database,
      instanceId: "b",
      clock: a.clock,
      slack: a.slack,
    });
    apps.unshift({ close: () => database.drop() } as TestApp);
    const now = a.clock.now();
    for (const id of ["UREP01", "UREP02", "UREP03"]) {
      await seedUser(a.db, a.slack, { id, tz: "UTC" });
      await seedDeal(a.db, { ownerId: id, name: `Deal ${id}`, staleDays: 10, now });
    }
    // A crashed runner left two claims: one whose post reached Slack, one whose did not.
    const crashedAt = new Date(now.getTime() - 10 * MINUTE);
    await a.db.delivery.create({
      data: {
        key: "weekly-nudges:2026-11-23:UREP01",
        jobId: "weekly-nudges",
        recipient: "UREP01",
        status: "sending",
        attempts: 1,
        claimedAt: crashedAt,
        createdAt: crashedAt,
        channelId: "DREP01",
      },
    });
    await a.app.services.slack.chat.postMessage({
      channel: "UREP01",
      text: "Weekly pipeline check",
      metadata: { event_type: "dealbot_delivery", event_payload: { key: "weekly-nudges:2026-11-23:UREP01" } },
    });
    await a.db.delivery.create({
      data: {
        key: "weekly-nudges:2026-11-23:UREP02",
        jobId: "weekly-nudges",
        recipient: "UREP02",
        status: "sending",
        attempts: 1,
        claimedAt: crashedAt,
        createdAt: crashedAt,
      },
    });
    await a.db.jobRun.create({
      data: {
        jobId: "weekly-nudges",
        periodKey: "2026-11-23T08:45",
        scheduledAt: crashedAt,
        claimedBy: "dead",
        startedAt: crashedAt,
        heartbeatAt: crashedAt,
      },
    });

    await Promise.all([a.app.scheduler.tick(), b.app.scheduler.tick()]);
    await Promise.all([
      a.app.scheduler.runJob("weekly-nudges", new Date("2026-11-23T09:05:00Z")),
      b.app.scheduler.runJob("weekly-nudges", new Date("2026-11-23T11:00:00Z")),
    ]);
    const all = (id: string) => nudgesTo(a, id);
    expect(all("UREP01")).toHaveLength(1); // the crashed runner's post: found in Slack, not sent again
    expect(all("UREP02")).toHaveLength(1); // never reached Slack: sent now, once
    expect(all("UREP03")).toHaveLength(1);
    const statuses = await a.db.delivery.findMany({
      select: { key: true, status: true },
      orderBy: { key: "asc" },
    });
    expect(statuses.map((s) => s.status)).toEqual(["sent", "sent", "sent"]);
  });

  it("handles Slack failures per rep: skips the gone, waits out 429, retries 5xx later, loses nobody", async () => {
    const t = await boot("2026-11-23T09:00:00Z");
    const now = t.clock.now();
    for (const id of ["UGONE1", "URATE1", "UFLAKY", "UOK001"]) {
      await seedUser(t.db, t.slack, { id, tz: "UTC" });
      await seedDeal(t.db, { ownerId: id, name: `Deal ${id}`, staleDays: 10, now });
    }
    t.slack.on("chat.postMessage", { error: "user_not_found", when: (c) => c.body.channel === "UGONE1" });
    t.slack.on("chat.postMessage", {
      status: 429,
      retryAfter: 1,
      times: 1,
      when: (c) => c.body.channel === "URATE1",
    });
    t.slack.on("chat.postMessage", { status: 503, times: 1, when: (c) => c.body.channel === "UFLAKY" });
    const [run] = await t.app.scheduler.tick();
    // Not done while a nudge waits for its retry.
    expect(run).toMatchObject({ status: "retrying", summary: { sent: 2, skipped: 1, failed: 1 } });
    expect(nudgesTo(t, "URATE1")).toHaveLength(1);
    expect(nudgesTo(t, "UOK001")).toHaveLength(1);
    expect(
      await t.db.delivery.findUniqueOrThrow({ where: { key: "weekly-nudges:2026-11-23:UGONE1" } }),
    ).toMatchObject({ status: "skipped", lastError: "user_not_found" });

    // The 5xx one is retried by a later sweep (after its back-off), once.
    t.clock.advance(30 * MINUTE);
    await t.app.scheduler.tick();
    expect(nudgesTo(t, "UFLAKY")).toHaveLength(1);
    t.clock.advance(30 * MINUTE);
    await t.app.scheduler.tick();
    expect(nudgesTo(t, "UFLAKY")).toHaveLength(1);
    expect(nudgesTo(t, "UGONE1")).toHaveLength(0);
  });

  it("escalates deals stale 21+ days to the manager, one message per manager", async () => {
    const t = await boot("2026-11-23T09:00:00Z");
    const now = t.clock.now();
    await seedUser(t.db, t.slack, { id: "UMGR01", tz: "UTC", role: "manager" });
    await seedUser(t.db, t.slack, { id: "UREPA1", tz: "UTC", managerId: "UMGR01" });
    await seedUser(t.db, t.slack, { id: "UREPB1", tz: "UTC", managerId: "UMGR01" });
    await seedDeal(t.db, { ownerId: "UREPA1", name: "Ancient A", staleDays: 30, now, amount: 5000 });
    await seedDeal(t.db, { ownerId: "UREPB1", name: "Ancient B", staleDays: 22, now, amount: 9000 });
    await seedDeal(t.db, { ownerId: "UREPB1", name: "Merely stale", staleDays: 8, now });
    await t.app.scheduler.tick();
    await t.app.scheduler.tick();
    const toManager = nudgesTo(t, "UMGR01");
    expect(toManager).toHaveLength(1);
    const text = textOf(toManager[0]?.body.blocks);
    expect(text).toContain("Ancient A");
    expect(text).toContain("Ancient B");
    expect(text).not.toContain("Merely stale");
    expect(nudgesTo(t, "UREPB1")).toHaveLength(1);
  });
});

describe("/deal away and /deal snooze", () => {
  it("set and clear a vacation and a per-deal snooze, with clear errors", async () => {
    const t = await boot("2026-11-26T10:00:00Z");
    await seedUser(t.db, t.slack, { id: "UREP01", tz: "Europe/Helsinki" });
    await seedDeal(t.db, { ownerId: "UREP01", name: "Acme", staleDays: 10, now: t.clock.now() });
    const drive = dealDriver(t);
    expect(textOf((await drive.command("UREP01", "away until 2026-12-31")).reply)).toContain(
      "No weekly nudges until Thu 31 Dec 2026",
    );
    expect((await t.db.user.findUniqueOrThrow({ where: { id: "UREP01" } })).awayUntil).toBe("2026-12-31");
    expect(textOf((await drive.command("UREP01", "away until 2026-11-01")).reply)).toContain(
      "is in the past",
    );
    expect(textOf((await drive.command("UREP01", "away soon")).ack)).toContain("Say until when you are away");
    expect(textOf((await drive.command("UREP01", "away off")).reply)).toContain("Welcome back");
    expect((await t.db.user.findUniqueOrThrow({ where: { id: "UREP01" } })).awayUntil).toBeNull();

    const snoozed = await drive.command(
      "UREP01",
      "snooze acme until 2027-01-15 because buyer on parental leave",
    );
    expect(textOf(snoozed.reply)).toContain("snoozed until: — → Fri 15 Jan 2027");
    expect(await t.db.deal.findFirstOrThrow()).toMatchObject({
      snoozedUntil: "2027-01-15",
      snoozeReason: "buyer on parental leave",
    });
    expect(textOf((await drive.command("UREP01", "snooze acme until 2027-01-15")).ack)).toContain("Say why");
    expect(textOf((await drive.command("UREP01", "snooze acme off")).reply)).toContain(
      "snoozed until: Fri 15 Jan 2027 → —",
    );
  });
});

describe("nudge buttons", () => {
  async function nudged(dealCount = 2) {
    const t = await boot("2026-11-23T09:00:00Z");
    await seedUser(t.db, t.slack, { id: "UREP01", tz: "UTC" });
    for (let i = 1; i <= dealCount; i++) {
      await seedDeal(t.db, {
        ownerId: "UREP01",
        name: `Deal ${String(i).padStart(2, "0")}`,
        amount: 1000 * i,
        staleDays: 10,
        now: t.clock.now(),
      });
    }
    await t.app.scheduler.tick();
    const [dm] = nudgesTo(t, "UREP01");
    if (!dm) throw new Error("no nudge was sent");
    return { t, dm };
  }
  const click = (t: TestApp, actionId: string, value: string) =>
    t.send(
      blockActions({
        userId: "UREP01",
        actions: [{ actionId, value }],
        message: { ts: "1700000000.000100" },
        responseUrl: t.slack.responseUrl(),
      }),
    );
  const lastUpdate = async (t: TestApp, count = 1) =>
    (await t.slack.waitFor("chat.update", { count })).at(-1);

  it("lists deals largest first, and 'Still on track' confirms one and redraws the message", async () => {
    const { t, dm } = await nudged(2);
    const text = textOf(dm.body.blocks);
    expect(text.indexOf("Deal 02")).toBeLessThan(text.indexOf("Deal 01"));
    const confirm = findButton(dm.body.blocks, NUDGE_ACTIONS.confirm)!;
    expect((await click(t, NUDGE_ACTIONS.confirm, confirm.value)).status).toBe(200);
    const update = await lastUpdate(t);
    expect(textOf(update?.body.blocks)).toContain("Still on track: confirmed");
    const deal = await t.db.deal.findFirstOrThrow({ where: { name: "Deal 02" } });
    expect(deal.lastConfirmedAt).toEqual(t.clock.now());
    expect(
      await t.db.dealEvent.count({ where: { kind: "confirmed", dealId: deal.id, source: "button" } }),
    ).toBe(1);
    expect((await t.db.delivery.findFirstOrThrow()).actedAt).toEqual(t.clock.now());
  });

  it("'All on track' confirms every deal once, even when double clicked", async () => {
    const { t, dm } = await nudged(3);
    const all = findButton(dm.body.blocks, NUDGE_ACTIONS.all)!;
    await Promise.all([click(t, NUDGE_ACTIONS.all, all.value), click(t, NUDGE_ACTIONS.all, all.value)]);
    await lastUpdate(t, 2);
    expect(await t.db.dealEvent.count({ where: { kind: "confirmed" } })).toBe(3);
    const redrawn = t.slack.messagesIn("UREP01")[0];
    expect(textOf(redrawn?.blocks)).toContain("All done, thank you!");
  });

  it("'Push…' moves the close date through a date picker and shows it on the message", async () => {
    const { t, dm } = await nudged(1);
    const push = findButton(dm.body.blocks, NUDGE_ACTIONS.push)!;
    await click(t, NUDGE_ACTIONS.push, push.value);
    const [open] = await t.slack.waitFor("views.open");
    const view = open?.body.view as { callback_id: string; private_metadata: string };
    expect(view.callback_id).toBe("nudge.push");
    const result = await t.send(
      viewSubmission({
        userId: "UREP01",
        callbackId: view.callback_id,
        privateMetadata: view.private_metadata,
        values: { push_to: { value: datePickerValue("2027-04-30") } },
      }),
    );
    expect(result.json).toEqual({ response_action: "clear" });
    expect(await t.db.deal.findFirstOrThrow()).toMatchObject({ closeOn: "2027-04-30", closePushCount: 1 });
    expect(textOf((await lastUpdate(t))?.body.blocks)).toContain("Close date pushed to Fri 30 Apr 2027");
  });

  it("'Lost…' and 'Update…' open the forms, and saving them marks the message", async () => {
    const { t, dm } = await nudged(2);
    const [lost, update] = [
      findButton(dm.body.blocks, NUDGE_ACTIONS.lost)!,
      findButton(dm.body.blocks, NUDGE_ACTIONS.update)!,
    ];
    await click(t, NUDGE_ACTIONS.lost, lost.value);
    const [open] = await t.slack.waitFor("views.open");
    const view = open?.body.view as { callback_id: string; private_metadata: string };
    const reason = await t.db.lossReason.findFirstOrThrow({ where: { key: "timing" } });
    await t.send(
      viewSubmission({
        userId: "UREP01",
        callbackId: view.callback_id,
        privateMetadata: view.private_metadata,
        values: { loss_reason: { value: staticSelectValue(String(reason.id)) } },
      }),
    );
    expect(textOf((await lastUpdate(t))?.body.blocks)).toContain("Marked lost");
    await click(t, NUDGE_ACTIONS.update, update.value);
    const [, openUpdate] = await t.slack.waitFor("views.open", { count: 2 });
    expect(
      JSON.parse(String((openUpdate!.body.view as { private_metadata: string }).private_metadata)),
    ).toMatchObject({ nudgeKey: "weekly-nudges:2026-11-23:UREP01" });
  });

  it("pages a long list: 'Show the rest' sends the next deals once", async () => {
    const { t, dm } = await nudged(25);
    expect((dm.body.blocks as unknown[]).length).toBeLessThanOrEqual(50);
    expect(textOf(dm.body.blocks)).toContain("…and 5 more.");
    const more = findButton(dm.body.blocks, NUDGE_ACTIONS.more)!;
    await Promise.all([click(t, NUDGE_ACTIONS.more, more.value), click(t, NUDGE_ACTIONS.more, more.value)]);
    await t.slack.waitFor("chat.postMessage", { count: 2 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const dms = nudgesTo(t, "UREP01");
    expect(dms).toHaveLength(2);
    expect(textOf(dms[1]?.body.blocks)).toContain("Deal 01");
  });

  it("refuses a click by someone who may not act on the deal", async () => {
    const { t, dm } = await nudged(1);
    await seedUser(t.db, t.slack, { id: "UOTHER", tz: "UTC" });
    const confirm = findButton(dm.body.blocks, NUDGE_ACTIONS.confirm)!;
    await t.send(
      blockActions({
        userId: "UOTHER",
        actions: [{ actionId: NUDGE_ACTIONS.confirm, value: confirm.value }],
        responseUrl: t.slack.responseUrl("other"),
      }),
    );
    const [refusal] = await t.slack.waitForResponses({ id: "other" });
    expect(textOf(refusal?.body)).toContain("you can change only your own deals");
    expect(await t.db.dealEvent.count({ where: { kind: "confirmed" } })).toBe(0);
  });
});
