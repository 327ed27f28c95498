import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AckRows } from "../../src/db/ack-rows.js";
import { openDatabase } from "../../src/db/client.js";
import {
  claimDueWork,
  finishWork,
  finishWorkAtOnce,
  finishWorkOnPool,
  insertWork,
  insertWorkAtOnce,
  retryWorkLater,
} from "../../src/db/slack-work.js";
import { createTestDatabase, type TestDatabase, testProvider } from "../support/database.js";

let testDb: TestDatabase;
beforeEach(async () => {
  testDb = await createTestDatabase();
});
afterEach(async () => {
  await testDb.drop();
});

const at = (iso: string) => new Date(iso);
const T0 = at("2026-11-26T10:00:00Z");
const LATER = at("2026-11-26T10:01:00Z");

/** A request accepted by this replica, its lease running until LATER. */
const newWork = (key: string) => ({
  key,
  kind: "request",
  body: "{}",
  userId: "UANN01",
  now: T0,
  instanceId: "this",
  leaseUntil: LATER,
});

async function accept(n: number, leaseUntil = T0): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < n; i++) {
    const id = await insertWork(testDb.database.db, {
      key: `command:trigger-${i}`,
      kind: "request",
      body: "{}",
      userId: "UANN01",
      now: T0,
      instanceId: "dead-replica",
      leaseUntil,
    });
    ids.push(id!);
  }
  return ids;
}

describe("the durable queue of Slack work", () => {
  it("records a request once: the same key again is a replay", async () => {
    await accept(1);
    const again = await insertWork(testDb.database.db, {
      key: "command:trigger-0",
      kind: "request",
      body: "{}",
      userId: "UANN01",
      now: T0,
      instanceId: "other",
      leaseUntil: T0,
    });
    expect(again).toBeNull();
  });

  it("replicas claiming at once (each with its own connection) share the work: each row to exactly one", async () => {
    const ids = await accept(30);
    const replicas = Array.from({ length: 3 }, () => openDatabase(testDb.target));
    try {
      const claims = await Promise.all(
        replicas.map((replica, i) =>
          claimDueWork(replica.db, {
            instanceId: `replica-${i}`,
            now: LATER,
            leaseUntil: at("2026-11-26T10:01:30Z"),
            limit: 30,
          }),
        ),
      );
      const claimed = claims.flat().map((row) => row.id);
      expect(claimed.sort((a, b) => a - b)).toEqual(ids);
      expect(new Set(claimed).size).toBe(claimed.length);
    } finally {
      await Promise.all(replicas.map((replica) => replica.close()));
    }
  });

  it("leaves alone work whose lease runs (a live replica's), finished work, and retries not yet due", async () => {
    const db = testDb.database.db;
    const [live] = await accept(1, at("2026-11-26T10:05:00Z"));
    const [done] = await insertWork(db, {
      key: "command:done",
      kind: "request",
      body: "{}",
      userId: null,
      now: T0,
      instanceId: "x",
      leaseUntil: T0,
    }).then((id) => [id!]);
    await finishWork(db, done!, T0);
    const [retry] = await insertWork(db, {
      key: "command:retry",
      kind: "request",
      body: "{}",
      userId: null,
      now: T0,
      instanceId: "x",
      leaseUntil: T0,
    }).then((id) => [id!]);
    await retryWorkLater(db, retry!, at("2026-11-26T10:02:00Z"), "response_url answered 500");

    const now = await claimDueWork(db, { instanceId: "me", now: LATER, leaseUntil: LATER, limit: 10 });
    expect(now).toEqual([]);
    const due = await claimDueWork(db, {
      instanceId: "me",
      now: at("2026-11-26T10:02:00Z"),
      leaseUntil: LATER,
      limit: 10,
    });
    expect(due.map((row) => row.id)).toEqual([retry]);
    expect(due[0]?.attempts).toBe(2);
    // A single process starting (SQLite) takes everything unfinished, whatever the lease.
    const all = await claimDueWork(db, {
      instanceId: "me",
      now: T0,
      leaseUntil: LATER,
      limit: 10,
      ignoreLeases: true,
    });
    expect(all.map((row) => row.id).sort()).toEqual([live, retry].sort());
  });
});

