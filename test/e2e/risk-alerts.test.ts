import { afterEach, describe, expect, it } from "vitest";
import { forecastSnapshot } from "../../src/jobs/forecast-snapshot.js";
import { riskAlerts } from "../../src/jobs/risk-alerts.js";
import { NUDGE_ACTIONS, RISK_ACTIONS } from "../../src/slack/ids.js";
import { bootApp, type TestApp } from "../support/boot.js";
import { FakeClock, MINUTE } from "../support/clock.js";
import { findButton, textOf } from "../support/deal-driver.js";
import { seedDeal, seedUser } from "../support/seed.js";
import { blockActions, viewSubmission } from "../support/slack-requests.js";
import { datePickerValue } from "../support/slack-view-state.js";

const ALERTS = "CALERTS01";
// Only these jobs tick, so other jobs' messages don't blur what is counted here.
const JOBS = [riskAlerts, forecastSnapshot];
const apps: TestApp[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
});

/** A team in Helsinki (UTC+2 in November) with reps in Los Angeles (UTC-8). */
async function team(start: string) {
  const t = await bootApp({
    clock: new FakeClock(start),
    jobs: JOBS,
    env: { DEALBOT_TIMEZONE: "Europe/Helsinki", DEALBOT_CHANNEL_ALERTS: ALERTS },
  });
  apps.push(t);
  await seedUser(t.db, t.slack, { id: "UMGR01", name: "Meg", tz: "Europe/Helsinki", role: "manager" });
  await seedUser(t.db, t.slack, {
    id: "UANN01",
    name: "Ann",
    tz: "America/Los_Angeles",
    managerId: "UMGR01",
  });
  await seedUser(t.db, t.slack, {
    id: "UBOB01",
    name: "Bob",
    tz: "America/Los_Angeles",
    managerId: "UMGR01",
  });
  return t;
}

const posts = (t: TestApp, channel: string) =>
  t.slack.callsTo("chat.postMessage").filter((c) => c.body.channel === channel && c.outcome === "ok");

async function seedNovember(t: TestApp) {
  const now = t.clock.now();
  const risky = { stage: "qualified", staleDays: 12 }; // early stage + stale
  await seedDeal(t.db, {
    ownerId: "UANN01",
    name: "Ann big risky",
    amount: 40_000,
    closeOn: "2026-11-27",
    now,
    ...risky,
  });
  await seedDeal(t.db, {
    ownerId: "UANN01",
    name: "Ann small risky",
    amount: 5_000,
    closeOn: "2026-11-30",
    now,
    ...risky,
  });
  await seedDeal(t.db, {
    ownerId: "UBOB01",
    name: "Bob risky",
    amount: 20_000,
    closeOn: "2026-11-25",
    now,
    ...risky,
  });
  // Healthy: late stage, fresh, with a next step.
  const safe = await seedDeal(t.db, {
    ownerId: "UBOB01",
    name: "Bob safe",
    amount: 30_000,
    closeOn: "2026-11-26",
    stage: "negotiation",
    staleDays: 1,
    now,
  });
  await t.db.deal.update({ where: { id: safe.id }, data: { nextStep: "Sign", nextStepDue: "2026-11-24" } });
  // Expected next month: not this month's business.
  await seedDeal(t.db, {
    ownerId: "UBOB01",
    name: "Bob December",
    amount: 99_000,
    closeOn: "2026-12-10",
    now,
    ...risky,
  });
}

