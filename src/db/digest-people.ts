import { type Db, Prisma } from "./client.js";
import { big, num } from "./digest-funnel.js";

// Aggregates about people and accounts for the digest: per rep, per account, and the
// few biggest deals of the week. Grouped in SQL on SQLite and PostgreSQL alike.

export interface RepActivity {
  userId: string;
  /** Changes the rep made to deals in the window (every logged event by them). */
  updates: number;
  /** Distinct deals the rep moved to a later stage (or Won) in the window. */
  advanced: number;
}

export async function repActivity(db: Db, window: { from: Date; to: Date }): Promise<RepActivity[]> {
  const rows = await db.$queryRaw<{ userId: string; updates: unknown; advanced: unknown }[]>(Prisma.sql`
    SELECT e."actorId" AS "userId", COUNT(*) AS "updates",
           COUNT(DISTINCT CASE WHEN e."toStageId" IS NOT NULL AND t."kind" <> 'lost'
                 AND (t."kind" = 'won' OR f."id" IS NULL OR t."position" > f."position")
                 AND e."kind" <> 'created' THEN e."dealId" END) AS "advanced"
    FROM "DealEvent" e
    LEFT JOIN "Stage" t ON t."id" = e."toStageId"
    LEFT JOIN "Stage" f ON f."id" = e."fromStageId"
    WHERE e."at" >= ${window.from} AND e."at" < ${window.to} AND e."actorId" IS NOT NULL
    GROUP BY e."actorId"`);
  return rows.map((r) => ({ userId: r.userId, updates: num(r.updates), advanced: num(r.advanced) }));
}

/** Weekly nudges sent to each rep in the window, and how many the rep acted on. */
export async function nudgeResponses(
  db: Db,
  window: { from: Date; to: Date },
): Promise<{ userId: string; sent: number; answered: number }[]> {
  const rows = await db.$queryRaw<{ userId: string; sent: unknown; answered: unknown }[]>(Prisma.sql`
    SELECT "recipient" AS "userId", COUNT(*) AS "sent", COUNT("actedAt") AS "answered"
    FROM "Delivery"
    WHERE "jobId" = 'weekly-nudges' AND "status" = 'sent'
      AND "sentAt" >= ${window.from} AND "sentAt" < ${window.to}
    GROUP BY "recipient"`);
  return rows.map((r) => ({ userId: r.userId, sent: num(r.sent), answered: num(r.answered) }));
}

export interface RepWins {
  userId: string;
  wonCount: number;
  wonMinor: bigint;
  largestMinor: bigint;
  /** Calendar months (of the ones given) with at least one win. */
  monthsWithWin: number;
}

/** Wins per rep over the given calendar months (team timezone), with the largest deal and months with a win. */
export async function repWins(
  db: Db,
  input: { currency: string; months: { from: Date; to: Date }[] },
): Promise<RepWins[]> {
  const first = input.months[0];
  const last = input.months.at(-1);
  if (!first || !last) return [];
  const monthOf = Prisma.join(
    input.months.map(
      (m, i) => Prisma.sql`WHEN d."closedAt" >= ${m.from} AND d."closedAt" < ${m.to} THEN ${i}`,
    ),
    " ",
  );
  const rows = await db.$queryRaw<
    { userId: string; count: unknown; amount: unknown; largest: unknown; months: unknown }[]
  >(Prisma.sql`
    SELECT d."ownerId" AS "userId", COUNT(*) AS "count", SUM(d."amountMinor") AS "amount",
           MAX(d."amountMinor") AS "largest", COUNT(DISTINCT CASE ${monthOf} END) AS "months"
    FROM "Deal" d
    WHERE d."status" = 'won' AND d."currency" = ${input.currency}
      AND d."closedAt" >= ${first.from} AND d."closedAt" < ${last.to}
    GROUP BY d."ownerId"`);
  return rows.map((r) => ({
    userId: r.userId,
    wonCount: num(r.count),
    wonMinor: big(r.amount),
    largestMinor: big(r.largest),
    monthsWithWin: num(r.months),
  }));
}

export interface DealBrief {
  id: number;
  name: string;
  ownerId: string;
  amountMinor: bigint;
  accountName: string | null;
}

/** The biggest deals won or lost in [from, to). */
export async function biggestClosed(
  db: Db,
  input: { status: "won" | "lost"; currency: string; from: Date; to: Date; limit: number },
): Promise<DealBrief[]> {
  const rows = await db.deal.findMany({
    where: {
      status: input.status,
      currency: input.currency,
      closedAt: { gte: input.from, lt: input.to },
    },
    select: { id: true, name: true, ownerId: true, amountMinor: true, account: { select: { name: true } } },
    orderBy: [{ amountMinor: "desc" }, { id: "asc" }],
    take: input.limit,
  });
  return rows.map((r) => ({ ...r, accountName: r.account?.name ?? null, account: undefined }));
}

export interface SlipCandidate extends DealBrief {
  changes: string;
}

