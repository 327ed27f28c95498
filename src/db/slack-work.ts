import type { PgPool } from "./adapter.js";
import { type Db, isUniqueViolation, type SqliteNow, sqliteTimestamp } from "./client.js";

export interface WorkRow {
  id: number;
  key: string;
  kind: string;
  body: string;
  userId: string | null;
  receivedAt: Date;
  attempts: number;
}

const workSelect = {
  id: true,
  key: true,
  kind: true,
  body: true,
  userId: true,
  receivedAt: true,
  attempts: true,
} as const;

/**
 * Records accepted work, claimed by `instanceId` until `leaseUntil`. Returns
 * its id, or null when a row with this key exists already (a replay of the same request).
 */
export interface NewWork {
  key: string;
  kind: string;
  body: string;
  userId: string | null;
  now: Date;
  instanceId: string;
  leaseUntil: Date;
}

export async function insertWork(db: Db, input: NewWork): Promise<number | null> {
  try {
    const row = await db.slackWork.create({
      data: {
        key: input.key,
        kind: input.kind,
        body: input.body,
        userId: input.userId,
        receivedAt: input.now,
        claimedBy: input.instanceId,
        leaseUntil: input.leaseUntil,
        attempts: 1,
      },
      select: { id: true },
    });
    return row.id;
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}

/**
 * The same as insertWork, synchronously, on SQLite's connection while no transaction is open
 * on it (a write then would land inside that transaction, and be undone with it). Returns
 * undefined when it cannot run now: the caller uses insertWork. One prepared statement, no
 * Prisma query compilation: microseconds instead of milliseconds, which the ack waits for.
 */
export function insertWorkAtOnce(sqlite: SqliteNow, input: NewWork): number | null | undefined {
  return sqlite.run((connection) => {
    const row = connection
      .prepare(
        `INSERT INTO "SlackWork" ("key", "kind", "body", "userId", "receivedAt", "claimedBy", "leaseUntil", "attempts")
         VALUES (?, ?, ?, ?, ?, ?, ?, 1) ON CONFLICT ("key") DO NOTHING RETURNING "id"`,
      )
      .get(
        input.key,
        input.kind,
        input.body,
        input.userId,
        sqliteTimestamp(input.now),
        input.instanceId,
        sqliteTimestamp(input.leaseUntil),
      ) as { id: number | bigint } | undefined;
    return row ? Number(row.id) : null;
  });
}

/** finishWork, synchronously on SQLite's idle connection (see insertWorkAtOnce); undefined when it cannot run now. */
export function finishWorkAtOnce(sqlite: SqliteNow, id: number, now: Date): true | undefined {
  return sqlite.run((connection) => {
    connection
      .prepare(`UPDATE "SlackWork" SET "doneAt" = ?, "lastError" = NULL WHERE "id" = ?`)
      .run(sqliteTimestamp(now), id);
    return true as const;
  });
}

/** finishWork as one named statement on PostgreSQL's pool; undefined when the pool is not open yet. */
export function finishWorkOnPool(pool: PgPool | undefined, id: number, now: Date): Promise<void> | undefined {
  if (!pool) return undefined;
  return pool
    .query({
      name: "dealbot-finish-slack-work",
      text: `UPDATE "SlackWork" SET "doneAt" = $1, "lastError" = NULL WHERE "id" = $2`,
      values: [utcTimestamp(now), id],
    })
    .then(() => undefined);
}

/** A timestamp(3) column holds UTC without a zone, as Prisma writes it. */
export const utcTimestamp = (date: Date) => date.toISOString().replace("Z", "");

/**
 * Claims up to `limit` unfinished rows whose lease has run out (or every
 * unfinished row with `ignoreLeases`: a single process starting, whose
 * predecessor is certainly gone). Each row is taken with a compare-and-set on
 * its lease, so of several replicas claiming at once exactly one gets it.
 */
export async function claimDueWork(
  db: Db,
  input: { instanceId: string; now: Date; leaseUntil: Date; limit: number; ignoreLeases?: boolean },
): Promise<WorkRow[]> {
  const candidates = await db.slackWork.findMany({
    where: { doneAt: null, ...(input.ignoreLeases ? {} : { leaseUntil: { lte: input.now } }) },
    select: { ...workSelect, leaseUntil: true },
    orderBy: { id: "asc" },
    take: input.limit,
  });
  const claimed: WorkRow[] = [];
  for (const { leaseUntil, ...row } of candidates) {
    const taken = await db.slackWork.updateMany({
      where: { id: row.id, doneAt: null, leaseUntil },
      data: { claimedBy: input.instanceId, leaseUntil: input.leaseUntil, attempts: { increment: 1 } },
    });
    if (taken.count === 1) claimed.push({ ...row, attempts: row.attempts + 1 });
  }
  return claimed;
}

/** Extends the lease of rows still being worked on by this process. */
export async function renewWork(db: Db, ids: number[], instanceId: string, leaseUntil: Date): Promise<void> {
  if (ids.length === 0) return;
  await db.slackWork.updateMany({
    where: { id: { in: ids }, claimedBy: instanceId, doneAt: null },
    data: { leaseUntil },
  });
}

export async function finishWork(db: Db, id: number, now: Date): Promise<void> {
  await db.slackWork.update({ where: { id }, data: { doneAt: now, lastError: null } });
}

/** The attempt failed: any process may try again from `retryAt`. */
export async function retryWorkLater(db: Db, id: number, retryAt: Date, error: string): Promise<void> {
  await db.slackWork.update({
    where: { id },
    data: { leaseUntil: retryAt, lastError: error.slice(0, 1000) },
  });
}

/** Gives up on a row (it failed too often): kept, with its error, for an operator to see. */
export async function abandonWork(db: Db, id: number, now: Date, error: string): Promise<void> {
  await db.slackWork.update({
    where: { id },
    data: { doneAt: now, lastError: `gave up: ${error}`.slice(0, 1000) },
  });
}

/** How many rows are not done (for shutdown logs and tests). */
export async function countUnfinishedWork(db: Db): Promise<number> {
  return db.slackWork.count({ where: { doneAt: null } });
}

/** Forgets finished rows older than `before`. */
export async function purgeFinishedWork(db: Db, before: Date): Promise<number> {
  const { count } = await db.slackWork.deleteMany({ where: { doneAt: { lt: before } } });
  return count;
}