describe("risk alerts", () => {
  it("on the 20th at 09:00 team time, alert managers with totals and reasons, and DM each owner their flagged deals", async () => {
    const t = await team("2026-11-20T06:45:00Z"); // 08:45 in Helsinki, still the 19th in Los Angeles
    await seedNovember(t);
    await t.app.scheduler.tick();
    expect(posts(t, ALERTS)).toHaveLength(0);
    t.clock.advance(15 * MINUTE);
    const outcomes = await t.app.scheduler.tick();
    expect(outcomes.find((o) => o.jobId === "risk-alerts")).toMatchObject({
      status: "done",
      summary: { assessed: 4, flagged: 3, alerts: 1, ownerDms: 2 },
    });

    const [alert] = posts(t, ALERTS);
    const text = textOf(alert?.body.blocks);
    expect(text).toContain("Deals that may slip from November 2026");
    expect(text).toContain("*Expected to close in November 2026:* €95,000 in 4 deals");
    expect(text).toContain("*At risk:* €65,000 in 3 deals");
    expect(text).toContain("*Looking safe:* €30,000 in 1 deal");
    expect(text).toContain("still in Qualified (25%)");
    expect(text).toContain("no update or confirmation for 12 days");
    expect(text).not.toContain("Bob December");
    expect(text).not.toContain("Bob safe");
    // Grouped by rep, the rep with the most at risk first; largest deal first within a rep.
    expect(text.indexOf("*Ann*")).toBeLessThan(text.indexOf("*Bob*"));
    expect(text.indexOf("Ann big risky")).toBeLessThan(text.indexOf("Ann small risky"));
    expect(text).toContain("No track record yet");

    const [annDm] = posts(t, "UANN01");
    expect(textOf(annDm?.body.blocks)).toContain("2 deals may slip from November 2026");
    expect(findButton(annDm?.body.blocks, RISK_ACTIONS.commit)).toBeDefined();
    expect(posts(t, "UMGR01")).toHaveLength(0);
    expect(await t.db.riskAssessment.count({ where: { month: "2026-11" } })).toBe(4);
  });

  it("runs once per month: more ticks, run-job, a second replica send nothing more", async () => {
    const t = await team("2026-11-20T07:00:00Z");
    await seedNovember(t);
    await t.app.scheduler.tick();
    const second = await bootApp({
      jobs: JOBS,
      database: t.testDb,
      clock: t.clock,
      env: { DEALBOT_TIMEZONE: "Europe/Helsinki", DEALBOT_CHANNEL_ALERTS: ALERTS },
    });
    apps.unshift(second);
    await Promise.all([t.app.scheduler.tick(), second.app.scheduler.tick()]);
    expect(await t.app.scheduler.runJob("risk-alerts", new Date("2026-11-20T12:00:00Z"))).toMatchObject({
      status: "skipped",
      reason: "done",
    });
    expect(posts(t, ALERTS).length + posts(second, ALERTS).length).toBe(1);
  });

  it.each([
    // 20 Dec 2026 is a Sunday: nothing that evening, the alert comes Monday 21st at 09:00.
    ["a weekend", "2026-12-20T20:00:00Z", "2026-12-21T07:00:00Z"],
    // Down on the 20th, back on the 23rd: caught up at once.
    ["downtime", "2026-11-23T12:00:00Z", "2026-11-23T12:00:00Z"],
  ])("after %s, the alert goes out at %s", async (_name, start, expected) => {
    const t = await team(start);

    await seedDeal(t.db, {
      ownerId: "UANN01",
      name: "Risky",
      amount: 1000,
      closeOn: `${start.slice(0, 7)}-31`,
      stage: "lead",
      staleDays: 20,
      now: t.clock.now(),
    });
    let sentAt: string | undefined;
    for (let i = 0; i < 4 * 30 && !sentAt; i++) {
      await t.app.scheduler.tick();
      if (posts(t, ALERTS).length) sentAt = t.clock.now().toISOString();
      else t.clock.advance(15 * MINUTE);
    }
    expect(sentAt).toBe(new Date(expected).toISOString());
  });

  it("hands each owner one-click answers: confirm for the month, move, mark lost", async () => {
    const t = await team("2026-11-20T07:00:00Z");
    await seedNovember(t);
    await t.app.scheduler.tick();
    const [dm] = posts(t, "UANN01");
    const commit = findButton(dm?.body.blocks, RISK_ACTIONS.commit)!;
    const respond = t.slack.responseUrl("ann");
    await t.send(
      blockActions({
        userId: "UANN01",
        actions: [{ actionId: RISK_ACTIONS.commit, value: commit.value }],
        responseUrl: respond,
      }),
    );
    const [update] = await t.slack.waitFor("chat.update");
    expect(textOf(update?.body.blocks)).toContain("Confirmed for November 2026");
    const committed = await t.db.dealEvent.findFirstOrThrow({ where: { kind: "committed" } });
    // Confirming for the month puts the deal in Commit.
    expect(JSON.parse(committed.changes)).toEqual({
      month: { from: null, to: "2026-11" },
      forecastCategory: { from: null, to: "commit" },
    });
    expect((await t.db.deal.findUniqueOrThrow({ where: { id: committed.dealId } })).forecastCategory).toBe(
      "commit",
    );

    // "Move to…" opens the date picker; the new date is saved and shown on the message.
    const move = JSON.parse(commit.value) as { k: string };
    const small = await t.db.deal.findFirstOrThrow({ where: { name: "Ann small risky" } });
    const value = JSON.stringify({ k: move.k, deal: small.id });
    await t.send(
      blockActions({
        userId: "UANN01",
        actions: [{ actionId: NUDGE_ACTIONS.push, value }],
        responseUrl: respond,
      }),
    );
    const [open] = await t.slack.waitFor("views.open");
    const view = open?.body.view as { callback_id: string; private_metadata: string };
    await t.send(
      viewSubmission({
        userId: "UANN01",
        callbackId: view.callback_id,
        privateMetadata: view.private_metadata,
        values: { push_to: { value: datePickerValue("2026-12-15") } },
      }),
    );
    const [, moved] = await t.slack.waitFor("chat.update", { count: 2 });
    expect(textOf(moved?.body.blocks)).toContain("Moved to Tue 15 Dec 2026");
    expect(await t.db.deal.findUniqueOrThrow({ where: { id: small.id } })).toMatchObject({
      closeOn: "2026-12-15",
      closePushCount: 1,
    });
  });

  it("reports last month's hit rate, computed by hand", async () => {
    const t = await team("2026-10-20T06:00:00Z"); // Tuesday 20 Oct, 09:00 in Helsinki (UTC+3)
    const now = t.clock.now();
    const make = (name: string, risky: boolean) =>
      seedDeal(t.db, {
        ownerId: "UANN01",
        name,
        amount: 1000,
        closeOn: "2026-10-30",
        now,
        ...(risky ? { stage: "lead", staleDays: 15 } : { stage: "negotiation", staleDays: 1 }),
      });
    const f1 = await make("F1 slips", true);
    const f2 = await make("F2 lost", true);
    const f3 = await make("F3 won", true);
    const s1 = await make("S1 slips unflagged", false);
    const s2 = await make("S2 won", false);
    for (const id of [s1.id, s2.id])
      await t.db.deal.update({ where: { id }, data: { nextStep: "call", nextStepDue: "2026-10-28" } });
    await t.app.scheduler.tick();
    expect(await t.db.riskAssessment.count({ where: { month: "2026-10", flagged: true } })).toBe(3);

    // What became of them in October (Helsinki time), and after.
    const won = await t.db.stage.findUniqueOrThrow({ where: { key: "won" } });
    const lost = await t.db.stage.findUniqueOrThrow({ where: { key: "lost" } });
    const close = (id: number, stageId: number, status: "won" | "lost", at: string) =>
      t.db.deal.update({ where: { id }, data: { stageId, status, closedAt: new Date(at) } });
    await close(f2.id, lost.id, "lost", "2026-10-25T10:00:00Z");
    await close(f3.id, won.id, "won", "2026-10-29T10:00:00Z");
    await close(s2.id, won.id, "won", "2026-10-30T10:00:00Z");
    await close(f1.id, won.id, "won", "2026-11-03T10:00:00Z"); // won, but after October: a slip
    await t.db.deal.update({ where: { id: s1.id }, data: { closeOn: "2026-11-30" } });

    t.clock.set("2026-11-20T07:00:00Z");
    await seedDeal(t.db, {
      ownerId: "UBOB01",
      name: "November risk",
      amount: 1000,
      closeOn: "2026-11-28",
      stage: "lead",
      staleDays: 9,
      now: t.clock.now(),
    });
    await t.app.scheduler.tick();
    const november = posts(t, ALERTS).at(-1);
    // Flagged: F1 (slipped), F2 (lost), F3 (won) → 2 of 3 slipped or were lost. Slips: F1, S1 → 1 of 2 not flagged.
    expect(textOf(november?.body.blocks)).toContain(
      "Last month (October 2026): 3 flagged, 2 of them slipped or were lost; 1 of 2 slips were not flagged.",
    );
    const judged = await t.db.riskAssessment.findMany({
      where: { month: "2026-10" },
      orderBy: { dealId: "asc" },
      select: { outcome: true },
    });
    expect(judged.map((j) => j.outcome)).toEqual(["slipped", "lost", "won", "slipped", "won"]);
  });

  it("goes on when the alerts channel refuses, DMing the owners; retries the channel and tells the admins", async () => {
    const t = await team("2026-11-20T07:00:00Z");
    await seedNovember(t);
    t.slack.on("chat.postMessage", { error: "not_in_channel", when: (c) => c.body.channel === ALERTS });
    const outcomes = await t.app.scheduler.tick();
    expect(outcomes.find((o) => o.jobId === "risk-alerts")).toMatchObject({
      status: "retrying",
      summary: { failed: 1, ownerDms: 2 },
    });
    expect(posts(t, "UANN01")).toHaveLength(1);
    expect(await t.db.delivery.findFirstOrThrow({ where: { recipient: ALERTS } })).toMatchObject({
      status: "failed",
      lastError: "not_in_channel",
    });
    // Without chat:write.public it would join the public channel and post again: still refused here.
    expect(t.slack.lastCall("conversations.join")?.body.channel).toBe(ALERTS);
    const told = t.slack
      .callsTo("chat.postMessage")
      .filter(
        (c) => c.outcome === "ok" && String(c.body.text).includes(`could not be posted to <#${ALERTS}>`),
      );
    expect(told.length).toBeGreaterThan(0);
  });
});

