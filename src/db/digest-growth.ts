import { type Db, Prisma } from "./client.js";
import { big, num } from "./digest-funnel.js";

// Aggregates for the digest's growth sections: prospect flow, segments, contact upkeep.
// Grouped in SQL, written once for SQLite and PostgreSQL (see digest-funnel.ts).

/** Deals created in [from, to) in one currency: how many and their value. */
export async function newDeals(
  db: Db,
  input: { currency: string; from: Date; to: Date },
): Promise<{ count: number; amountMinor: bigint }> {
  const [row] = await db.$queryRaw<{ count: unknown; amount: unknown }[]>(Prisma.sql`
    SELECT COUNT(*) AS "count", SUM(d."amountMinor") AS "amount" FROM "Deal" d
    WHERE d."currency" = ${input.currency} AND d."createdAt" >= ${input.from} AND d."createdAt" < ${input.to}`);
  return { count: num(row?.count), amountMinor: big(row?.amount) };
}

/**
 * Accounts whose first won deal closed in [from, to): new customers (names, a few). Starts from
 * the deals won in the window and checks each account has no earlier win (an index look-up),
 * rather than finding every account's first win over the whole history.
 */
export async function newCustomers(
  db: Db,
  input: { from: Date; to: Date; limit: number },
): Promise<{ count: number; names: string[] }> {
  const rows = await db.$queryRaw<{ name: string }[]>(Prisma.sql`
    SELECT a."name" AS "name" FROM "Account" a
    WHERE a."id" IN (SELECT d."accountId" FROM "Deal" d
                     WHERE d."status" = 'won' AND d."closedAt" >= ${input.from} AND d."closedAt" < ${input.to})
      AND NOT EXISTS (SELECT 1 FROM "Deal" p
                      WHERE p."accountId" = a."id" AND p."status" = 'won' AND p."closedAt" < ${input.from})
    ORDER BY a."name"`);
  return { count: rows.length, names: rows.slice(0, input.limit).map((r) => r.name) };
}

export interface SegmentTotals {
  segment: string | null;
  openCount: number;
  openMinor: bigint;
  wonCount: number;
  wonMinor: bigint;
}

/** Per account segment: open pipeline now, and deals won in [from, to), in one currency. */
export async function segmentTotals(
  db: Db,
  input: { currency: string; from: Date; to: Date },
): Promise<SegmentTotals[]> {
  const rows = await db.$queryRaw<
    {
      segment: string | null;
      openCount: unknown;
      openAmount: unknown;
      wonCount: unknown;
      wonAmount: unknown;
    }[]
  >(Prisma.sql`
    SELECT a."segment" AS "segment",
      SUM(CASE WHEN d."status" = 'open' THEN 1 ELSE 0 END) AS "openCount",
      SUM(CASE WHEN d."status" = 'open' THEN d."amountMinor" ELSE 0 END) AS "openAmount",
      SUM(CASE WHEN d."status" = 'won' AND d."closedAt" >= ${input.from} AND d."closedAt" < ${input.to} THEN 1 ELSE 0 END) AS "wonCount",
      SUM(CASE WHEN d."status" = 'won' AND d."closedAt" >= ${input.from} AND d."closedAt" < ${input.to} THEN d."amountMinor" ELSE 0 END) AS "wonAmount"
    FROM "Deal" d LEFT JOIN "Account" a ON a."id" = d."accountId"
    WHERE d."currency" = ${input.currency}
    GROUP BY a."segment"`);
  return rows.map((r) => ({
    segment: r.segment,
    openCount: num(r.openCount),
    openMinor: big(r.openAmount),
    wonCount: num(r.wonCount),
    wonMinor: big(r.wonAmount),
  }));
}

export interface ContactUpkeep {
  addedByRep: { userId: string | null; count: number }[];
  bounced: number;
  bouncedNames: string[];
  /** Accounts with contacts none of whom answered a survey or was checked since `quietSince`. */
  quietAccounts: number;
  quietNames: string[];
}

/** Contact upkeep for [from, to): contacts added per rep, bounced addresses, accounts gone quiet. */
export async function contactUpkeep(
  db: Db,
  input: { from: Date; to: Date; quietSince: Date; limit: number },
): Promise<ContactUpkeep> {
  const added = await db.$queryRaw<{ userId: string | null; count: unknown }[]>(Prisma.sql`
    SELECT c."addedBy" AS "userId", COUNT(*) AS "count" FROM "Contact" c
    WHERE c."createdAt" >= ${input.from} AND c."createdAt" < ${input.to}
    GROUP BY c."addedBy" ORDER BY COUNT(*) DESC`);
  const bounced = await db.$queryRaw<{ name: string; email: string | null }[]>(Prisma.sql`
    SELECT c."name" AS "name", c."email" AS "email" FROM "Contact" c
    WHERE c."bouncedAt" >= ${input.from} AND c."bouncedAt" < ${input.to} ORDER BY c."bouncedAt"`);
  const quiet = await db.$queryRaw<{ name: string }[]>(Prisma.sql`
    SELECT a."name" AS "name" FROM "Account" a
    WHERE EXISTS (SELECT 1 FROM "Contact" c WHERE c."accountId" = a."id" AND c."createdAt" < ${input.quietSince})
      AND NOT EXISTS (SELECT 1 FROM "Contact" c WHERE c."accountId" = a."id"
        AND (c."createdAt" >= ${input.quietSince} OR c."checkedAt" >= ${input.quietSince}))
      AND NOT EXISTS (SELECT 1 FROM "NpsResponse" r JOIN "NpsSurvey" s ON s."id" = r."surveyId"
        WHERE s."accountId" = a."id" AND r."respondedAt" >= ${input.quietSince})
    ORDER BY a."name"`);
  return {
    addedByRep: added.map((r) => ({ userId: r.userId, count: num(r.count) })),
    bounced: bounced.length,
    bouncedNames: bounced.slice(0, input.limit).map((b) => `${b.name}${b.email ? ` <${b.email}>` : ""}`),
    quietAccounts: quiet.length,
    quietNames: quiet.slice(0, input.limit).map((q) => q.name),
  };
}
