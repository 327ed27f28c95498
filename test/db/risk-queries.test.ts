import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import { amountChangesSince } from "../../src/db/risk.js";
import { prepareWorkspace } from "../../src/domain/setup/prepare-workspace.js";
import { createLogger } from "../../src/logger.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { seedDeal } from "../support/seed.js";

let testDb: TestDatabase;
beforeEach(async () => {
  testDb = await createTestDatabase();
});
afterEach(async () => {
  await testDb.drop();
});

describe("the risk alert's queries at scale", () => {
  it("reads the amount changes of a month with more deals than SQLite binds in one query (was P2029)", async () => {
    const { db } = testDb.database;
    await prepareWorkspace({
      db,
      config: loadConfig({}, []),
      logger: createLogger({ level: "silent", pretty: false }),
    });
    await db.user.create({ data: { id: "UREP01", name: "Ann", timezone: "UTC", role: "rep" } });
    const now = new Date("2026-11-20T09:00:00Z");
    const first = await seedDeal(db, { ownerId: "UREP01", name: "Deal 0", staleDays: 1, now });
    const changedAt = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
    // Two changes to the same deal: the later one is what the alert reports.
    for (const [minutes, to] of [
      [60, "2000000"],
      [30, "500000"],
    ] as const)
      await db.dealEvent.create({
        data: {
          dealId: first.id,
          actorId: "UREP01",
          source: "command",
          kind: "updated",
          changes: JSON.stringify({ amountMinor: { from: "1000000", to } }),
          dealVersion: 2,
          at: changedAt(minutes),
        },
      });
    const ids = [first.id, ...Array.from({ length: 1_499 }, (_, i) => first.id + 1 + i)];
    const changes = await amountChangesSince(db, ids, changedAt(24 * 60));
    expect([...changes.keys()]).toEqual([first.id]);
    expect(changes.get(first.id)).toMatchObject({ from: "1000000", to: "500000" });
  });
});
