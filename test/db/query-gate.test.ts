import type pg from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Background } from "../../src/background.js";
import { type Database, openDatabase } from "../../src/db/client.js";
import { freshTarget, testProvider } from "../support/database.js";

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
/** Resolves "stuck" if `promise` has not settled within `ms`: a test failure, not a hang. */
const within = <T>(promise: Promise<T>, ms = 5000) =>
  Promise.race([promise, sleep(ms).then(() => "stuck" as const)]);

let clock: { now: number };
let background: Background;
let database: Database;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  const fresh = await freshTarget();
  clock = { now: 0 };
  background = new Background({ quietMs: 2, maxWaitMs: 60_000, now: () => clock.now });
  database = openDatabase(fresh.target, background);
  cleanup = fresh.cleanup;
  await background.turn(); // the previous turn is at 0, so only a pause in requests gives the next
});
afterEach(async () => {
  await database.close();
  await cleanup();
});

const user = (id: string) => ({ id, name: id, role: "rep" as const, timezone: "UTC" });

describe("the query gate", () => {
  it("makes background queries wait while requests arrive; requests' own queries go at once", async () => {
    clock.now = 10;
    background.noteRequest();
    let backgroundDone = false;
    const backgroundCount = database.backgroundDb.user.count().then((n) => {
      backgroundDone = true;
      return n;
    });
    expect(await within(database.db.user.count())).toBe(0);
    await sleep(30);
    expect(backgroundDone).toBe(false);

    clock.now = 20; // requests paused
    expect(await within(backgroundCount)).toBe(0);
  });

  it("runs a background transaction's own queries without waiting for turns", async () => {
    const result = database.backgroundDb.$transaction(async (tx) => {
      // Requests start arriving while the transaction is open: it holds the connection, so it must not wait.
      clock.now = 10;
      background.noteRequest();
      await tx.user.create({ data: user("U1") });
      return tx.user.count();
    });
    expect(await within(result)).toBe(1);
  });

  it("keeps a write made during another request's transaction out of that transaction", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let opened!: () => void;
    const isOpen = new Promise<void>((resolve) => {
      opened = resolve;
    });
    const rolledBack = database.db
      .$transaction(async (tx) => {
        await tx.user.create({ data: user("U_ROLLED_BACK") });
        opened();
        await held;
        throw new Error("undo");
      })
      .catch((error: Error) => error.message);
    await isOpen;
    // .then starts it: a Prisma query is lazy until awaited.
    const write = database.db.user.create({ data: user("U_KEPT") }).then(() => "written");
    await sleep(20);
    release();
    expect(await rolledBack).toBe("undo");
    expect(await write).toBe("written");
    const ids = (await database.db.user.findMany({ select: { id: true } })).map((u) => u.id);
    expect(ids).toEqual(["U_KEPT"]);
  });

  it("refuses the batch form of $transaction, whose queries would queue behind it", async () => {
    await expect(database.db.$transaction([database.db.user.count()] as unknown as never)).rejects.toThrow(
      /interactive transaction/,
    );
  });
});

describe.skipIf(testProvider() !== "sqlite")("SQLite's connection (SQLite only)", () => {
  it("is in WAL mode with synchronous=NORMAL by default (no fsync per commit), FULL when asked", async () => {
    const pragma = async (db: Database, name: string) =>
      Object.values(
        ((await db.db.$queryRawUnsafe(`PRAGMA ${name}`)) as Record<string, unknown>[])[0] ?? {},
      )[0];
    expect(await pragma(database, "journal_mode")).toBe("wal");
    expect(Number(await pragma(database, "synchronous"))).toBe(1);
    if (database.target.provider !== "sqlite") return;
    const full = openDatabase({ ...database.target, synchronous: "full" }, background);
    try {
      expect(Number(await pragma(full, "synchronous"))).toBe(2);
    } finally {
      await full.close();
    }
  });
});

describe.skipIf(testProvider() !== "postgresql")("closing (PostgreSQL only: a pool)", () => {
  it("is bounded even while a connection is never given back, and ends that connection", async () => {
    await database.db.user.count(); // Prisma opens its pool lazily
    // What Prisma leaves when a transaction start fails half-way ("Unknown transaction status"
    // while the app stops): a connection checked out of the pool that nothing will release.
    const pool = database.pgPool?.() as unknown as pg.Pool;
    const lost = await pool.connect();
    const ended = new Promise<string>((resolve) => lost.once("end", () => resolve("ended")));
    expect(await within(database.close(200).then(() => "closed"))).toBe("closed");
    expect(await within(ended)).toBe("ended");
  });
});
