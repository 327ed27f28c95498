import { afterEach, describe, expect, it } from "vitest";
import { weeklyNudges } from "../../src/jobs/weekly-nudges.js";
import { NUDGE_ACTIONS } from "../../src/slack/ids.js";
import { bootApp, type TestApp } from "../support/boot.js";
import { FakeClock } from "../support/clock.js";
import { findButton, textOf } from "../support/deal-driver.js";
import { seedDeal, seedUser } from "../support/seed.js";
import { blockActions } from "../support/slack-requests.js";

let t: TestApp;
afterEach(async () => t.close());

describe("past-due deals in the weekly nudge", () => {
  it("come first (even when recently touched), with Push…/Won/Lost…; Won closes the deal", async () => {
    // Monday 23 Nov 2026, 09:00 in Los Angeles (17:00 UTC): Sunday the 22nd is past there.
    t = await bootApp({ clock: new FakeClock("2026-11-23T17:00:00Z"), jobs: [weeklyNudges] });
    await seedUser(t.db, t.slack, { id: "UREP01", tz: "America/Los_Angeles" });
    const now = t.clock.now();
    await seedDeal(t.db, { ownerId: "UREP01", name: "Big stale", amount: 90_000, staleDays: 10, now });
    await seedDeal(t.db, {
      ownerId: "UREP01",
      name: "Late one",
      amount: 1_000,
      staleDays: 1, // touched yesterday, but its close date has passed
      closeOn: "2026-11-22",
      now,
    });
    await seedDeal(t.db, {
      ownerId: "UREP01",
      name: "Fresh",
      amount: 5_000,
      staleDays: 1,
      closeOn: "2026-11-23",
      now,
    });
    await t.app.scheduler.tick();
    const [dm] = t.slack.callsTo("chat.postMessage").filter((c) => c.body.channel === "UREP01");
    const text = textOf(dm?.body.blocks);
    expect(text.indexOf("Late one")).toBeGreaterThan(-1);
    expect(text.indexOf("Late one")).toBeLessThan(text.indexOf("Big stale"));
    expect(text).toContain("Close date Sun 22 Nov 2026 has passed");
    expect(text).not.toContain("Fresh"); // due today, not past, not stale
    const won = findButton(dm?.body.blocks, NUDGE_ACTIONS.won);
    expect(won).toBeDefined();
    // Only the past-due deal has a Won button; the stale one keeps "Still on track".
    expect(text.match(/nudge\.won/g)).toHaveLength(1);
    const res = await t.send(
      blockActions({
        userId: "UREP01",
        actions: [{ actionId: NUDGE_ACTIONS.won, value: won!.value }],
        message: { ts: "1700000000.000100" },
        responseUrl: t.slack.responseUrl(),
      }),
    );
    expect(res.status).toBe(200);
    const [update] = await t.slack.waitFor("chat.update");
    expect(textOf(update?.body.blocks)).toContain("Won.");
    const late = await t.db.deal.findFirstOrThrow({ where: { name: "Late one" } });
    expect(late.status).toBe("won");
    expect(await t.db.dealEvent.count({ where: { dealId: late.id, source: "button" } })).toBe(1);
  });
});
