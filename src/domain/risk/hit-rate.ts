/** How last month's risk alert did, once each assessed deal's fate is known. */
export interface HitRate {
  month: string;
  flagged: number;
  /** Flagged deals that slipped past the month or were lost. */
  flaggedThatSlippedOrLost: number;
  /** Deals expected that month that slipped (were not closed in it), flagged or not. */
  slipped: number;
  slippedUnflagged: number;
  assessed: number;
}

export type Outcome = "won" | "lost" | "slipped";

/** The arithmetic of the alert's track record. */
export function hitRate(month: string, rows: { flagged: boolean; outcome: Outcome }[]): HitRate {
  const flagged = rows.filter((r) => r.flagged);
  const slipped = rows.filter((r) => r.outcome === "slipped");
  return {
    month,
    assessed: rows.length,
    flagged: flagged.length,
    flaggedThatSlippedOrLost: flagged.filter((r) => r.outcome !== "won").length,
    slipped: slipped.length,
    slippedUnflagged: slipped.filter((r) => !r.flagged).length,
  };
}

/** What became of a deal expected to close in `month` ("2026-11"), judged by when it closed (team's month bounds). */
export function outcomeOf(
  deal: { status: string; closedAt: Date | null },
  monthBounds: { start: Date; end: Date },
): Outcome {
  const closedInMonth =
    deal.closedAt !== null && deal.closedAt >= monthBounds.start && deal.closedAt < monthBounds.end;
  if (closedInMonth && deal.status === "won") return "won";
  if (closedInMonth && deal.status === "lost") return "lost";
  return "slipped";
}
