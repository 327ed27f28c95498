import type { DealRow } from "../../db/deals.js";

const DAY_MS = 24 * 3600_000;

/**
 * Days since a person last updated or confirmed an open deal, when that is at
 * least `staleDays` and the deal is not snoozed; otherwise undefined.
 */
export function staleDays(
  deal: Pick<DealRow, "status" | "lastActivityAt" | "snoozedUntil">,
  ctx: { now: Date; today: string; staleAfterDays: number },
): number | undefined {
  if (deal.status !== "open") return undefined;
  if (deal.snoozedUntil && deal.snoozedUntil >= ctx.today) return undefined;
  const days = Math.floor((ctx.now.getTime() - deal.lastActivityAt.getTime()) / DAY_MS);
  return days >= ctx.staleAfterDays ? days : undefined;
}

/** Probability in percent: the deal's own, else its stage's. */
export const probabilityOf = (deal: Pick<DealRow, "probability" | "stage">) =>
  deal.probability ?? deal.stage.probability;

/** amount × probability, rounded to the minor unit (integer arithmetic). */
export const weightedMinor = (deal: Pick<DealRow, "amountMinor" | "probability" | "stage">) =>
  (deal.amountMinor * BigInt(probabilityOf(deal)) + 50n) / 100n;
