import { type Db, Prisma } from "./client.js";
import { big, num } from "./digest-funnel.js";
import { CATEGORY_SQL } from "./forecast-category.js";

// The forecast call: per rep, won + Commit and won + Commit + Best case for a period,
// and the calls managers record for their team.

export interface OwnerForecast {
  ownerId: string;
  wonCount: number;
  wonMinor: bigint;
  commitCount: number;
  commitMinor: bigint;
  bestMinor: bigint;
  openMinor: bigint;
  weightedMinor: bigint;
}

/** Per owner (of those given): won in [from, to), and open deals closing in [firstDay, lastDay] by category. */
export async function forecastByOwner(
  db: Db,
  input: { currency: string; ownerIds: string[]; from: Date; to: Date; firstDay: string; lastDay: string },
): Promise<OwnerForecast[]> {
  if (input.ownerIds.length === 0) return [];
  const owners = Prisma.join(input.ownerIds);
  const [won, open] = await Promise.all([
    db.$queryRaw<{ ownerId: string; n: unknown; amount: unknown }[]>(Prisma.sql`
      SELECT d."ownerId" AS "ownerId", COUNT(*) AS "n", SUM(d."amountMinor") AS "amount" FROM "Deal" d
      WHERE d."status" = 'won' AND d."currency" = ${input.currency} AND d."ownerId" IN (${owners})
        AND d."closedAt" >= ${input.from} AND d."closedAt" < ${input.to}
      GROUP BY d."ownerId"`),
    db.$queryRaw<
      {
        ownerId: string;
        commitN: unknown;
        commit: unknown;
        best: unknown;
        amount: unknown;
        weighted: unknown;
      }[]
    >(Prisma.sql`
      SELECT c."ownerId" AS "ownerId",
             SUM(CASE WHEN c."category" = 'commit' THEN 1 ELSE 0 END) AS "commitN",
             SUM(CASE WHEN c."category" = 'commit' THEN c."amountMinor" ELSE 0 END) AS "commit",
             SUM(CASE WHEN c."category" = 'best' THEN c."amountMinor" ELSE 0 END) AS "best",
             SUM(c."amountMinor") AS "amount", SUM(c."amountMinor" * c."probability") AS "weighted"
      FROM (
        SELECT d."ownerId" AS "ownerId", d."amountMinor" AS "amountMinor",
               COALESCE(d."probability", s."probability") AS "probability", ${CATEGORY_SQL} AS "category"
        FROM "Deal" d JOIN "Stage" s ON s."id" = d."stageId"
        WHERE d."status" = 'open' AND d."currency" = ${input.currency} AND d."ownerId" IN (${owners})
          AND d."closeOn" >= ${input.firstDay} AND d."closeOn" <= ${input.lastDay}
      ) c
      GROUP BY c."ownerId"`),
  ]);
  return input.ownerIds.map((ownerId) => {
    const w = won.find((r) => r.ownerId === ownerId);
    const o = open.find((r) => r.ownerId === ownerId);
    return {
      ownerId,
      wonCount: num(w?.n),
      wonMinor: big(w?.amount),
      commitCount: num(o?.commitN),
      commitMinor: big(o?.commit),
      bestMinor: big(o?.best),
      openMinor: big(o?.amount),
      weightedMinor: (big(o?.weighted) + 50n) / 100n,
    };
  });
}

export interface ForecastCallRow {
  subject: string;
  period: string;
  amountMinor: bigint;
  currency: string;
  recordedAt: Date;
}

export async function recordForecastCall(db: Db, call: ForecastCallRow): Promise<void> {
  await db.forecastCall.create({ data: call });
}

/** The latest call per period for a subject. */
export async function latestForecastCalls(
  db: Db,
  input: { subject: string; periods: string[] },
): Promise<Map<string, ForecastCallRow>> {
  const rows = await db.forecastCall.findMany({
    where: { subject: input.subject, period: { in: input.periods } },
    select: { subject: true, period: true, amountMinor: true, currency: true, recordedAt: true },
    orderBy: [{ recordedAt: "desc" }, { id: "desc" }],
  });
  const latest = new Map<string, ForecastCallRow>();
  for (const r of rows) if (!latest.has(r.period)) latest.set(r.period, r);
  return latest;
}
