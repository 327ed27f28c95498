import { type Db, Prisma } from "./client.js";
import { big, num } from "./digest-funnel.js";
import { DEAL_HISTORY_INDEX, isPostgres, sqliteIndex, stageMovesFrom } from "./index-hints.js";

// Pipeline hygiene for the digest, risk alerts and nudges: past-due open deals, deals
// without a next step or without activity, and time in stage from the event log.
// Grouped in SQL; only per-stage rows (or a few deals) come back.

/** Whole days between two instants in SQL (truncated; CAST truncates a positive REAL on SQLite), for the provider of `db` (SQLite and PostgreSQL differ here alone). */
export function daysBetween(db: Db, later: Prisma.Sql, earlier: Prisma.Sql): Prisma.Sql {
  return isPostgres(db)
    ? Prisma.sql`FLOOR(EXTRACT(EPOCH FROM (CAST(${later} AS timestamp) - ${earlier})) / 86400.0)`
    : Prisma.sql`CAST(julianday(${later}) - julianday(${earlier}) AS INTEGER)`;
}

/**
 * SQL for "the deal's close date is before today in its owner's timezone": `todayByZone`
 * maps each timezone owners have to its calendar day; owners without one use `teamToday`.
 */
function pastDueSql(todayByZone: Map<string, string>, teamToday: string): Prisma.Sql {
  if (todayByZone.size === 0) return Prisma.sql`d."closeOn" < ${teamToday}`;
  const cases = Prisma.join(
    [...todayByZone].map(([zone, day]) => Prisma.sql`WHEN ${zone} THEN ${day}`),
    " ",
  );
  return Prisma.sql`d."closeOn" < (CASE u."timezone" ${cases} ELSE ${teamToday} END)`;
}

/** The distinct timezones of people who own open deals (a handful), to compute each one's today. */
export async function ownerTimezones(db: Db): Promise<string[]> {
  const rows = await db.$queryRaw<{ timezone: string }[]>(Prisma.sql`
    SELECT DISTINCT u."timezone" AS "timezone" FROM "User" u WHERE u."timezone" IS NOT NULL`);
  return rows.map((r) => r.timezone);
}

export interface HygieneTotals {
  openCount: number;
  pastDueCount: number;
  pastDueMinor: bigint;
  noNextStep: number;
  /** Open deals with no update or confirmation since `quietSince`. */
  quiet: number;
}

/** Open deals in one currency: past due (in each owner's timezone), without a next step, quiet. */
export async function hygieneTotals(
  db: Db,
  input: {
    currency: string;
    todayByZone: Map<string, string>;
    teamToday: string;
    quietSince: Date;
    ownerId?: string;
  },
): Promise<HygieneTotals> {
  const due = pastDueSql(input.todayByZone, input.teamToday);
  const owner = input.ownerId ? Prisma.sql`AND d."ownerId" = ${input.ownerId}` : Prisma.empty;
  const [row] = await db.$queryRaw<
    { open: unknown; due: unknown; dueAmount: unknown; noNext: unknown; quiet: unknown }[]
  >(Prisma.sql`
    SELECT COUNT(*) AS "open",
           SUM(CASE WHEN ${due} THEN 1 ELSE 0 END) AS "due",
           SUM(CASE WHEN ${due} THEN d."amountMinor" ELSE 0 END) AS "dueAmount",
           SUM(CASE WHEN d."nextStep" IS NULL OR d."nextStep" = '' THEN 1 ELSE 0 END) AS "noNext",
           SUM(CASE WHEN d."lastActivityAt" < ${input.quietSince} THEN 1 ELSE 0 END) AS "quiet"
    FROM "Deal" d LEFT JOIN "User" u ON u."id" = d."ownerId"
    WHERE d."status" = 'open' AND d."currency" = ${input.currency} ${owner}`);
  return {
    openCount: num(row?.open),
    pastDueCount: num(row?.due),
    pastDueMinor: big(row?.dueAmount),
    noNextStep: num(row?.noNext),
    quiet: num(row?.quiet),
  };
}

export interface PastDueDeal {
  id: number;
  name: string;
  ownerId: string;
  amountMinor: bigint;
  currency: string;
  closeOn: string;
}

/** One owner's past-due open deals (close date before their today), oldest close date first. */
export async function pastDueDeals(
  db: Db,
  input: { ownerId: string; today: string; limit: number },
): Promise<PastDueDeal[]> {
  const rows = await db.deal.findMany({
    where: { ownerId: input.ownerId, status: "open", closeOn: { lt: input.today } },
    select: { id: true, name: true, ownerId: true, amountMinor: true, currency: true, closeOn: true },
    orderBy: [{ closeOn: "asc" }, { amountMinor: "desc" }],
    take: input.limit,
  });
  return rows;
}

