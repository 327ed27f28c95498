import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Background } from "../../src/background.js";
import { createLogger } from "../../src/logger.js";
import { SlackWork } from "../../src/work/slack-work.js";
import { FakeClock } from "../support/clock.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";

let testDb: TestDatabase;
beforeEach(async () => {
  testDb = await createTestDatabase();
});
afterEach(async () => {
  await testDb.drop();
});

/** A Home publisher whose calls wait until released, one by one, in order. */
function heldPublisher() {
  const calls: string[] = [];
  const releases: (() => void)[] = [];
  return {
    calls,
    publish: (userId: string) =>
      new Promise<void>((resolve) => {
        calls.push(userId);
        releases.push(resolve);
      }),
    releaseAll: () => {
      for (const release of releases.splice(0)) release();
    },
  };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(check()).toBe(true);
};

describe("Home refreshes after changes", () => {
  it("draws a person's Home once for changes made while their refresh waits; a change after it started gets another", async () => {
    const publisher = heldPublisher();
    const { db, backgroundDb } = testDb.database;
    const work = new SlackWork({
      db,
      backgroundDb,
      clock: new FakeClock("2026-11-26T10:00:00Z"),
      logger: createLogger({ level: "silent", pretty: false }),
      background: new Background(),
      instanceId: "this",
      concurrency: 2,
      singleProcess: true,
      replay: async () => {},
      publishHome: publisher.publish,
    });
    // The Home lane runs two at once: A and B take it, C's refresh waits.
    await work.refreshHomes(["UA"]);
    await work.refreshHomes(["UB"]);
    await until(() => publisher.calls.length === 2);
    await work.refreshHomes(["UC"]);
    await work.refreshHomes(["UC", "UC"]);
    await work.refreshHomes(["UC"]);
    expect(await db.slackWork.count({ where: { kind: "home", userId: "UC" } })).toBe(1);

    publisher.releaseAll();
    await until(() => publisher.calls.length === 3);
    expect(publisher.calls).toEqual(["UA", "UB", "UC"]);
    // C's refresh has started (it reads the deals now): a change from here on needs one more.
    await work.refreshHomes(["UC"]);
    expect(await db.slackWork.count({ where: { kind: "home", userId: "UC" } })).toBe(2);
    await until(() => publisher.calls.length === 4);
    publisher.releaseAll();
    await work.stop(1000);
    expect(await db.slackWork.count({ where: { kind: "home", doneAt: null } })).toBe(0);
  });
});
