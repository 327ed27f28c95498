import { type Db, Prisma } from "./client.js";

// Aggregates for the funnel digest and forecasts. Everything is grouped in SQL;
// the rows returned are per stage, per rep or per reason, never per deal or event.
// Written once for SQLite and PostgreSQL: quoted identifiers, CASE instead of FILTER,
// instants compared as bound parameters (the SQLite adapter stores and binds ISO text).

/** Drivers return SUM() as bigint, number or numeric string depending on the provider. */
export const big = (v: unknown): bigint => BigInt(String(v ?? 0).split(".")[0] || "0");
export const num = (v: unknown): number => Number(v ?? 0);

/** Rank of a stage in the funnel: open stages by position, won above all, lost below. */
const STAGE_RANK = Prisma.sql`CASE WHEN s."kind" = 'won' THEN 1000000 WHEN s."kind" = 'lost' THEN -1 ELSE s."position" END`;

export interface StageTotals {
  stageId: number;
  count: number;
  amountMinor: bigint;
  /** Σ amount × probability / 100 (the deal's probability, else its stage's). */
  weightedMinor: bigint;
}

/** Open deals per stage in one currency. */
export async function openTotalsByStage(db: Db, currency: string): Promise<StageTotals[]> {
  const rows = await db.$queryRaw<{ stageId: number; count: unknown; amount: unknown; weighted: unknown }[]>(
    Prisma.sql`
    SELECT d."stageId" AS "stageId", COUNT(*) AS "count", SUM(d."amountMinor") AS "amount",
           SUM(d."amountMinor" * COALESCE(d."probability", s."probability")) AS "weighted"
    FROM "Deal" d JOIN "Stage" s ON s."id" = d."stageId"
    WHERE d."status" = 'open' AND d."currency" = ${currency}
    GROUP BY d."stageId"`,
  );
  return rows.map((r) => ({
    stageId: num(r.stageId),
    count: num(r.count),
    amountMinor: big(r.amount),
    weightedMinor: (big(r.weighted) + 50n) / 100n,
  }));
}

export interface StageConversion {
  stageId: number;
  /** Deals that entered the stage in the window (an event with toStageId = the stage). */
  entered: number;
  /** Of those, deals that reached a later open stage or Won in the window. */
  advanced: number;
}

/**
 * Stage-to-stage conversion from the event log over [from, to): per open stage,
 * the deals that entered it and how many of them went further (a later stage or Won).
 */
export async function stageConversion(db: Db, window: { from: Date; to: Date }): Promise<StageConversion[]> {
  const rows = await db.$queryRaw<{ stageId: number; entered: unknown; advanced: unknown }[]>(Prisma.sql`
    WITH ranked AS (
      SELECT e."dealId" AS "dealId", e."toStageId" AS "stageId", ${STAGE_RANK} AS "rank"
      FROM "DealEvent" e JOIN "Stage" s ON s."id" = e."toStageId"
      WHERE e."at" >= ${window.from} AND e."at" < ${window.to}
    ),
    best AS (SELECT "dealId", MAX("rank") AS "top" FROM ranked GROUP BY "dealId"),
    entered AS (
      SELECT DISTINCT "dealId", "stageId", "rank" FROM ranked WHERE "rank" >= 0 AND "rank" < 1000000
    )
    SELECT en."stageId" AS "stageId", COUNT(*) AS "entered",
           SUM(CASE WHEN b."top" > en."rank" THEN 1 ELSE 0 END) AS "advanced"
    FROM entered en JOIN best b ON b."dealId" = en."dealId"
    GROUP BY en."stageId"`);
  return rows.map((r) => ({ stageId: num(r.stageId), entered: num(r.entered), advanced: num(r.advanced) }));
}

export interface StageOutcomes {
  stageId: number;
  won: number;
  lost: number;
}

/** Per stage: of the deals that reached it in [from, to), how many are now won and how many lost. */
export async function outcomesByStageReached(
  db: Db,
  window: { from: Date; to: Date },
): Promise<StageOutcomes[]> {
  const rows = await db.$queryRaw<{ stageId: number; won: unknown; lost: unknown }[]>(Prisma.sql`
    WITH reached AS (
      SELECT DISTINCT e."dealId" AS "dealId", e."toStageId" AS "stageId"
      FROM "DealEvent" e
      WHERE e."at" >= ${window.from} AND e."at" < ${window.to} AND e."toStageId" IS NOT NULL
    )
    SELECT r."stageId" AS "stageId",
           SUM(CASE WHEN d."status" = 'won' THEN 1 ELSE 0 END) AS "won",
           SUM(CASE WHEN d."status" = 'lost' THEN 1 ELSE 0 END) AS "lost"
    FROM reached r JOIN "Deal" d ON d."id" = r."dealId"
    GROUP BY r."stageId"`);
  return rows.map((r) => ({ stageId: num(r.stageId), won: num(r.won), lost: num(r.lost) }));
}

export interface ClosingTotals extends StageTotals {
  /** Deals the reps committed: probability ≥ 75%, or confirmed by the owner for their close month. */
  committedCount: number;
  committedMinor: bigint;
}

export const COMMIT_PROBABILITY = 75;

/**
 * Open deals expected to close between two days (inclusive), per stage; optionally one owner's.
 * A deal is committed when its probability is at least 75% or when a "committed" event
 * names its close month (`{"month":{"from":…,"to":"2026-11"}}`).
 */