/** Per stage, a histogram of whole days: how many stays (or open deals) lasted that many days. */
export interface DaysHistogram {
  stageId: number;
  days: number;
  count: number;
}

const MAX_DAYS = 730;

/**
 * How long deals stayed in each stage, from the event log: every stay that ended (a move
 * out of the stage) in [from, to), as days per stage, capped at two years. Only deals
 * with such a move are windowed over (their earlier moves give when each stay began), so
 * the cost follows the window's deals, not the whole history.
 */
export async function stageStays(db: Db, window: { from: Date; to: Date }): Promise<DaysHistogram[]> {
  const key = `${window.from.toISOString().slice(0, 10)}|${window.to.toISOString().slice(0, 10)}`;
  const cache = stayCache.get(db) ?? new Map<string, DaysHistogram[]>();
  stayCache.set(db, cache);
  // Typical stage times move slowly: one computation per window and day, redone when any
  // event was added (the newest event id is one index look-up).
  const latest = await db.dealEvent.aggregate({ _max: { id: true } });
  const version = `${key}|${latest._max.id ?? 0}`;
  const cached = cache.get(version);
  if (cached) return cached;
  const rows = await queryStageStays(db, window);
  if (cache.size >= 4) cache.clear();
  cache.set(version, rows);
  return rows;
}

const stayCache = new WeakMap<Db, Map<string, DaysHistogram[]>>();

async function queryStageStays(db: Db, window: { from: Date; to: Date }): Promise<DaysHistogram[]> {
  const days = daysBetween(db, Prisma.sql`m."at"`, Prisma.sql`m."enteredAt"`);
  const rows = await db.$queryRaw<{ stageId: number; days: unknown; count: unknown }[]>(Prisma.sql`
    WITH moved AS (
      SELECT DISTINCT w."dealId" AS "dealId"
      FROM ${stageMovesFrom(db, "w")}
      WHERE w."toStageId" = s."id" AND w."at" >= ${window.from} AND w."at" < ${window.to} AND w."fromStageId" IS NOT NULL
    ),
    moves AS (
      SELECT e."fromStageId" AS "stageId", e."at" AS "at",
             LAG(e."at") OVER (PARTITION BY e."dealId" ORDER BY e."at", e."id") AS "enteredAt"
      FROM "DealEvent" e ${sqliteIndex(db, DEAL_HISTORY_INDEX)}
      WHERE e."toStageId" IS NOT NULL AND e."at" < ${window.to}
        AND e."dealId" IN (SELECT "dealId" FROM moved)
    )
    SELECT x."stageId" AS "stageId", x."days" AS "days", COUNT(*) AS "count"
    FROM (
      SELECT m."stageId" AS "stageId", CAST(${days} AS INTEGER) AS "days"
      FROM moves m
      WHERE m."at" >= ${window.from} AND m."stageId" IS NOT NULL AND m."enteredAt" IS NOT NULL
    ) x
    GROUP BY x."stageId", x."days"`);
  return rows.map((r) => ({
    stageId: num(r.stageId),
    days: Math.min(MAX_DAYS, Math.max(0, num(r.days))),
    count: num(r.count),
  }));
}

/** Open deals' time in their current stage as of `at` (since the last move into it, else creation). */
export async function openStageAges(
  db: Db,
  input: { currency: string; at: Date; ownerId?: string },
): Promise<DaysHistogram[]> {
  const owner = input.ownerId ? Prisma.sql`AND d."ownerId" = ${input.ownerId}` : Prisma.empty;
  const days = daysBetween(db, Prisma.sql`${input.at}`, Prisma.sql`o."enteredAt"`);
  const rows = await db.$queryRaw<{ stageId: number; days: unknown; count: unknown }[]>(Prisma.sql`
    WITH o AS (
      SELECT d."stageId" AS "stageId",
             COALESCE((SELECT MAX(e."at") FROM "DealEvent" e ${sqliteIndex(db, DEAL_HISTORY_INDEX)}
                       WHERE e."dealId" = d."id" AND e."toStageId" = d."stageId"), d."createdAt") AS "enteredAt"
      FROM "Deal" d
      WHERE d."status" = 'open' AND d."currency" = ${input.currency} ${owner}
    )
    SELECT x."stageId" AS "stageId", x."days" AS "days", COUNT(*) AS "count"
    FROM (SELECT o."stageId" AS "stageId", CAST(${days} AS INTEGER) AS "days" FROM o) x
    GROUP BY x."stageId", x."days"`);
  return rows.map((r) => ({
    stageId: num(r.stageId),
    days: Math.min(MAX_DAYS, Math.max(0, num(r.days))),
    count: num(r.count),
  }));
}