describe("forecast snapshots", () => {
  it("records each rep's and the team's month at its start and end, by hand-computed numbers", async () => {
    const t = await team("2026-10-31T22:00:00Z"); // 1 Nov 00:00 in Helsinki
    const now = t.clock.now();
    await seedDeal(t.db, {
      ownerId: "UANN01",
      name: "A1",
      amount: 10_000,
      closeOn: "2026-11-10",
      stage: "proposal",
      staleDays: 1,
      now,
    }); // 50%
    await seedDeal(t.db, {
      ownerId: "UANN01",
      name: "A2",
      amount: 4_000,
      closeOn: "2026-11-20",
      stage: "lead",
      staleDays: 1,
      now,
    }); // 10%
    await seedDeal(t.db, {
      ownerId: "UBOB01",
      name: "B1",
      amount: 8_000,
      closeOn: "2026-11-30",
      stage: "negotiation",
      staleDays: 1,
      now,
    }); // 75%
    await seedDeal(t.db, {
      ownerId: "UBOB01",
      name: "B2",
      amount: 8_000,
      closeOn: "2026-12-01",
      stage: "negotiation",
      staleDays: 1,
      now,
    }); // December
    const start = await t.app.scheduler.runJob("forecast-snapshot", new Date("2026-11-01T04:00:00Z"));
    expect(start).toMatchObject({ status: "done", slot: { key: "2026-11-01T06:00" } });

    const ann = await t.db.forecastSnapshot.findUniqueOrThrow({
      where: {
        month_kind_subject_currency: { month: "2026-11", kind: "start", subject: "UANN01", currency: "EUR" },
      },
    });
    expect(ann).toMatchObject({
      openCount: 2,
      openAmountMinor: 1_400_000n,
      weightedMinor: 540_000n,
      wonCount: 0,
    });
    const teamStart = await t.db.forecastSnapshot.findUniqueOrThrow({
      where: {
        month_kind_subject_currency: { month: "2026-11", kind: "start", subject: "team", currency: "EUR" },
      },
    });
    expect(teamStart).toMatchObject({ openCount: 3, openAmountMinor: 2_200_000n, weightedMinor: 1_140_000n });

    // During November: A1 won, B1 lost.
    const won = await t.db.stage.findUniqueOrThrow({ where: { key: "won" } });
    const lost = await t.db.stage.findUniqueOrThrow({ where: { key: "lost" } });
    await t.db.deal.updateMany({
      where: { name: "A1" },
      data: { status: "won", stageId: won.id, closedAt: new Date("2026-11-12T10:00:00Z") },
    });
    await t.db.deal.updateMany({
      where: { name: "B1" },
      data: { status: "lost", stageId: lost.id, closedAt: new Date("2026-11-28T10:00:00Z") },
    });
    const end = await t.app.scheduler.runJob("forecast-snapshot", new Date("2026-11-30T18:30:00Z"));
    expect(end).toMatchObject({ status: "done", slot: { key: "2026-11-30T20:00" } });
    const teamEnd = await t.db.forecastSnapshot.findUniqueOrThrow({
      where: {
        month_kind_subject_currency: { month: "2026-11", kind: "end", subject: "team", currency: "EUR" },
      },
    });
    expect(teamEnd).toMatchObject({
      openCount: 1,
      openAmountMinor: 400_000n,
      weightedMinor: 40_000n,
      wonCount: 1,
      wonAmountMinor: 1_000_000n,
      lostCount: 1,
      lostAmountMinor: 800_000n,
    });
  });
});
