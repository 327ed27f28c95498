import { afterEach, describe, expect, it } from "vitest";
import { forecastSnapshot } from "../../src/jobs/forecast-snapshot.js";
import { monthlyAccuracy } from "../../src/jobs/monthly-accuracy.js";
import { bootApp, type TestApp } from "../support/boot.js";
import { FakeClock, MINUTE } from "../support/clock.js";
import { textOf } from "../support/deal-driver.js";
import { seedDeal, seedUser } from "../support/seed.js";

// The short accuracy post on the 1st: last month's start-of-month commit against won, per rep
// and team, posted once to the digest channel at 09:00 team time (Helsinki), caught up if missed.

const DIGEST = "CDIGEST01";
const JOBS = [forecastSnapshot, monthlyAccuracy];
const ENV = { DEALBOT_TIMEZONE: "Europe/Helsinki", DEALBOT_CHANNEL_DIGEST: DIGEST, DEALBOT_CURRENCY: "EUR" };
const apps: TestApp[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
});

const posts = (t: TestApp) =>
  t.slack.callsTo("chat.postMessage").filter((c) => c.body.channel === DIGEST && c.outcome === "ok");

/**
 * On 1 Nov Ann commits A1 (€10,000) and Bob B1 (€8,000); B2 (€5,000, Best case) is not
 * committed. In November A1 and B2 are won, B1 lost. By hand: Ann 10,000 of 10,000 = 100%;
 * Bob 5,000 of 8,000 = 62.5% → 63%; team 15,000 of 18,000 = 83.3% → 83%.
 */
async function november(start: string) {
  const t = await bootApp({ clock: new FakeClock("2026-10-31T22:00:00Z"), jobs: JOBS, env: ENV });
  apps.push(t);
  await seedUser(t.db, t.slack, { id: "UMGR01", name: "Meg", tz: "Europe/Helsinki", role: "manager" });
  await seedUser(t.db, t.slack, { id: "UANN01", name: "Ann", tz: "Europe/Helsinki", managerId: "UMGR01" });
  await seedUser(t.db, t.slack, { id: "UBOB01", name: "Bob", tz: "Europe/Helsinki", managerId: "UMGR01" });
  const now = t.clock.now();
  const deal = (ownerId: string, name: string, amount: number) =>
    seedDeal(t.db, { ownerId, name, amount, closeOn: "2026-11-20", stage: "negotiation", staleDays: 1, now });
  const a1 = await deal("UANN01", "A1", 10_000);
  const b1 = await deal("UBOB01", "B1", 8_000);
  const b2 = await deal("UBOB01", "B2", 5_000);
  await t.db.deal.updateMany({ where: { id: { in: [a1.id, b1.id] } }, data: { forecastCategory: "commit" } });
  expect(await t.app.scheduler.runJob("forecast-snapshot", new Date("2026-11-01T04:00:00Z"))).toMatchObject({
    status: "done",
  });
  const won = await t.db.stage.findUniqueOrThrow({ where: { key: "won" } });
  const lost = await t.db.stage.findUniqueOrThrow({ where: { key: "lost" } });
  await t.db.deal.updateMany({
    where: { id: { in: [a1.id, b2.id] } },
    data: { status: "won", stageId: won.id, closedAt: new Date("2026-11-18T10:00:00Z") },
  });
  await t.db.deal.update({
    where: { id: b1.id },
    data: { status: "lost", stageId: lost.id, closedAt: new Date("2026-11-25T10:00:00Z") },
  });
  t.clock.set(new Date(start));
  return t;
}

describe("monthly-accuracy: the short post on the 1st", () => {
  it("posts November's commit against won per rep and team at 09:00 on 1 Dec, once even with two replicas", async () => {
    const t = await november("2026-12-01T06:45:00Z"); // 08:45 in Helsinki
    await t.app.scheduler.tick();
    expect(posts(t)).toHaveLength(0);
    t.clock.advance(15 * MINUTE);
    const second = await bootApp({ jobs: JOBS, database: t.testDb, clock: t.clock, env: ENV });
    apps.unshift(second);
    const [one, two] = await Promise.all([t.app.scheduler.tick(), second.app.scheduler.tick()]);
    const ran = [...one, ...two].filter((o) => o.jobId === "monthly-accuracy" && o.status === "done");
    expect(ran).toHaveLength(1);
    expect(ran[0]).toMatchObject({ summary: { month: "2026-11", sent: 1 } });
    const all = [...posts(t), ...posts(second)];
    expect(all).toHaveLength(1);
    const text = textOf(all[0]?.body.blocks);
    expect(text).toContain("Forecast accuracy, November 2026");
    expect(text).toContain("*November 2026*: committed €18,000 on the 1st, won €15,000 (83% of commit)");
    expect(text).toContain("<@UANN01>:");
    expect(text).toMatch(/<@UANN01>: [^\n]*100%/);
    expect(text).toMatch(/<@UBOB01>: [^\n]*63%/);
    expect(all[0]?.body.text).toBe(
      "Forecast accuracy, November 2026: committed €18,000 on the 1st, won €15,000.",
    );

    // Later ticks and run-job on the same slot post nothing more.
    t.clock.advance(60 * MINUTE);
    await t.app.scheduler.tick();
    expect(await t.app.scheduler.runJob("monthly-accuracy", new Date("2026-12-01T12:00:00Z"))).toMatchObject({
      status: "skipped",
      reason: "done",
    });
    expect(posts(t).length + posts(second).length).toBe(1);
  });

  it("is caught up after downtime within the first week, and not after it", async () => {
    const late = await november("2026-12-04T10:00:00Z");
    await late.app.scheduler.tick();
    expect(posts(late)).toHaveLength(1);
    expect(textOf(posts(late)[0]?.body.blocks)).toContain("November 2026");

    const tooLate = await november("2026-12-09T10:00:00Z");
    await tooLate.app.scheduler.tick();
    expect(posts(tooLate)).toHaveLength(0);
  });
});
