import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { bootApp, type TestApp } from "../support/boot.js";
import { FakeClock } from "../support/clock.js";
import { dealDriver, textOf } from "../support/deal-driver.js";

// Thursday 26 Nov 2026, 10:00 UTC.
const NOW = "2026-11-26T10:00:00Z";
let t: TestApp;
let drive: ReturnType<typeof dealDriver>;

beforeEach(async () => {
  t = await bootApp({ clock: new FakeClock(NOW), env: { DEALBOT_CURRENCY: "EUR" } });
  t.slack.addUser({ id: "UANN01", realName: "Ann Rep", tz: "Europe/Helsinki" });
  t.slack.addUser({ id: "UBOB01", realName: "Bob Rep", tz: "America/Los_Angeles" });
  t.slack.addUser({ id: "UMGR01", realName: "Meg Manager", tz: "Europe/Helsinki" });
  drive = dealDriver(t);
  await t.db.user.create({ data: { id: "UMGR01", name: "Meg Manager", role: "manager" } });
  await t.db.user.create({ data: { id: "UANN01", name: "Ann Rep", managerId: "UMGR01" } });
  await t.db.user.create({ data: { id: "UBOB01", name: "Bob Rep", managerId: "UMGR01" } });
});
afterEach(async () => {
  await t.close();
});

describe("forecast categories and the forecast call", () => {
  it("/deal update <deal> forecast commit|best|pipeline|omit sets the category, logged and undoable", async () => {
    await drive.command("UANN01", "new Acme amount 12k stage proposal close 2026-11-30");
    const result = await drive.command("UANN01", "update Acme forecast commit");
    expect(textOf(result.reply)).toContain("forecast: — → Commit");
    const acme = await t.db.deal.findFirstOrThrow({ where: { name: "Acme" } });
    expect(acme.forecastCategory).toBe("commit");
    const events = await t.db.dealEvent.findMany({ where: { dealId: acme.id }, orderBy: { id: "asc" } });
    expect(JSON.parse(events.at(-1)!.changes)).toEqual({ forecastCategory: { from: null, to: "commit" } });
    for (const [word, stored] of [
      ["best", "best"],
      ["pipeline", "pipeline"],
      ["omit", "omit"],
    ] as const) {
      await drive.command("UANN01", `update Acme forecast ${word}`);
      expect((await t.db.deal.findFirstOrThrow({ where: { name: "Acme" } })).forecastCategory).toBe(stored);
    }
    const bad = await drive.command("UANN01", "update Acme forecast maybe");
    expect(textOf(bad.reply)).toContain("use commit, best, pipeline or omit");
  });

  it("/deal forecast team rolls up the manager's reps; a call is recorded; reps are refused", async () => {
    await drive.command("UANN01", "new Acme amount 12k stage proposal close 2026-11-30 forecast commit");
    await drive.command("UBOB01", "new Globex amount 20k stage negotiation close 2026-12-15");
    await drive.command("UBOB01", "new Initech amount 5k stage lead close 2026-11-27");
    const team = textOf((await drive.command("UMGR01", "forecast team")).reply);
    // November: Ann commit €12,000; Bob nothing in Commit or Best case (Initech is a Lead: Pipeline).
    expect(team).toContain("*November 2026* · team: won €0 · commit €12,000 · best case €12,000");
    expect(team).toContain("<@UANN01>: won €0 · commit €12,000 · best case €12,000");
    // Q4: Globex is in Negotiation (75%), Best case by default.
    expect(team).toContain("*2026 Q4* · team: won €0 · commit €12,000 · best case €32,000");
    expect(team).toContain("<@UBOB01>: won €0 · commit €0 · best case €20,000");
    expect(team).toContain("Your call: not recorded.");

    const call = textOf((await drive.command("UMGR01", "forecast team call 30k quarter")).reply);
    expect(call).toContain("Your call for 2026-Q4: €30,000.");
    expect(call).toContain("Your call: *€30,000*");
    expect(
      await t.db.forecastCall.findMany({ select: { subject: true, period: true, amountMinor: true } }),
    ).toEqual([{ subject: "UMGR01", period: "2026-Q4", amountMinor: 3_000_000n }]);

    const rep = textOf((await drive.command("UANN01", "forecast team")).reply);
    expect(rep).toContain("is for managers");
  });

  it("/deal stats: a rep sees their own, a manager their reps', nobody else's", async () => {
    await drive.command("UANN01", "new Acme amount 12k stage proposal close 2026-11-30");
    const own = textOf((await drive.command("UANN01", "stats")).reply);
    expect(own).toContain("Rep stats");
    expect(own).toContain("<@UANN01>");
    expect(own).toContain("Proposal: 1 open deal, €12,000");
    const other = textOf((await drive.command("UANN01", "stats <@UBOB01|bob>")).reply);
    expect(other).toContain("You can see your own stats");
    const manager = textOf((await drive.command("UMGR01", "stats <@UANN01|ann>")).reply);
    expect(manager).toContain("Rep stats");
    expect(manager).toContain("<@UANN01>");
  });
});
