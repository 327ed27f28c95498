import type { ClosingTotals } from "../../db/digest-funnel.js";
import type { QuotaRow } from "../../db/quotas.js";
import type { WinRate } from "./compute-conversion.js";
import { monthsOfQuarter } from "./periods.js";

export interface PeriodForecast {
  /** "2026-11" or "2026-Q4". */
  key: string;
  wonCount: number;
  wonMinor: bigint;
  openCount: number;
  openMinor: bigint;
  weightedMinor: bigint;
  /** Open deals in Commit (the rep's call, or the stage's default). */
  committedCount: number;
  committedMinor: bigint;
  /** Open deals in Best case. */
  bestCount: number;
  bestMinor: bigint;
  /** Σ open amount × the stage's historical win rate (stage probability where there is no history). */
  historicalOpenMinor: bigint;
  /** Stages whose historical rate was unknown, so their probability stood in. */
  stagesWithoutHistory: number;
  target: bigint | null;
  /** Where the target came from: a team quota, the sum of rep quotas, the sum of monthly quotas. */
  targetSource: "quota" | "sum of rep quotas" | "sum of monthly quotas" | null;
}

/** Forecasts as totals for the period: commit (won + Commit), best case (+ Best case), weighted, historical. */
export const forecastTotals = (f: PeriodForecast) => ({
  committed: f.wonMinor + f.committedMinor,
  bestCase: f.wonMinor + f.committedMinor + f.bestMinor,
  weighted: f.wonMinor + f.weightedMinor,
  historical: f.wonMinor + f.historicalOpenMinor,
});

/** Expected value of an amount at `rate`, rounded to the nearest minor unit. */
const expected = (amount: bigint, rate: WinRate) =>
  (amount * BigInt(rate.won) * 2n + BigInt(rate.decided)) / (BigInt(rate.decided) * 2n);

export function computePeriodForecast(input: {
  key: string;
  won: { count: number; amountMinor: bigint };
  closing: ClosingTotals[];
  rates: Map<number, WinRate>;
  stageProbability: Map<number, number>;
  target: Target;
}): PeriodForecast {
  let openCount = 0;
  let openMinor = 0n;
  let weightedMinor = 0n;
  let committedCount = 0;
  let committedMinor = 0n;
  let bestCount = 0;
  let bestMinor = 0n;
  let historicalOpenMinor = 0n;
  let stagesWithoutHistory = 0;
  for (const row of input.closing) {
    openCount += row.count;
    openMinor += row.amountMinor;
    weightedMinor += row.weightedMinor;
    committedCount += row.committedCount;
    committedMinor += row.committedMinor;
    bestCount += row.bestCount;
    bestMinor += row.bestMinor;
    const rate = input.rates.get(row.stageId);
    if (rate && rate.decided > 0) historicalOpenMinor += expected(row.amountMinor, rate);
    else {
      stagesWithoutHistory++;
      historicalOpenMinor +=
        (row.amountMinor * BigInt(input.stageProbability.get(row.stageId) ?? 0) + 50n) / 100n;
    }
  }
  return {
    key: input.key,
    wonCount: input.won.count,
    wonMinor: input.won.amountMinor,
    openCount,
    openMinor,
    weightedMinor,
    committedCount,
    committedMinor,
    bestCount,
    bestMinor,
    historicalOpenMinor,
    stagesWithoutHistory,
    target: input.target.amountMinor,
    targetSource: input.target.source,
  };
}

export interface Target {
  amountMinor: bigint | null;
  source: PeriodForecast["targetSource"];
}

/**
 * A subject's target for a period: its own quota; for the team, else the sum of the
 * reps' quotas; for a quarter, else the sum of its months' targets. Other currencies are ignored.
 */
export function resolveTarget(
  quotas: QuotaRow[],
  input: { subject: string; period: string; currency: string },
): Target {
  const usable = quotas.filter((q) => q.currency === input.currency);
  const direct = (period: string): Target => {
    const own = usable.find((q) => q.subject === input.subject && q.period === period);
    if (own) return { amountMinor: own.amountMinor, source: "quota" };
    if (input.subject !== "team") return { amountMinor: null, source: null };
    const reps = usable.filter((q) => q.subject !== "team" && q.period === period);
    if (reps.length === 0) return { amountMinor: null, source: null };
    return { amountMinor: reps.reduce((sum, q) => sum + q.amountMinor, 0n), source: "sum of rep quotas" };
  };
  const target = direct(input.period);
  if (target.amountMinor !== null || !input.period.includes("-Q")) return target;
  const months = monthsOfQuarter(input.period).map(direct);
  if (months.every((m) => m.amountMinor === null)) return target;
  return {
    amountMinor: months.reduce((sum, m) => sum + (m.amountMinor ?? 0n), 0n),
    source: "sum of monthly quotas",
  };
}
