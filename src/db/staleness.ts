import type { Db, Prisma } from "./client.js";
import { type DealRow, dealSelect } from "./deals.js";
import { DUPLICATE, onceInTransaction } from "./idempotency.js";

/** Open deals nobody has updated or confirmed since `cutoff` and not snoozed past `today`. */
const staleWhere = (cutoff: Date, today: string): Prisma.DealWhereInput => ({
  status: "open",
  lastActivityAt: { lte: cutoff },
  OR: [{ snoozedUntil: null }, { snoozedUntil: { lt: today } }],
});

/** Owners with at least one stale deal (by the earliest "today" on Earth, refined per owner later). */
export async function ownersWithStaleDeals(db: Db, cutoff: Date, today: string): Promise<string[]> {
  const rows = await db.deal.findMany({
    where: staleWhere(cutoff, today),
    select: { ownerId: true },
    distinct: ["ownerId"],
    orderBy: { ownerId: "asc" },
  });
  return rows.map((r) => r.ownerId);
}

/**
 * One owner's deals for the weekly nudge: first those whose close date is before `today`
 * (past due, stale or not; oldest date first), then the other stale ones, largest first.
 */
export async function staleDealsOf(
  db: Db,
  ownerIds: string[],
  cutoff: Date,
  today: string,
  limit: number,
): Promise<DealRow[]> {
  const notSnoozed: Prisma.DealWhereInput = { OR: [{ snoozedUntil: null }, { snoozedUntil: { lt: today } }] };
  const pastDue = await db.deal.findMany({
    where: { status: "open", closeOn: { lt: today }, ownerId: { in: ownerIds }, ...notSnoozed },
    select: dealSelect,
    orderBy: [{ closeOn: "asc" }, { amountMinor: "desc" }, { id: "asc" }],
    take: limit,
  });
  if (pastDue.length >= limit) return pastDue;
  const stale = await db.deal.findMany({
    where: { ...staleWhere(cutoff, today), ownerId: { in: ownerIds }, closeOn: { gte: today } },
    select: dealSelect,
    orderBy: [{ amountMinor: "desc" }, { id: "asc" }],
    take: limit - pastDue.length,
  });
  return [...pastDue, ...stale];
}

export async function findDealsByIds(db: Db, ids: number[]): Promise<DealRow[]> {
  if (ids.length === 0) return [];
  return db.deal.findMany({ where: { id: { in: ids } }, select: dealSelect });
}

/** Managers of the given people, with the reports they manage among them. */
export async function managersOf(db: Db, userIds: string[]): Promise<Map<string, string[]>> {
  const rows = await db.user.findMany({
    where: { id: { in: userIds }, managerId: { not: null } },
    select: { id: true, managerId: true },
  });
  const byManager = new Map<string, string[]>();
  for (const row of rows) byManager.set(row.managerId!, [...(byManager.get(row.managerId!) ?? []), row.id]);
  return byManager;
}

/**
 * Records that a person confirmed a deal is on track ("confirmed"), or that it
 * will close in a given month ("committed", from a risk alert): resets its
 * staleness and logs the event; a commitment also puts the deal in Commit.
 */
export async function recordConfirmation(
  db: Db,
  input: {
    dealId: number;
    actorId: string;
    source: "button" | "command" | "modal";
    at: Date;
    requestKey: string | null;
    committedMonth?: string;
  },
): Promise<"confirmed" | "duplicate" | "not-open"> {
  const result = await onceInTransaction(db, input.requestKey, input.at, async (tx) => {
    const deal = await tx.deal.findUnique({
      where: { id: input.dealId },
      select: { status: true, version: true, forecastCategory: true },
    });
    if (deal?.status !== "open") return "not-open" as const;
    // Confirming for a month is a commitment: the deal moves to the Commit forecast category.
    await tx.deal.update({
      where: { id: input.dealId },
      data: {
        lastActivityAt: input.at,
        lastConfirmedAt: input.at,
        ...(input.committedMonth ? { forecastCategory: "commit" } : {}),
      },
    });
    await tx.dealEvent.create({
      data: {
        dealId: input.dealId,
        actorId: input.actorId,
        source: input.source,
        kind: input.committedMonth ? "committed" : "confirmed",
        changes: input.committedMonth
          ? JSON.stringify({
              month: { from: null, to: input.committedMonth },
              ...(deal.forecastCategory === "commit"
                ? {}
                : { forecastCategory: { from: deal.forecastCategory, to: "commit" } }),
            })
          : "{}",
        dealVersion: deal.version,
        at: input.at,
      },
    });
    return "confirmed" as const;
  });
  return result === DUPLICATE ? "duplicate" : result;
}
