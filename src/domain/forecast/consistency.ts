/** How a rep's wins are spread over the last 12 months, in words. */
export type Consistency = "steady" | "jackpot-dependent" | "uneven" | "no wins yet";

/** The largest deal making this share (percent) of won value or more means the year hangs on it. */
export const JACKPOT_SHARE = 40;
/** Wins in at least this many of the 12 months, none of them dominant, is steady. */
export const STEADY_MONTHS = 6;

/**
 * "jackpot-dependent" when one deal made 40%+ of the won value (with more than one win);
 * "steady" when wins came in 6+ of the 12 months; "uneven" otherwise.
 */
export function describeConsistency(input: {
  largestShare: number | null;
  monthsWithWin: number;
  wonCount: number;
}): Consistency {
  if (input.wonCount === 0 || input.largestShare === null) return "no wins yet";
  if (input.wonCount > 1 && input.largestShare >= JACKPOT_SHARE) return "jackpot-dependent";
  if (input.monthsWithWin >= STEADY_MONTHS) return "steady";
  return "uneven";
}
