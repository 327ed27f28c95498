import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { activityByRepAndWeek } from "../../src/domain/activities/activity-stats.js";
import { importActivities } from "../../src/domain/activities/import-activities.js";
import { describeRefusal } from "../../src/domain/import/report.js";
import { withDirectory } from "../../src/notify/directory.js";
import { bootApp, type TestApp } from "../support/boot.js";
import { FakeClock } from "../support/clock.js";
import { dealDriver, textOf } from "../support/deal-driver.js";
import { csvStream } from "../support/import.js";
import { seedDeal, seedUser } from "../support/seed.js";

// Thursday 26 Nov 2026.
const NOW = "2026-11-26T10:00:00Z";
let t: TestApp;
let drive: ReturnType<typeof dealDriver>;

beforeEach(async () => {
  t = await bootApp({ clock: new FakeClock(NOW) });
  drive = dealDriver(t);
  await seedUser(t.db, t.slack, { id: "UANN01", name: "Ann Rep", tz: "UTC" });
  await seedUser(t.db, t.slack, { id: "UBOB01", name: "Bob Rep", tz: "UTC" });
});
afterEach(async () => {
  await t.close();
});

describe("/deal log", () => {
  it("records the activity, restarts the deal's staleness clock, and counts per rep and week", async () => {
    const deal = await seedDeal(t.db, {
      ownerId: "UANN01",
      name: "Acme Group",
      staleDays: 20,
      now: t.clock.now(),
    });
    const call = await drive.command("UANN01", "log call Acme Group out left a voicemail");
    expect(textOf(call.reply)).toContain(`Logged a call (out) on #${deal.id} Acme Group: left a voicemail`);
    await drive.command("UANN01", "log call Acme Group in");
    await drive.command("UANN01", "log meeting Acme Group: pricing");
    await drive.command("UBOB01", `log email #${deal.id}`);
    const after = await t.db.deal.findUniqueOrThrow({ where: { id: deal.id } });
    expect(after.lastActivityAt.toISOString()).toBe(NOW.replace("Z", ".000Z"));
    const weeks = await activityByRepAndWeek(t.app.services, {
      at: t.clock.now(),
      timezone: "UTC",
      weeks: 1,
      includeCurrent: true,
    });
    expect(weeks).toEqual([
      {
        week: "2026-11-23",
        reps: [
          expect.objectContaining({
            userId: "UANN01",
            callsIn: 1,
            callsOut: 1,
            meetings: 1,
            emails: 0,
            total: 3,
          }),
          expect.objectContaining({ userId: "UBOB01", name: "Bob Rep", emails: 1, total: 1 }),
        ],
      },
    ]);
  });

  it("a Slack retry of the same command logs once", async () => {
    await seedDeal(t.db, { ownerId: "UANN01", name: "Acme", staleDays: 2, now: t.clock.now() });
    await drive.command("UANN01", "log call Acme out", { triggerId: "T-same" });
    await drive.command("UANN01", "log call Acme out", { triggerId: "T-same", expectAnswer: false });
    await new Promise((r) => setTimeout(r, 300));
    expect(await t.db.activity.count()).toBe(1);
  });

  it("imports activities from CSV; a re-import adds nothing", async () => {
    const deal = await seedDeal(t.db, { ownerId: "UANN01", name: "Acme", staleDays: 30, now: t.clock.now() });
    await t.db.deal.update({ where: { id: deal.id }, data: { sourceId: "D1" } });
    const csv = [
      "id,type,direction,deal,owner,at,note",
      "A1,Call,outbound,D1,UANN01,2026-11-24 09:00,intro",
      "A2,Meeting,,D1,UANN01,2026-11-25 09:00,",
      "A3,Lunch,,,UBOB01,2026-11-16 12:00,",
      "A4,Fax,,D1,UANN01,2026-11-24 09:00,",
      "A5,Call,in,D404,UANN01,2026-11-24 09:00,",
    ].join("\n");
    const report = await importActivities(withDirectory(t.app.services), { file: csvStream(csv) });
    expect([...report.refused].sort((a, b) => a.line - b.line).map(describeRefusal)).toEqual([
      'line 5: type: "Fax" is not call, meeting, email, demo or task',
      'line 6: deal: no imported deal has the id "D404"',
    ]);
    expect(report.created).toBe(3);
    const again = await importActivities(withDirectory(t.app.services), { file: csvStream(csv) });
    expect([again.created, again.unchanged]).toEqual([0, 3]);
    expect(await t.db.activity.count()).toBe(3);
    const touched = await t.db.deal.findUniqueOrThrow({ where: { id: deal.id } });
    expect(touched.lastActivityAt.toISOString()).toBe("2026-11-25T09:00:00.000Z");
    const weeks = await activityByRepAndWeek(t.app.services, {
      at: t.clock.now(),
      timezone: "UTC",
      weeks: 2,
      includeCurrent: true,
    });
    expect(weeks.map((w) => [w.week, w.reps.map((r) => [r.userId, r.total])])).toEqual([
      ["2026-11-16", [["UBOB01", 1]]],
      ["2026-11-23", [["UANN01", 2]]],
    ]);
  });
});

describe("/deal account … segment", () => {
  it("sets an account's segment, checked against the team's list when it has one", async () => {
    await seedDeal(t.db, { ownerId: "UANN01", name: "Acme", staleDays: 2, now: t.clock.now() });
    await t.db.account.create({ data: { name: "Acme Group", nameKey: "acme group" } });
    const set = await drive.command("UANN01", "account Acme Group segment Enterprise");
    expect(textOf(set.reply)).toContain("Acme Group* is now in the segment *Enterprise*");
    await t.db.workspace.upsert({
      where: { id: "default" },
      create: { segments: "SMB,Mid-market" },
      update: { segments: "SMB,Mid-market" },
    });
    const refused = await drive.command("UANN01", "account Acme Group segment Enterprise");
    expect(textOf(refused.reply)).toContain("not one of the team's segments: SMB, Mid-market");
    await drive.command("UANN01", "account acme group segment smb");
    expect((await t.db.account.findFirstOrThrow({ where: { nameKey: "acme group" } })).segment).toBe("SMB");
    const missing = await drive.command("UANN01", "account Nobody segment SMB");
    expect(textOf(missing.reply)).toContain("No account is called “Nobody”");
  });
});