describe.skipIf(testProvider() !== "sqlite")(
  "the row written before an ack, straight on SQLite's connection (SQLite only: PostgreSQL has a pool)",
  () => {
    it("is written at once, read back by Prisma like any row, and a replay of its key is refused", async () => {
      const sqlite = testDb.database.sqliteNow!;
      await testDb.database.db.slackWork.count(); // Prisma connects lazily
      const id = insertWorkAtOnce(sqlite, newWork("command:trigger-a"));
      expect(id).toBeTypeOf("number");
      expect(insertWorkAtOnce(sqlite, newWork("command:trigger-a"))).toBeNull();
      const stored = await testDb.database.db.slackWork.findUniqueOrThrow({ where: { id: id! } });
      expect(stored).toMatchObject({
        key: "command:trigger-a",
        receivedAt: T0,
        leaseUntil: LATER,
        attempts: 1,
      });
      const [claimed] = await claimDueWork(testDb.database.db, {
        instanceId: "next",
        now: LATER,
        leaseUntil: at("2026-11-26T10:02:00Z"),
        limit: 5,
      });
      expect(claimed?.id).toBe(id);
      expect(finishWorkAtOnce(sqlite, id!, LATER)).toBe(true);
      expect(await testDb.database.db.slackWork.findUniqueOrThrow({ where: { id: id! } })).toMatchObject({
        doneAt: LATER,
        lastError: null,
      });
    });

    it("waits (returns undefined) while a transaction is open, so a rollback cannot take it along", async () => {
      const sqlite = testDb.database.sqliteNow!;
      let during: number | null | undefined = 0;
      await testDb.database.db
        .$transaction(async (tx) => {
          await tx.slackWork.count();
          during = insertWorkAtOnce(sqlite, newWork("command:trigger-b"));
          throw new Error("rolled back");
        })
        .catch(() => {});
      expect(during).toBeUndefined();
      expect(insertWorkAtOnce(sqlite, newWork("command:trigger-b"))).toBeTypeOf("number");
      expect(await testDb.database.db.slackWork.count()).toBe(1);
    });
  },
);

describe.skipIf(testProvider() !== "postgresql")(
  "the rows written before acks, batched on a connection of their own (PostgreSQL only)",
  () => {
    it("is written, read back by Prisma like any row, and a replay of its key is refused", async () => {
      const rows = new AckRows(testDb.database.pgAckPool!);
      const row = newWork("command:trigger-pg");
      const id = await rows.insert(row);
      expect(id).toBeTypeOf("number");
      expect(await rows.insert(row)).toBeNull();
      const stored = await testDb.database.db.slackWork.findUniqueOrThrow({ where: { id: id! } });
      expect(stored).toMatchObject({
        key: "command:trigger-pg",
        receivedAt: T0,
        leaseUntil: LATER,
        attempts: 1,
      });
      await testDb.database.db.slackWork.count(); // Prisma connects lazily
      await finishWorkOnPool(testDb.database.pgPool?.(), id!, LATER);
      expect(await testDb.database.db.slackWork.findUniqueOrThrow({ where: { id: id! } })).toMatchObject({
        doneAt: LATER,
        lastError: null,
      });
    });

    it("writes a burst in few commits, gives each row its own id, and the first of a repeated key wins", async () => {
      const rows = new AckRows(testDb.database.pgAckPool!);
      const keys = Array.from({ length: 120 }, (_, i) => `command:burst-${i}`);
      // A Slack retry of request 7 arrives in the same burst: only one of the two is accepted.
      const ids = await Promise.all([...keys, "command:burst-7"].map((key) => rows.insert(newWork(key))));
      const stored = await testDb.database.db.slackWork.findMany({ select: { id: true, key: true } });
      expect(stored).toHaveLength(120);
      const idOf = new Map(stored.map((r) => [r.key, r.id]));
      expect(ids.slice(0, 120)).toEqual(keys.map((key) => idOf.get(key)));
      expect(ids[120]).toBeNull();
      // Two commits for 121 rows: the first row went at once, the rest waited for it together.
      expect(rows.inserts).toBe(2);
    });
  },
);
