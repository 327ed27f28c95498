import { type Db, Prisma } from "./client.js";
import { CATEGORY_SQL } from "./forecast-category.js";
import { stageMovesFrom } from "./index-hints.js";

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

/** Open deals per stage in one currency; optionally one owner's. */
export async function openTotalsByStage(db: Db, currency: string, ownerId?: string): Promise<StageTotals[]> {
  const owner = ownerId ? Prisma.sql`AND d."ownerId" = ${ownerId}` : Prisma.empty;
  const rows = await db.$queryRaw<{ stageId: number; count: unknown; amount: unknown; weighted: unknown }[]>(
    Prisma.sql`
    SELECT d."stageId" AS "stageId", COUNT(*) AS "count", SUM(d."amountMinor") AS "amount",
           SUM(d."amountMinor" * COALESCE(d."probability", s."probability")) AS "weighted"
    FROM "Deal" d JOIN "Stage" s ON s."id" = d."stageId"
    WHERE d."status" = 'open' AND d."currency" = ${currency} ${owner}
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
  /** Of those, deals that have since reached a later open stage or Won (up to `asOf`). */
  advanced: number;
  /** Of those, deals lost without going further. */
  lost: number;
  /** Of those, deals neither advanced nor lost that entered too recently to judge (see `maturedBefore`). */
  undecided: number;
}

/**
 * Stage-to-stage conversion from the event log: per open stage, the deals that entered it
 * in [from, to), how many have gone further by `asOf`, how many were lost, and how many
 * are still undecided and entered after their stage's `maturedBefore` instant (too recently
 * for staying put to mean anything). `maturedBefore` maps stage ids to that instant;
 * other stages use `defaultMaturedBefore`.
 *
 * The stage moves since `from` are read through the (toStageId, at, dealId) index, per stage
 * a range of the window, and grouped once per deal: when it first entered each open stage,
 * and the highest and lowest stage it reached. (Grouping per deal and stage, then joining
 * each entry to its deal's outcome, cost three times as much on SQLite.)
 */
export async function stageConversion(db: Db, window: ConversionWindow): Promise<StageConversion[]> {
  return (await conversionQuery(db, window, false)).conversion;
}

/**
 * stageConversion, and the outcomes by stage reached over the same events ([from, asOf)), from
 * one pass over them: the digest's 12 months of moves read and grouped once, not twice. (On
 * PostgreSQL two queries at once on two connections were slower: each grouped the moves in a
 * parallel worker of its own, four processes on two cores; bench/digest-profile.)
 */
export function stageConversionAndOutcomes(
  db: Db,
  window: ConversionWindow,
): Promise<{ conversion: StageConversion[]; outcomes: StageOutcomes[] }> {
  return conversionQuery(db, window, true);
}

export interface ConversionWindow {
  from: Date;
  to: Date;
  asOf: Date;
  maturedBefore: Map<number, Date>;
  defaultMaturedBefore: Date;
  /** Only this owner's deals (as they are owned now). */
  ownerId?: string;
}

async function conversionQuery(
  db: Db,
  window: ConversionWindow,
  withOutcomes: boolean,
): Promise<{ conversion: StageConversion[]; outcomes: StageOutcomes[] }> {
  const all = await db.stage.findMany({
    select: { id: true, position: true, kind: true },
    orderBy: { position: "asc" },
  });
  const stages = all.filter((s) => s.kind === "open");
  const owner = window.ownerId
    ? Prisma.sql`AND e."dealId" IN (SELECT x."id" FROM "Deal" x WHERE x."ownerId" = ${window.ownerId})`
    : Prisma.empty;
  const col = (name: string, stageId: number) => Prisma.raw(`"${name}${stageId}"`);
  const perDeal = [
    ...stages.map(
      (s) => Prisma.sql`MIN(CASE WHEN e."toStageId" = ${s.id} THEN e."at" END) AS ${col("at", s.id)}`,
    ),
    ...(withOutcomes ? all : []).map(
      (s) => Prisma.sql`MAX(CASE WHEN e."toStageId" = ${s.id} THEN 1 ELSE 0 END) AS ${col("reached", s.id)}`,
    ),
  ];
  const perStage = stages.map((s) => {
    const entered = Prisma.sql`d.${col("at", s.id)} < ${window.to}`;
    const stayed = Prisma.sql`${entered} AND d."top" <= ${s.position}`;
    // Each instant is compared with the column directly (a bare parameter in a CASE would
    // be text on PostgreSQL, not a timestamp).
    const matured = window.maturedBefore.get(s.id) ?? window.defaultMaturedBefore;
    return Prisma.sql`
      SUM(CASE WHEN ${entered} THEN 1 ELSE 0 END) AS ${col("entered", s.id)},
      SUM(CASE WHEN ${entered} AND d."top" > ${s.position} THEN 1 ELSE 0 END) AS ${col("advanced", s.id)},
      SUM(CASE WHEN ${stayed} AND d."bottom" = -1 THEN 1 ELSE 0 END) AS ${col("lost", s.id)},
      SUM(CASE WHEN ${stayed} AND d."bottom" <> -1 AND d.${col("at", s.id)} >= ${matured} THEN 1 ELSE 0 END)
        AS ${col("undecided", s.id)}`;
  });
  // Of the deals that reached each stage in the window, how many are now won and lost.
  const outcomes = (withOutcomes ? all : []).map(
    (s) => Prisma.sql`
      SUM(CASE WHEN x."status" = 'won' THEN d.${col("reached", s.id)} ELSE 0 END) AS ${col("won", s.id)},
      SUM(CASE WHEN x."status" = 'lost' THEN d.${col("reached", s.id)} ELSE 0 END) AS ${col("closedLost", s.id)},
      MAX(d.${col("reached", s.id)}) AS ${col("any", s.id)}`,
  );
  const sums = [...perStage, ...outcomes];
  if (sums.length === 0) return { conversion: [], outcomes: [] };
  const [row = {}] = await db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
    SELECT ${Prisma.join(sums)}
    FROM (
      SELECT e."dealId" AS "dealId", MAX(${STAGE_RANK}) AS "top", MIN(${STAGE_RANK}) AS "bottom"
             ${perDeal.length > 0 ? Prisma.sql`, ${Prisma.join(perDeal)}` : Prisma.empty}
      FROM ${stageMovesFrom(db, "e")}
      WHERE e."toStageId" = s."id" AND e."at" >= ${window.from} AND e."at" < ${window.asOf} ${owner}
      GROUP BY e."dealId"
    ) d ${withOutcomes ? Prisma.sql`JOIN "Deal" x ON x."id" = d."dealId"` : Prisma.empty}`);
  return {
    conversion: stages
      .map((s) => ({
        stageId: s.id,
        entered: num(row[`entered${s.id}`]),
        advanced: num(row[`advanced${s.id}`]),
        lost: num(row[`lost${s.id}`]),
        undecided: num(row[`undecided${s.id}`]),
      }))
      .filter((r) => r.entered > 0),
    outcomes: (withOutcomes ? all : [])
      .filter((s) => num(row[`any${s.id}`]) > 0)
      .map((s) => ({ stageId: s.id, won: num(row[`won${s.id}`]), lost: num(row[`closedLost${s.id}`]) })),
  };
}

