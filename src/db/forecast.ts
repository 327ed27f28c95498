import { type Db, Prisma } from "./client.js";
import { CATEGORY_SQL } from "./forecast-category.js";

export interface OwnerMonthFigures {
  ownerId: string;
  currency: string;
  openCount: number;
  openAmountMinor: bigint;
  weightedMinor: bigint;
  wonCount: number;
  wonAmountMinor: bigint;
  lostCount: number;
  lostAmountMinor: bigint;
  /** Open deals closing in the month in Commit, and the amount in Best case. */
  commitCount: number;
  commitMinor: bigint;
  bestCaseMinor: bigint;
}

const big = (v: unknown) => BigInt(String(v ?? 0).split(".")[0] ?? "0");

/**
 * Per owner and currency: open deals expected to close in the month (count,
 * amount, weighted) and deals won and lost in it so far. Aggregated in SQL.
 */
export async function monthFiguresByOwner(
  db: Db,
  month: { firstDay: string; lastDay: string; start: Date; end: Date },
): Promise<OwnerMonthFigures[]> {
  const open = await db.$queryRaw<
    {
      ownerId: string;
      currency: string;
      n: unknown;
      amount: unknown;
      weighted: unknown;
      commitN: unknown;
      commit: unknown;
      best: unknown;
    }[]
  >(Prisma.sql`
    SELECT d."ownerId" AS "ownerId", d."currency" AS "currency", COUNT(*) AS "n", SUM(d."amountMinor") AS "amount",
           SUM(d."amountMinor" * COALESCE(d."probability", s."probability")) AS "weighted",
           SUM(CASE WHEN ${CATEGORY_SQL} = 'commit' THEN 1 ELSE 0 END) AS "commitN",
           SUM(CASE WHEN ${CATEGORY_SQL} = 'commit' THEN d."amountMinor" ELSE 0 END) AS "commit",
           SUM(CASE WHEN ${CATEGORY_SQL} = 'best' THEN d."amountMinor" ELSE 0 END) AS "best"
    FROM "Deal" d JOIN "Stage" s ON s."id" = d."stageId"
    WHERE d."status" = 'open' AND d."closeOn" >= ${month.firstDay} AND d."closeOn" <= ${month.lastDay}
    GROUP BY d."ownerId", d."currency"`);
  const closed = await db.deal.groupBy({
    by: ["ownerId", "currency", "status"],
    where: { status: { in: ["won", "lost"] }, closedAt: { gte: month.start, lt: month.end } },
    _count: { _all: true },
    _sum: { amountMinor: true },
  });
  const rows = new Map<string, OwnerMonthFigures>();
  const row = (ownerId: string, currency: string) => {
    const key = `${ownerId}\u0000${currency}`;
    let r = rows.get(key);
    if (!r) {
      r = {
        ownerId,
        currency,
        openCount: 0,
        openAmountMinor: 0n,
        weightedMinor: 0n,
        wonCount: 0,
        wonAmountMinor: 0n,
        lostCount: 0,
        lostAmountMinor: 0n,
        commitCount: 0,
        commitMinor: 0n,
        bestCaseMinor: 0n,
      };
      rows.set(key, r);
    }
    return r;
  };
  for (const o of open) {
    const r = row(o.ownerId, o.currency);
    r.openCount = Number(o.n);
    r.openAmountMinor = big(o.amount);
    r.weightedMinor = (big(o.weighted) + 50n) / 100n;
    r.commitCount = Number(o.commitN);
    r.commitMinor = big(o.commit);
    r.bestCaseMinor = big(o.best);
  }
  for (const c of closed) {
    const r = row(c.ownerId, c.currency);
    if (c.status === "won") {
      r.wonCount = c._count._all;
      r.wonAmountMinor = c._sum.amountMinor ?? 0n;
    } else {
      r.lostCount = c._count._all;
      r.lostAmountMinor = c._sum.amountMinor ?? 0n;
    }
  }
  return [...rows.values()];
}

export type SnapshotRow = Omit<Prisma.ForecastSnapshotUncheckedCreateInput, "id">;

/** Stores snapshot rows; taking the same month's snapshot again replaces it. */
export async function saveForecastSnapshots(db: Db, rows: SnapshotRow[]): Promise<void> {
  await db.$transaction(async (tx) => {
    for (const r of rows) {
      const { month, kind, subject, currency, ...figures } = r;
      await tx.forecastSnapshot.upsert({
        where: { month_kind_subject_currency: { month, kind, subject, currency } },
        create: r,
        update: figures,
      });
    }
  });
}

export async function findForecastSnapshots(db: Db, month: string) {
  return db.forecastSnapshot.findMany({ where: { month }, orderBy: [{ kind: "asc" }, { subject: "asc" }] });
}