/** Open deals whose close date changed in [from, to), biggest first (then latest, then by id: the same on any plan), with the change logged. */
export async function closeDateChanges(
  db: Db,
  input: { currency: string; from: Date; to: Date; limit: number },
): Promise<SlipCandidate[]> {
  const rows = await db.$queryRaw<
    {
      id: number;
      name: string;
      ownerId: string;
      amount: unknown;
      accountName: string | null;
      changes: string;
    }[]
  >(Prisma.sql`
    SELECT d."id" AS "id", d."name" AS "name", d."ownerId" AS "ownerId", d."amountMinor" AS "amount",
           a."name" AS "accountName", e."changes" AS "changes"
    FROM "DealEvent" e
    JOIN "Deal" d ON d."id" = e."dealId"
    LEFT JOIN "Account" a ON a."id" = d."accountId"
    WHERE e."at" >= ${input.from} AND e."at" < ${input.to} AND e."changes" LIKE '%"closeOn":%'
      AND d."status" = 'open' AND d."currency" = ${input.currency}
    ORDER BY d."amountMinor" DESC, e."at" DESC, d."id", e."id" DESC
    LIMIT ${input.limit}`);
  return rows.map((r) => ({
    id: num(r.id),
    name: r.name,
    ownerId: r.ownerId,
    amountMinor: big(r.amount),
    accountName: r.accountName,
    changes: r.changes,
  }));
}

export interface KeyAccounts {
  /** The smallest set of accounts, biggest first, that makes 80% of the revenue (shown up to `limit`). */
  accounts: { id: number; name: string; revenueMinor: bigint }[];
  keyCount: number;
  /** Accounts with any revenue in the period. */
  accountCount: number;
  revenueMinor: bigint;
  keyRevenueMinor: bigint;
}

/** Pareto of won revenue per account in [from, to): the accounts that make 80% of it. */
export async function keyAccounts(
  db: Db,
  input: { currency: string; from: Date; to: Date; limit: number },
): Promise<KeyAccounts> {
  const rows = await db.$queryRaw<
    {
      id: number;
      name: string;
      revenue: unknown;
      total: unknown;
      accounts: unknown;
      keyCount: unknown;
      keyRevenue: unknown;
    }[]
  >(Prisma.sql`
    WITH revenue AS (
      SELECT d."accountId" AS "accountId", SUM(d."amountMinor") AS "revenue"
      FROM "Deal" d
      WHERE d."status" = 'won' AND d."currency" = ${input.currency} AND d."accountId" IS NOT NULL
        AND d."closedAt" >= ${input.from} AND d."closedAt" < ${input.to}
      GROUP BY d."accountId"
    ),
    ranked AS (
      SELECT "accountId", "revenue",
             SUM("revenue") OVER (ORDER BY "revenue" DESC, "accountId" ROWS UNBOUNDED PRECEDING) AS "running",
             SUM("revenue") OVER () AS "total", COUNT(*) OVER () AS "accounts"
      FROM revenue
    ),
    key AS (SELECT * FROM ranked WHERE ("running" - "revenue") * 5 < "total" * 4)
    SELECT k."accountId" AS "id", a."name" AS "name", k."revenue" AS "revenue", k."total" AS "total",
           k."accounts" AS "accounts", COUNT(*) OVER () AS "keyCount", SUM(k."revenue") OVER () AS "keyRevenue"
    FROM key k JOIN "Account" a ON a."id" = k."accountId"
    ORDER BY k."revenue" DESC, k."accountId"
    LIMIT ${input.limit}`);
  const first = rows[0];
  return {
    accounts: rows.map((r) => ({ id: num(r.id), name: r.name, revenueMinor: big(r.revenue) })),
    keyCount: num(first?.keyCount),
    accountCount: num(first?.accounts),
    revenueMinor: big(first?.total),
    keyRevenueMinor: big(first?.keyRevenue),
  };
}

/** Accounts whose deals saw no activity since `since` (or that have no deal at all), most recently active first. */
export async function inactiveAccounts(
  db: Db,
  input: { since: Date; limit: number },
): Promise<{ accounts: { id: number; name: string; lastActivityAt: Date | null }[]; count: number }> {
  const rows = await db.$queryRaw<{ id: number; name: string; last: unknown; count: unknown }[]>(Prisma.sql`
    WITH last AS (
      SELECT a."id" AS "id", a."name" AS "name", MAX(d."lastActivityAt") AS "last"
      FROM "Account" a LEFT JOIN "Deal" d ON d."accountId" = a."id"
      GROUP BY a."id", a."name"
    )
    SELECT "id", "name", "last", COUNT(*) OVER () AS "count" FROM last
    WHERE "last" IS NULL OR "last" < ${input.since}
    ORDER BY CASE WHEN "last" IS NULL THEN 1 ELSE 0 END, "last" DESC, "id"
    LIMIT ${input.limit}`);
  return {
    accounts: rows.map((r) => ({
      id: num(r.id),
      name: r.name,
      lastActivityAt: r.last === null || r.last === undefined ? null : new Date(r.last as string),
    })),
    count: num(rows[0]?.count),
  };
}
