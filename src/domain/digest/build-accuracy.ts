import type { Db } from "../../db/client.js";
import { startCommits, wonByOwnerMonth } from "../../db/digest-accuracy.js";
import { ACCURACY_MONTHS, computeAccuracy, type ForecastAccuracy } from "./compute-accuracy.js";
import type { Period } from "./periods.js";

/** Forecast accuracy over the months before the current one (`months` = last 12, this one last). */
export async function buildAccuracy(
  db: Db,
  input: { currency: string; months: Period[]; count?: number },
): Promise<ForecastAccuracy> {
  const past = input.months.slice(0, -1).slice(-(input.count ?? ACCURACY_MONTHS));
  const keys = past.map((m) => m.key);
  const [commits, won] = await Promise.all([
    startCommits(db, { months: keys, currency: input.currency }),
    wonByOwnerMonth(db, { currency: input.currency, months: past }),
  ]);
  return computeAccuracy({ months: keys, commits, won });
}
