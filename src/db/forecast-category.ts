import { BEST_CASE_PROBABILITY, stageCategoryOf } from "../parse/forecast-category.js";
import { Prisma } from "./client.js";

export { BEST_CASE_PROBABILITY };

/**
 * The forecast category of an open deal `d` in stage `s`, in SQL: the rep's own choice,
 * else the stage's default from team settings, else Best case for stages of 75% and up
 * and Pipeline below. Nothing is in Commit unless someone put it there.
 */
export const CATEGORY_SQL = Prisma.sql`COALESCE(d."forecastCategory", s."forecastCategory", CASE WHEN s."probability" >= ${BEST_CASE_PROBABILITY} THEN 'best' ELSE 'pipeline' END)`;

/** The same rule in code, for one deal. */
export function categoryOf(
  deal: { forecastCategory: string | null },
  stage: { forecastCategory: string | null; probability: number },
): string {
  return deal.forecastCategory ?? stageCategoryOf(stage);
}
