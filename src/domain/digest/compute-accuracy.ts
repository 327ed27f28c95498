import type { StartCommit } from "../../db/digest-accuracy.js";

/** How many past months the accuracy trend covers. */
export const ACCURACY_MONTHS = 6;

export interface AccuracyCell {
  month: string;
  commitMinor: bigint;
  wonMinor: bigint;
  /** Won as a share of the start-of-month commit, in whole percent; null when nothing was committed. */
  percent: number | null;
}

export interface AccuracyRow {
  /** Slack user id, or "team". */
  subject: string;
  /** One cell per month (oldest first); null where no start-of-month snapshot exists. */
  cells: (AccuracyCell | null)[];
  /** Mean of |won − commit| / commit over the months with a commit, whole percent; null without any. */
  meanErrorPercent: number | null;
}

export interface ForecastAccuracy {
  months: string[];
  team: AccuracyRow;
  reps: AccuracyRow[];
}

/** Whole percent of a ratio of bigints, rounded half up. */
export const percentOf = (part: bigint, whole: bigint): number =>
  Number((part * 200n + whole) / (whole * 2n));

/**
 * Start-of-month commit against actual won, per rep and for the team, for each month given
 * (the months before the current one). A forecast that lands within a few percent month
 * after month is one to trust.
 */
export function computeAccuracy(input: {
  months: string[];
  commits: StartCommit[];
  won: { ownerId: string; month: string; wonMinor: bigint }[];
}): ForecastAccuracy {
  const wonOf = (subject: string, month: string) =>
    input.won
      .filter((w) => w.month === month && (subject === "team" || w.ownerId === subject))
      .reduce((sum, w) => sum + w.wonMinor, 0n);
  const rowOf = (subject: string): AccuracyRow => {
    const cells = input.months.map((month) => {
      const start = input.commits.find((c) => c.subject === subject && c.month === month);
      if (!start) return null;
      const wonMinor = wonOf(subject, month);
      return {
        month,
        commitMinor: start.commitMinor,
        wonMinor,
        percent: start.commitMinor > 0n ? percentOf(wonMinor, start.commitMinor) : null,
      };
    });
    const errors = cells.flatMap((c) =>
      c && c.commitMinor > 0n
        ? [
            Number(
              ((c.wonMinor > c.commitMinor ? c.wonMinor - c.commitMinor : c.commitMinor - c.wonMinor) *
                10_000n) /
                c.commitMinor,
            ) / 100,
          ]
        : [],
    );
    return {
      subject,
      cells,
      meanErrorPercent:
        errors.length > 0 ? Math.round(errors.reduce((a, b) => a + b, 0) / errors.length) : null,
    };
  };
  const reps = [...new Set(input.commits.map((c) => c.subject).filter((s) => s !== "team"))]
    .sort()
    .map(rowOf);
  return { months: input.months, team: rowOf("team"), reps };
}
