import type { Db } from "../../db/client.js";
import { type StageOutcomes, stageConversion, stageConversionAndOutcomes } from "../../db/digest-funnel.js";
import { openStageAges, stageStays } from "../../db/digest-hygiene.js";
import { type ConversionStep, computeConversion, findBottleneck } from "./compute-conversion.js";
import { computeTimeInStage, type StageTime } from "./compute-time-in-stage.js";
import type { DigestPeriods } from "./periods.js";

const DAY = 86_400_000;
/** A stage without enough finished stays to know its typical time: deals mature after this many days. */
export const DEFAULT_MATURITY_DAYS = 60;

export interface StageFlow {
  conversion: { steps: ConversionStep[]; bottleneck: ConversionStep | null };
  timeInStage: StageTime[];
  /** Per stage, of the deals that reached it in the reference window (12 months), how many are now won and lost. */
  outcomes: StageOutcomes[];
}

/**
 * Conversion that does not cry wolf, and time in stage, from the event log. A deal that
 * entered a stage counts once it has moved on, was lost, or has sat in the stage longer
 * than 90% of the stage's finished stays (it has had its chance); deals entered more
 * recently and still there are "undecided" and left out. The last 90 days are compared
 * with the 9 months before them (separate deals, so the test between them is fair).
 */
export async function buildStageFlow(
  db: Db,
  input: {
    at: Date;
    periods: Pick<DigestPeriods, "recent" | "reference">;
    openStages: { id: number; name: string }[];
    wonName: string;
    currency: string;
  },
): Promise<StageFlow> {
  const { at, periods } = input;
  const [stays, open] = await Promise.all([
    stageStays(db, periods.reference),
    openStageAges(db, { currency: input.currency, at }),
  ]);
  const ids = input.openStages.map((s) => s.id);
  const timeInStage = computeTimeInStage(ids, stays, open);
  const maturedBefore = new Map<number, Date>();
  for (const t of timeInStage)
    if (t.limitDays !== null) maturedBefore.set(t.stageId, new Date(at.getTime() - t.limitDays * DAY));
  const common = {
    asOf: at,
    maturedBefore,
    defaultMaturedBefore: new Date(at.getTime() - DEFAULT_MATURITY_DAYS * DAY),
  };
  // The reference window's events, [reference.from, at), also give the win rates by stage
  // reached (periods.reference ends at `at`): one pass over 12 months of moves, not two.
  const [recent, reference] = await Promise.all([
    stageConversion(db, { from: periods.recent.from, to: at, ...common }),
    stageConversionAndOutcomes(db, { from: periods.reference.from, to: periods.recent.from, ...common }),
  ]);
  const steps = computeConversion(input.openStages, recent, reference.conversion, input.wonName);
  return {
    conversion: { steps, bottleneck: findBottleneck(steps) },
    timeInStage,
    outcomes: reference.outcomes,
  };
}
