import type { RepActivity, RepWins } from "../../db/digest-people.js";

export interface RepRow {
  userId: string;
  name: string;
  updates: number;
  advanced: number;
  nudgesSent: number;
  nudgesAnswered: number;
  wonCount: number;
  wonMinor: bigint;
  largestMinor: bigint;
  /** Share of the rep's won revenue from their single largest deal, 0-100; null without wins. */
  largestShare: number | null;
  monthsWithWin: number;
}

/** One row per rep from the per-rep aggregates; by won revenue, then activity. */
export function buildRepRows(input: {
  activity: RepActivity[];
  nudges: { userId: string; sent: number; answered: number }[];
  wins: RepWins[];
  names: Map<string, string>;
}): RepRow[] {
  const ids = [...new Set([...input.activity, ...input.nudges, ...input.wins].map((r) => r.userId))];
  return ids
    .map((userId) => {
      const a = input.activity.find((r) => r.userId === userId);
      const n = input.nudges.find((r) => r.userId === userId);
      const w = input.wins.find((r) => r.userId === userId);
      const wonMinor = w?.wonMinor ?? 0n;
      const largestMinor = w?.largestMinor ?? 0n;
      return {
        userId,
        name: input.names.get(userId) ?? userId,
        updates: a?.updates ?? 0,
        advanced: a?.advanced ?? 0,
        nudgesSent: n?.sent ?? 0,
        nudgesAnswered: n?.answered ?? 0,
        wonCount: w?.wonCount ?? 0,
        wonMinor,
        largestMinor,
        // Rounded to the nearest tenth (27.56% → 27.6%), not truncated.
        largestShare: wonMinor > 0n ? Number((largestMinor * 2000n + wonMinor) / (wonMinor * 2n)) / 10 : null,
        monthsWithWin: w?.monthsWithWin ?? 0,
      };
    })
    .sort((a, b) => (a.wonMinor === b.wonMinor ? b.updates - a.updates : a.wonMinor > b.wonMinor ? -1 : 1));
}
