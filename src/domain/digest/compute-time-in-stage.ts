import type { DaysHistogram } from "../../db/digest-hygiene.js";

/** Fewer finished stays than this say nothing about a stage's typical time. */
export const MIN_STAYS = 10;
/** "Far beyond typical": longer than this share of the stage's finished stays. */
export const BEYOND_QUANTILE = 0.9;

export interface StageTime {
  stageId: number;
  /** Finished stays measured (moves out of the stage in the last 12 months). */
  stays: number;
  /** Median days of a finished stay; null with fewer than MIN_STAYS. */
  typicalDays: number | null;
  /** Days beyond which an open deal is marked (the 90th percentile); null without enough stays. */
  limitDays: number | null;
  /** Open deals in the stage now, their median days in it, and how many are beyond the limit. */
  openCount: number;
  openMedianDays: number | null;
  beyondCount: number;
}

/** The smallest number of days d such that at least `q` of the histogram's entries are ≤ d. */
export function quantileDays(rows: { days: number; count: number }[], q: number): number | null {
  const total = rows.reduce((n, r) => n + r.count, 0);
  if (total === 0) return null;
  const sorted = [...rows].sort((a, b) => a.days - b.days);
  const need = Math.ceil(total * q);
  let seen = 0;
  for (const r of sorted) {
    seen += r.count;
    if (seen >= need) return r.days;
  }
  return sorted.at(-1)?.days ?? null;
}

/** Per open stage: typical time from finished stays, and the open deals beyond it. */
export function computeTimeInStage(
  stageIds: number[],
  stays: DaysHistogram[],
  open: DaysHistogram[],
): StageTime[] {
  return stageIds.map((stageId) => {
    const done = stays.filter((r) => r.stageId === stageId);
    const now = open.filter((r) => r.stageId === stageId);
    const count = done.reduce((n, r) => n + r.count, 0);
    const enough = count >= MIN_STAYS;
    const limitDays = enough ? quantileDays(done, BEYOND_QUANTILE) : null;
    return {
      stageId,
      stays: count,
      typicalDays: enough ? quantileDays(done, 0.5) : null,
      limitDays,
      openCount: now.reduce((n, r) => n + r.count, 0),
      openMedianDays: quantileDays(now, 0.5),
      beyondCount:
        limitDays === null ? 0 : now.filter((r) => r.days > limitDays).reduce((n, r) => n + r.count, 0),
    };
  });
}
