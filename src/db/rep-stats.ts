import { type Db, Prisma } from "./client.js";
import { big, num } from "./digest-funnel.js";
import { daysBetween } from "./digest-hygiene.js";

// Per-rep diagnostics for `/deal stats`: closed deals per owner over a window.

export interface OwnerClosed {
  ownerId: string;
  wonCount: number;
  wonMinor: bigint;
  lostCount: number;
  /** Σ days from creation to close over won deals (for the average cycle). */
  wonCycleDays: number;
}

/** Per owner: deals won and lost in [from, to), and the days won deals took from creation. */
export async function closedByOwner(
  db: Db,
  input: { currency: string; from: Date; to: Date },
): Promise<OwnerClosed[]> {
  const days = daysBetween(db, Prisma.sql`d."closedAt"`, Prisma.sql`d."createdAt"`);
  const rows = await db.$queryRaw<
    { ownerId: string; won: unknown; amount: unknown; lost: unknown; cycle: unknown }[]
  >(Prisma.sql`
    SELECT d."ownerId" AS "ownerId",
           SUM(CASE WHEN d."status" = 'won' THEN 1 ELSE 0 END) AS "won",
           SUM(CASE WHEN d."status" = 'won' THEN d."amountMinor" ELSE 0 END) AS "amount",
           SUM(CASE WHEN d."status" = 'lost' THEN 1 ELSE 0 END) AS "lost",
           SUM(CASE WHEN d."status" = 'won' THEN ${days} ELSE 0 END) AS "cycle"
    FROM "Deal" d
    WHERE d."status" IN ('won', 'lost') AND d."currency" = ${input.currency}
      AND d."closedAt" >= ${input.from} AND d."closedAt" < ${input.to}
    GROUP BY d."ownerId"`);
  return rows.map((r) => ({
    ownerId: r.ownerId,
    wonCount: num(r.won),
    wonMinor: big(r.amount),
    lostCount: num(r.lost),
    wonCycleDays: num(r.cycle),
  }));
}