export async function openClosingByStage(
  db: Db,
  input: { currency: string; firstDay: string; lastDay: string; ownerId?: string },
): Promise<ClosingTotals[]> {
  const owner = input.ownerId ? Prisma.sql`AND d."ownerId" = ${input.ownerId}` : Prisma.empty;
  const committed = Prisma.sql`(COALESCE(d."probability", s."probability") >= ${COMMIT_PROBABILITY} OR EXISTS (
      SELECT 1 FROM "DealEvent" c
      WHERE c."dealId" = d."id" AND c."kind" = 'committed'
        AND c."changes" LIKE ('%"to":"' || SUBSTR(d."closeOn", 1, 7) || '"%')))`;
  const rows = await db.$queryRaw<
    {
      stageId: number;
      count: unknown;
      amount: unknown;
      weighted: unknown;
      committedCount: unknown;
      committedAmount: unknown;
    }[]
  >(Prisma.sql`
    SELECT d."stageId" AS "stageId", COUNT(*) AS "count", SUM(d."amountMinor") AS "amount",
           SUM(d."amountMinor" * COALESCE(d."probability", s."probability")) AS "weighted",
           SUM(CASE WHEN ${committed} THEN 1 ELSE 0 END) AS "committedCount",
           SUM(CASE WHEN ${committed} THEN d."amountMinor" ELSE 0 END) AS "committedAmount"
    FROM "Deal" d JOIN "Stage" s ON s."id" = d."stageId"
    WHERE d."status" = 'open' AND d."currency" = ${input.currency}
      AND d."closeOn" >= ${input.firstDay} AND d."closeOn" <= ${input.lastDay} ${owner}
    GROUP BY d."stageId"`);
  return rows.map((r) => ({
    stageId: num(r.stageId),
    count: num(r.count),
    amountMinor: big(r.amount),
    weightedMinor: (big(r.weighted) + 50n) / 100n,
    committedCount: num(r.committedCount),
    committedMinor: big(r.committedAmount),
  }));
}

/** Deals won in [from, to) in one currency; optionally one owner's. */
export async function wonBetween(
  db: Db,
  input: { currency: string; from: Date; to: Date; ownerId?: string },
): Promise<{ count: number; amountMinor: bigint }> {
  const owner = input.ownerId ? Prisma.sql`AND d."ownerId" = ${input.ownerId}` : Prisma.empty;
  const [row] = await db.$queryRaw<{ count: unknown; amount: unknown }[]>(Prisma.sql`
    SELECT COUNT(*) AS "count", SUM(d."amountMinor") AS "amount" FROM "Deal" d
    WHERE d."status" = 'won' AND d."currency" = ${input.currency}
      AND d."closedAt" >= ${input.from} AND d."closedAt" < ${input.to} ${owner}`);
  return { count: num(row?.count), amountMinor: big(row?.amount) };
}

export interface LossReasonTotals {
  lossReasonId: number | null;
  count: number;
  amountMinor: bigint;
}

/** Deals lost in [from, to) per loss reason. */
export async function lossesByReason(
  db: Db,
  input: { currency: string; from: Date; to: Date },
): Promise<LossReasonTotals[]> {
  const rows = await db.$queryRaw<{ lossReasonId: number | null; count: unknown; amount: unknown }[]>(
    Prisma.sql`
    SELECT d."lossReasonId" AS "lossReasonId", COUNT(*) AS "count", SUM(d."amountMinor") AS "amount"
    FROM "Deal" d
    WHERE d."status" = 'lost' AND d."currency" = ${input.currency}
      AND d."closedAt" >= ${input.from} AND d."closedAt" < ${input.to}
    GROUP BY d."lossReasonId"`,
  );
  return rows.map((r) => ({
    lossReasonId: r.lossReasonId === null ? null : num(r.lossReasonId),
    count: num(r.count),
    amountMinor: big(r.amount),
  }));
}

export interface CloserRow {
  id: number;
  name: string;
  amountMinor: bigint;
  closeOn: string;
  probability: number;
}

/** One owner's open deals closing between two days, most likely and biggest first. */
export async function openDealsClosing(
  db: Db,
  input: { ownerId: string; currency: string; firstDay: string; lastDay: string; limit: number },
): Promise<CloserRow[]> {
  const rows = await db.$queryRaw<
    { id: number; name: string; amount: unknown; closeOn: string; probability: unknown }[]
  >(Prisma.sql`
    SELECT d."id" AS "id", d."name" AS "name", d."amountMinor" AS "amount", d."closeOn" AS "closeOn",
           COALESCE(d."probability", s."probability") AS "probability"
    FROM "Deal" d JOIN "Stage" s ON s."id" = d."stageId"
    WHERE d."status" = 'open' AND d."ownerId" = ${input.ownerId} AND d."currency" = ${input.currency}
      AND d."closeOn" >= ${input.firstDay} AND d."closeOn" <= ${input.lastDay}
    ORDER BY COALESCE(d."probability", s."probability") DESC, d."amountMinor" DESC, d."id"
    LIMIT ${input.limit}`);
  return rows.map((r) => ({
    id: num(r.id),
    name: r.name,
    amountMinor: big(r.amount),
    closeOn: r.closeOn,
    probability: num(r.probability),
  }));
}
