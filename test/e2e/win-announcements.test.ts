import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { importDeals } from "../../src/domain/import/import-deals.js";
import { withDirectory } from "../../src/notify/directory.js";
import { bootApp, type TestApp } from "../support/boot.js";
import { FakeClock, MINUTE } from "../support/clock.js";
import { dealDriver } from "../support/deal-driver.js";
import { csvStream } from "../support/import.js";
import { seedDeal, seedUser } from "../support/seed.js";

const NOW = "2026-11-26T10:00:00Z";
let t: TestApp;
let drive: ReturnType<typeof dealDriver>;

beforeEach(async () => {
  t = await bootApp({ clock: new FakeClock(NOW) });
  drive = dealDriver(t);
  await seedUser(t.db, t.slack, { id: "UANN01", name: "Ann Rep", tz: "UTC" });
});
afterEach(async () => {
  await t.close();
});

const posts = () => t.slack.callsTo("chat.postMessage").filter((c) => c.body.channel === "CWINS001");

describe("win announcements", () => {
  it("posts once per won deal with who and how much; nothing for losses or imported history", async () => {
    await seedDeal(t.db, {
      ownerId: "UANN01",
      name: "Acme & Co",
      amount: 12_500,
      staleDays: 1,
      now: t.clock.now(),
    });
    await seedDeal(t.db, { ownerId: "UANN01", name: "Beta", staleDays: 1, now: t.clock.now() });
    await importDeals(withDirectory(t.app.services), {
      file: csvStream("id,name,owner,amount,stage,close_date\nH1,Old win,UANN01,5000,Won,2026-11-20"),
    });
    // No channel set: nothing is posted.
    await drive.command("UANN01", "won Acme & Co");
    await t.app.scheduler.runJob("win-announcements", t.clock.now());
    expect(posts()).toHaveLength(0);

    await t.db.workspace.upsert({
      where: { id: "default" },
      create: { winChannel: "CWINS001" },
      update: { winChannel: "CWINS001" },
    });
    // A loss is never announced.
    const beta = await t.db.deal.findFirstOrThrow({ where: { name: "Beta" } });
    const lost = await t.db.stage.findUniqueOrThrow({ where: { key: "lost" } });
    await t.db.deal.update({
      where: { id: beta.id },
      data: { status: "lost", stageId: lost.id, closedAt: t.clock.now() },
    });
    await t.db.dealEvent.create({
      data: {
        dealId: beta.id,
        source: "command",
        kind: "lost",
        changes: "{}",
        dealVersion: 2,
        at: t.clock.now(),
      },
    });
    t.clock.advance(MINUTE);
    await t.app.scheduler.runJob("win-announcements", t.clock.now());
    expect(posts().map((c) => c.body.text)).toEqual([":tada: <@UANN01> won *Acme &amp; Co*: *€12,500*"]);

    // Reopened and won again, a retry, a second replica: still once.
    await drive.command("UANN01", "update Acme & Co stage proposal");
    await drive.command("UANN01", "won Acme & Co");
    t.clock.advance(MINUTE);
    await t.app.scheduler.runJob("win-announcements", t.clock.now());
    expect(posts()).toHaveLength(1);
  });
});
