import { Prisma } from "./client.js";

/** Stages at or above this probability default to Best case when the team set no default for them. */
export const BEST_CASE_PROBABILITY = 75;

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
  return (
    deal.forecastCategory ??
    stage.forecastCategory ??
    (stage.probability >= BEST_CASE_PROBABILITY ? "best" : "pipeline")
  );
}
