import { assessmentsOf, setOutcomes } from "../../db/risk.js";
import type { Services } from "../../services.js";
import { type HitRate, hitRate, type Outcome, outcomeOf } from "./hit-rate.js";
import type { TeamMonth } from "./team-month.js";

/**
 * Judges a finished month's risk assessments (won, lost or slipped, by when
 * each deal closed) and returns the alert's hit rate; undefined while the
 * month is not over or nothing was assessed. Judging twice gives the same result.
 */
export async function judgeMonth(
  { db }: Pick<Services, "db">,
  month: TeamMonth,
  at: Date,
): Promise<HitRate | undefined> {
  if (at < month.end) return undefined;
  const rows = await assessmentsOf(db, month.key);
  if (rows.length === 0) return undefined;
  const fresh = rows.filter((r) => !r.outcome).map((r) => ({ id: r.id, outcome: outcomeOf(r.deal, month) }));
  await setOutcomes(db, fresh, at);
  const judged = new Map(fresh.map((f) => [f.id, f.outcome]));
  return hitRate(
    month.key,
    rows.map((r) => ({ flagged: r.flagged, outcome: (r.outcome ?? judged.get(r.id)) as Outcome })),
  );
}
