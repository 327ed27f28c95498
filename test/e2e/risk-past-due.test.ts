import { afterEach, describe, expect, it } from "vitest";
import { riskAlerts } from "../../src/jobs/risk-alerts.js";
import { NUDGE_ACTIONS, RISK_ACTIONS } from "../../src/slack/ids.js";
import { bootApp, type TestApp } from "../support/boot.js";
import { FakeClock } from "../support/clock.js";
import { findButton, textOf } from "../support/deal-driver.js";
import { seedDeal, seedUser } from "../support/seed.js";

// The 20th's assessment also covers deals whose close date fell in an earlier month and
// that are still open: each is flagged "past due since <date>", shown apart from the
// month's expected deals, and its owner gets Move/Lost (no "Confirm for <month>").

const ALERTS = "CALERTS01";
const apps: TestApp[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
});

const posts = (t: TestApp, channel: string) =>
  t.slack.callsTo("chat.postMessage").filter((c) => c.body.channel === channel && c.outcome === "ok");

describe("risk alerts: past due from earlier months", () => {
  it("flags open deals of October and of last year with the date they fell due", async () => {
    const t = await bootApp({
      clock: new FakeClock("2026-11-20T07:00:00Z"), // 09:00 in Helsinki
      jobs: [riskAlerts],
      env: { DEALBOT_TIMEZONE: "Europe/Helsinki", DEALBOT_CHANNEL_ALERTS: ALERTS },
    });
    apps.push(t);
    await seedUser(t.db, t.slack, { id: "UMGR01", name: "Meg", tz: "Europe/Helsinki", role: "manager" });
    await seedUser(t.db, t.slack, { id: "UANN01", name: "Ann", tz: "Europe/Helsinki", managerId: "UMGR01" });
    const now = t.clock.now();
    // Healthy except for the date: late stage, touched yesterday, with a next step.
    const healthy = { stage: "negotiation", staleDays: 1, now, ownerId: "UANN01" };
    const october = await seedDeal(t.db, {
      ...healthy,
      name: "October leftover",
      amount: 12_000,
      closeOn: "2026-10-16",
    });
    const lastYear = await seedDeal(t.db, {
      ...healthy,
      name: "Ancient",
      amount: 3_000,
      closeOn: "2025-12-31",
    });
    const november = await seedDeal(t.db, {
      ...healthy,
      name: "November sure",
      amount: 30_000,
      closeOn: "2026-11-26",
    });
    for (const d of [october, lastYear, november])
      await t.db.deal.update({ where: { id: d.id }, data: { nextStep: "Sign", nextStepDue: "2026-11-24" } });
    // Closed in October: no longer anyone's business.
    const won = await seedDeal(t.db, { ...healthy, name: "Won in October", closeOn: "2026-10-10" });
    await t.db.deal.update({
      where: { id: won.id },
      data: { status: "won", closedAt: new Date("2026-10-10T10:00:00Z") },
    });

    const outcomes = await t.app.scheduler.tick();
    expect(outcomes.find((o) => o.jobId === "risk-alerts")).toMatchObject({
      status: "done",
      summary: { assessed: 3, flagged: 2, alerts: 1, ownerDms: 1 },
    });
    const text = textOf(posts(t, ALERTS)[0]?.body.blocks);
    // The month's expected deals stay as they were: only November sure.
    expect(text).toContain("*Expected to close in November 2026:* €30,000 in 1 deal");
    expect(text).toContain("*At risk:* €15,000 in 2 deals");
    expect(text).toContain("*Past due from earlier months:* €15,000 in 2 deals, still open");
    expect(text).toContain("past due since Fri 16 Oct 2026");
    expect(text).toContain("past due since Wed 31 Dec 2025");
    expect(text).not.toContain("Won in October");

    const dm = posts(t, "UANN01")[0];
    expect(textOf(dm?.body.blocks)).toContain("October leftover");
    expect(findButton(dm?.body.blocks, RISK_ACTIONS.commit)).toBeUndefined();
    expect(findButton(dm?.body.blocks, NUDGE_ACTIONS.push)).toBeDefined();
    const assessed = await t.db.riskAssessment.findMany({
      where: { month: "2026-11" },
      orderBy: { dealId: "asc" },
    });
    expect(assessed.map((a) => [a.dealId, a.flagged])).toEqual([
      [october.id, true],
      [lastYear.id, true],
      [november.id, false],
    ]);
  });
});
