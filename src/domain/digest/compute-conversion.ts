import type { StageConversion, StageOutcomes } from "../../db/digest-funnel.js";

export interface ConversionStep {
  stageId: number;
  from: string;
  /** The next open stage, or "Won" after the last one. */
  to: string;
  entered: number;
  advanced: number;
  /** advanced / entered, 0..1; null when no deal entered the stage. */
  rate: number | null;
  referenceEntered: number;
  referenceRate: number | null;
}

/** Fewer deals than this in a stage say nothing about its conversion. */
export const MIN_SAMPLE = 5;
/** "Clearly worse": at least this many percentage points below the reference. */
export const BOTTLENECK_DROP = 0.1;

const rateOf = (c: StageConversion | undefined) => (c && c.entered > 0 ? c.advanced / c.entered : null);

/** Conversion per open stage (in funnel order), the recent window beside the reference window. */
export function computeConversion(
  openStages: { id: number; name: string }[],
  recent: StageConversion[],
  reference: StageConversion[],
  wonName = "Won",
): ConversionStep[] {
  return openStages.map((stage, i) => {
    const now = recent.find((c) => c.stageId === stage.id);
    const ref = reference.find((c) => c.stageId === stage.id);
    return {
      stageId: stage.id,
      from: stage.name,
      to: openStages[i + 1]?.name ?? wonName,
      entered: now?.entered ?? 0,
      advanced: now?.advanced ?? 0,
      rate: rateOf(now),
      referenceEntered: ref?.entered ?? 0,
      referenceRate: rateOf(ref),
    };
  });
}

/**
 * The step converting clearly worse than the team's own reference: at least 10 points
 * below it, with enough deals on both sides to mean something; the largest drop wins.
 */
export function findBottleneck(steps: ConversionStep[]): ConversionStep | null {
  let worst: ConversionStep | null = null;
  let worstDrop = BOTTLENECK_DROP - 1e-9;
  for (const step of steps) {
    if (step.rate === null || step.referenceRate === null) continue;
    if (step.entered < MIN_SAMPLE || step.referenceEntered < MIN_SAMPLE) continue;
    const drop = step.referenceRate - step.rate;
    if (drop >= worstDrop) {
      worst = step;
      worstDrop = drop;
    }
  }
  return worst;
}

export interface WinRate {
  won: number;
  /** Won + lost: deals whose outcome is known. */
  decided: number;
}

/** Historical win rate per stage: of the deals that reached it and are decided, the share won. */
export function winRatesByStage(outcomes: StageOutcomes[]): Map<number, WinRate> {
  return new Map(outcomes.map((o) => [o.stageId, { won: o.won, decided: o.won + o.lost }]));
}
