import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import { resolveTeamSettings } from "../../src/domain/settings/team-settings.js";
import { prepareWorkspace } from "../../src/domain/setup/prepare-workspace.js";
import { createLogger } from "../../src/logger.js";
import { inProcessReader } from "../../src/reads/heavy-reads.js";
import { ReadWorker } from "../../src/reads/read-worker.js";
import { createTestDatabase, type TestDatabase, testProvider } from "../support/database.js";
import { seedDeal } from "../support/seed.js";

let testDb: TestDatabase;
beforeEach(async () => {
  testDb = await createTestDatabase();
});
afterEach(async () => {
  await testDb.drop();
});

describe.skipIf(testProvider() !== "sqlite")(
  "the read worker (SQLite only: PostgreSQL reads do not block)",
  () => {
    it("builds the digest on its own thread and connection, the same as in process", async () => {
      const { target, db } = testDb.database;
      if (target.provider !== "sqlite") throw new Error("SQLite only");
      const worker = new ReadWorker({ target, db, logger: createLogger({ level: "silent", pretty: false }) });
      try {
        const config = loadConfig({}, []);
        const logger = createLogger({ level: "silent", pretty: false });
        await prepareWorkspace({ db, config, logger });
        await db.user.create({ data: { id: "UREP01", name: "Ann", timezone: "UTC", role: "rep" } });
        const now = new Date("2026-11-23T09:00:00Z");
        for (const [i, stage] of ["qualified", "proposal", "proposal"].entries())
          await seedDeal(db, { ownerId: "UREP01", name: `Deal ${i}`, staleDays: i * 10, now, stage });
        const input = {
          at: new Date("2026-11-23T09:00:00Z"),
          settings: resolveTeamSettings(loadConfig({}, []), null),
        };
        const here = await inProcessReader(db).read("funnelDigest", input);
        const there = await worker.read("funnelDigest", input);
        expect(there).toEqual(here);
        expect(worker.threadReads).toBe(1); // answered by the thread, not by the in-process fallback
        expect(there.funnel.stages.reduce((n, s) => n + s.count, 0)).toBe(3);
      } finally {
        await worker.stop();
      }
    });
  },
);
