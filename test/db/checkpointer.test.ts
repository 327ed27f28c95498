import { existsSync, statSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AUTOCHECKPOINT_PAGES, type Checkpointer, startCheckpointer } from "../../src/db/checkpointer.js";
import { insertWorkAtOnce } from "../../src/db/slack-work.js";
import { createLogger } from "../../src/logger.js";
import { createTestDatabase, type TestDatabase, testProvider } from "../support/database.js";

let testDb: TestDatabase;
let checkpointer: Checkpointer | undefined;
beforeEach(async () => {
  testDb = await createTestDatabase();
});
afterEach(async () => {
  await checkpointer?.stop();
  await testDb.drop();
});

const pragma = async (name: string) =>
  Object.values(
    ((await testDb.database.db.$queryRawUnsafe(`PRAGMA ${name}`)) as Record<string, unknown>[])[0] ?? {},
  )[0];

describe.skipIf(testProvider() !== "sqlite")("WAL checkpoints on their own thread (SQLite only)", () => {
  it("copies the app's writes into the database file off the event loop; the app's connection checkpoints only as a safety net", async () => {
    const { database } = testDb;
    if (database.target.provider !== "sqlite") return;
    expect(Number(await pragma("wal_autocheckpoint"))).toBe(AUTOCHECKPOINT_PAGES);
    const file = database.target.file;
    const at = new Date("2026-11-26T10:00:00Z");
    for (let i = 0; i < 200; i++) {
      insertWorkAtOnce(database.sqliteNow!, {
        key: `command:t${i}`,
        kind: "request",
        body: "x".repeat(2000),
        userId: "U1",
        now: at,
        instanceId: "this",
        leaseUntil: at,
      });
    }
    expect(existsSync(`${file}-wal`)).toBe(true);
    const sizeBefore = statSync(file).size;

    checkpointer = startCheckpointer(file, createLogger({ level: "silent", pretty: false }), 20);
    for (let i = 0; i < 250 && !(checkpointer.last && checkpointer.last.log > 0); i++)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(checkpointer.last?.log).toBeGreaterThan(0);
    expect(checkpointer.last?.checkpointed).toBe(checkpointer.last?.log);
    // The rows are now in the database file itself.
    expect(statSync(file).size).toBeGreaterThan(sizeBefore + 200 * 2000);
  });
});
