import { type Db, Prisma } from "./client.js";

export interface OwnerTotals {
  ownerId: string;
  currency: string;
  count: number;
  amountMinor: bigint;
  /** Σ amount × probability / 100, probability being the deal's own or its stage's. */
  weightedMinor: bigint;
}

// Drivers return SUM() as bigint, number or numeric string depending on the provider.
const big = (v: unknown) => BigInt(String(v ?? 0).split(".")[0] ?? "0");

/** Open pipeline per owner and currency, aggregated in SQL. */
export async function openTotalsByOwner(db: Db, ownerIds: string[]): Promise<OwnerTotals[]> {
  if (ownerIds.length === 0) return [];
  const rows = await db.$queryRaw<
    { ownerId: string; currency: string; count: unknown; amount: unknown; weighted: unknown }[]
  >(Prisma.sql`
    SELECT d."ownerId" AS "ownerId", d."currency" AS "currency", COUNT(*) AS "count",
           SUM(d."amountMinor") AS "amount",
           SUM(d."amountMinor" * COALESCE(d."probability", s."probability")) AS "weighted"
    FROM "Deal" d JOIN "Stage" s ON s."id" = d."stageId"
    WHERE d."status" = 'open' AND d."ownerId" IN (${Prisma.join(ownerIds)})
    GROUP BY d."ownerId", d."currency"
    ORDER BY d."ownerId", d."currency"`);
  return rows.map((r) => ({
    ownerId: r.ownerId,
    currency: r.currency,
    count: Number(r.count),
    amountMinor: big(r.amount),
    weightedMinor: (big(r.weighted) + 50n) / 100n,
  }));
}
