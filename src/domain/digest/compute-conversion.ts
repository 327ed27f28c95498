import type { StageConversion, StageOutcomes } from "../../db/digest-funnel.js";

export interface ConversionStep {
  stageId: number;
  from: string;
  /** The next open stage, or "Won" after the last one. */
  to: string;
  entered: number;
  advanced: number;
  lost: number;
  /** Entered too recently to judge and still in the stage: left out of the rate. */
  undecided: number;
  /** entered − undecided: the deals the rate is measured over. */
  matured: number;
  /** advanced / matured, 0..1; null when no deal matured. */
  rate: number | null;
  referenceMatured: number;
  referenceRate: number | null;
  /** How many standard errors the rate is below the reference (two-proportion z); null without data. */
  z: number | null;
}

/** Fewer matured deals than this on either side say nothing about a stage's conversion. */
export const MIN_SAMPLE = 10;
/** A difference smaller than this is not worth a manager's attention, however certain. */
export const BOTTLENECK_DROP = 0.1;
/**
 * A drop must be at least this many standard errors to be named (one-sided p ≈ 0.0013).
 * A digest tests every stage every week, so a looser bar (1.96) would name a false
 * bottleneck several times a year on a team whose true rates never change.
 */
export const BOTTLENECK_Z = 3;

const maturedOf = (c: StageConversion | undefined) => (c ? c.entered - c.undecided : 0);

/**
 * Two-proportion z statistic for "rate a is below rate b", with the pooled rate's
 * standard error; 0 when both are 0% or 100% (no variance, no evidence).
 */
export function twoProportionZ(a: { k: number; n: number }, b: { k: number; n: number }): number | null {
  if (a.n === 0 || b.n === 0) return null;
  const pooled = (a.k + b.k) / (a.n + b.n);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / a.n + 1 / b.n));
  if (se === 0) return 0;
  return (b.k / b.n - a.k / a.n) / se;
}

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
    const matured = maturedOf(now);
    const referenceMatured = maturedOf(ref);
    const advanced = now?.advanced ?? 0;
    return {
      stageId: stage.id,
      from: stage.name,
      to: openStages[i + 1]?.name ?? wonName,
      entered: now?.entered ?? 0,
      advanced,
      lost: now?.lost ?? 0,
      undecided: now?.undecided ?? 0,
      matured,
      rate: matured > 0 ? advanced / matured : null,
      referenceMatured,
      referenceRate: referenceMatured > 0 ? (ref?.advanced ?? 0) / referenceMatured : null,
      z: twoProportionZ({ k: advanced, n: matured }, { k: ref?.advanced ?? 0, n: referenceMatured }),
    };
  });
}

/**
 * The step converting worse than the team's own reference by more than chance explains:
 * at least MIN_SAMPLE matured deals on both sides, at least 10 points below, and at least
 * 3 standard errors below (BOTTLENECK_Z). Of several, the largest z wins.
 */
export function findBottleneck(steps: ConversionStep[]): ConversionStep | null {
  let worst: ConversionStep | null = null;
  for (const step of steps) {
    if (step.rate === null || step.referenceRate === null || step.z === null) continue;
    if (step.matured < MIN_SAMPLE || step.referenceMatured < MIN_SAMPLE) continue;
    if (step.referenceRate - step.rate < BOTTLENECK_DROP - 1e-9 || step.z < BOTTLENECK_Z) continue;
    if (!worst || step.z > (worst.z ?? 0)) worst = step;
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
