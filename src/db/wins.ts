import type { Db } from "./client.js";

export interface WonDeal {
  id: number;
  name: string;
  account: string | null;
  ownerId: string;
  ownerName: string;
  amountMinor: bigint;
  currency: string;
  closedAt: Date | null;
}

/**
 * Deals won by a person (not by an import) since `since` that have no
 * announcement delivery yet (`keyOf(id)`), oldest first.
 */
export async function unannouncedWins(
  db: Db,
  input: { since: Date; keyOf: (dealId: number) => string; limit: number },
): Promise<WonDeal[]> {
  const won = await db.dealEvent.findMany({
    where: { kind: "won", at: { gte: input.since }, source: { not: "import" }, deal: { status: "won" } },
    select: { dealId: true },
    orderBy: { at: "asc" },
    take: input.limit * 2,
  });
  const ids = [...new Set(won.map((e) => e.dealId))];
  if (ids.length === 0) return [];
  const sent = await db.delivery.findMany({
    where: { key: { in: ids.map(input.keyOf) }, status: { in: ["sent", "skipped"] } },
    select: { key: true },
  });
  const done = new Set(sent.map((d) => d.key));
  const due = ids.filter((id) => !done.has(input.keyOf(id))).slice(0, input.limit);
  const deals = await db.deal.findMany({
    where: { id: { in: due } },
    select: {
      id: true,
      name: true,
      account: { select: { name: true } },
      ownerId: true,
      owner: { select: { name: true } },
      amountMinor: true,
      currency: true,
      closedAt: true,
    },
  });
  return deals.map((d) => ({
    id: d.id,
    name: d.name,
    account: d.account?.name ?? null,
    ownerId: d.ownerId,
    ownerName: d.owner.name,
    amountMinor: d.amountMinor,
    currency: d.currency,
    closedAt: d.closedAt,
  }));
}
