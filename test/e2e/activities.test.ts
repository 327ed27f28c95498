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

describe("/deal stats: selling activity", () => {
  const at = (iso: string) => new Date(iso);
  const activity = (userId: string, type: string, direction: string | null, when: string) => ({
    userId,
    type: type as "call",
    direction,
    dealId: null,
    note: null,
    at: at(when),
    source: "command" as const,
  });

  it("shows the rep's last 4 weeks beside the average of everyone who logged any", async () => {
    await seedUser(t.db, t.slack, { id: "UCAT01", name: "Cat Rep", tz: "UTC" });
    await t.db.activity.createMany({
      data: [
        // This week (Mon 23 Nov): Ann 2 calls out, 1 in, 1 meeting; Bob 4 calls out.
        activity("UANN01", "call", "out", "2026-11-24T12:00:00Z"),
        activity("UANN01", "call", "out", "2026-11-25T12:00:00Z"),
        activity("UANN01", "call", "in", "2026-11-25T13:00:00Z"),
        activity("UANN01", "meeting", null, "2026-11-26T09:00:00Z"),
        ...[1, 2, 3, 4].map(() => activity("UBOB01", "call", "out", "2026-11-24T15:00:00Z")),
        // Week of 16 Nov: Bob 1 demo, 2 tasks.
        activity("UBOB01", "demo", null, "2026-11-18T12:00:00Z"),
        activity("UBOB01", "task", null, "2026-11-19T12:00:00Z"),
        activity("UBOB01", "task", null, "2026-11-20T12:00:00Z"),
        // Week of 9 Nov: Ann 3 emails.
        ...[1, 2, 3].map(() => activity("UANN01", "email", "out", "2026-11-11T12:00:00Z")),
        // Before the 4 weeks (week of 26 Oct): not counted, Cat not among the people averaged.
        activity("UANN01", "task", null, "2026-10-28T12:00:00Z"),
        activity("UCAT01", "call", "out", "2026-10-28T12:00:00Z"),
      ],
    });
    // /deal stats reads on a worker thread (src/reads), which can take a while to start.
    await drive.command("UANN01", "stats", { expectAnswer: false });
    const [answer] = await t.slack.waitForResponses({ timeoutMs: 30_000 });
    const blocks = (answer?.body as { blocks?: { text?: { text: string } }[] } | undefined)?.blocks ?? [];
    const section = blocks.find((b) => b.text?.text.includes("Selling activity"))?.text?.text;
    expect(section?.split("\n")).toEqual([
      "*Selling activity*, last 4 weeks: yours, and in brackets the average of the 2 people who logged any",
      "Week of Mon 2 Nov 2026: calls out 0 (0) · in 0 (0) · meetings 0 (0) · emails 0 (0) · demos 0 (0) · tasks 0 (0)",
      "Week of Mon 9 Nov 2026: calls out 0 (0) · in 0 (0) · meetings 0 (0) · emails 3 (1.5) · demos 0 (0) · tasks 0 (0)",
      "Week of Mon 16 Nov 2026: calls out 0 (0) · in 0 (0) · meetings 0 (0) · emails 0 (0) · demos 0 (0.5) · tasks 0 (1)",
      "Week of Mon 23 Nov 2026: calls out 2 (3) · in 1 (0.5) · meetings 1 (0.5) · emails 0 (0) · demos 0 (0) · tasks 0 (0)",
      "*4 weeks*: calls out 2 (3) · in 1 (0.5) · meetings 1 (0.5) · emails 3 (1.5) · demos 0 (0.5) · tasks 0 (1)",
    ]);
    // The footnote stays last.
    expect(JSON.stringify(blocks.at(-1))).toContain("Amounts in");
  });

  it("in the reader's language; says how to log when nobody logged anything", async () => {
    await t.db.user.update({ where: { id: "UBOB01" }, data: { language: "pl" } });
    await drive.command("UBOB01", "stats", { expectAnswer: false });
    const [answer] = await t.slack.waitForResponses({ timeoutMs: 30_000 });
    expect(textOf(answer?.body)).toContain(
      "*Aktywność sprzedażowa*: nikt nic nie zapisał w ostatnich 4 tygodniach",
    );
  });
});