/** Per stage: of the deals that reached it in the window, how many are now won and how many lost. */
export interface StageOutcomes {
  stageId: number;
  won: number;
  lost: number;
}

export interface ClosingTotals extends StageTotals {
  /** Deals in Commit: the rep's (or the stage's default) forecast category. */
  committedCount: number;
  committedMinor: bigint;
  /** Deals in Best case. */
  bestCount: number;
  bestMinor: bigint;
}

/**
 * Open deals expected to close between two days (inclusive), per stage; optionally one owner's,
 * with the amounts in Commit and in Best case (see CATEGORY_SQL).
 */
export async function openClosingByStage(
  db: Db,
  input: { currency: string; firstDay: string; lastDay: string; ownerId?: string },
): Promise<ClosingTotals[]> {
  const owner = input.ownerId ? Prisma.sql`AND d."ownerId" = ${input.ownerId}` : Prisma.empty;
  const rows = await db.$queryRaw<
    {
      stageId: number;
      count: unknown;
      amount: unknown;
      weighted: unknown;
      committedCount: unknown;
      committedAmount: unknown;
      bestCount: unknown;
      bestAmount: unknown;
    }[]
  >(Prisma.sql`
    SELECT c."stageId" AS "stageId", COUNT(*) AS "count", SUM(c."amountMinor") AS "amount",
           SUM(c."amountMinor" * c."probability") AS "weighted",
           SUM(CASE WHEN c."category" = 'commit' THEN 1 ELSE 0 END) AS "committedCount",
           SUM(CASE WHEN c."category" = 'commit' THEN c."amountMinor" ELSE 0 END) AS "committedAmount",
           SUM(CASE WHEN c."category" = 'best' THEN 1 ELSE 0 END) AS "bestCount",
           SUM(CASE WHEN c."category" = 'best' THEN c."amountMinor" ELSE 0 END) AS "bestAmount"
    FROM (
      SELECT d."stageId" AS "stageId", d."amountMinor" AS "amountMinor",
             COALESCE(d."probability", s."probability") AS "probability", ${CATEGORY_SQL} AS "category"
      FROM "Deal" d JOIN "Stage" s ON s."id" = d."stageId"
      WHERE d."status" = 'open' AND d."currency" = ${input.currency}
        AND d."closeOn" >= ${input.firstDay} AND d."closeOn" <= ${input.lastDay} ${owner}
    ) c
    GROUP BY c."stageId"`);
  return rows.map((r) => ({
    stageId: num(r.stageId),
    count: num(r.count),
    amountMinor: big(r.amount),
    weightedMinor: (big(r.weighted) + 50n) / 100n,
    committedCount: num(r.committedCount),
    committedMinor: big(r.committedAmount),
    bestCount: num(r.bestCount),
    bestMinor: big(r.bestAmount),
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
