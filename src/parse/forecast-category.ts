import { type Parsed, reject } from "./problem.js";
import { succeed } from "./result.js";

/** A deal's forecast category, as Salesforce and Clari users know them. */
export const FORECAST_CATEGORIES = ["commit", "best", "pipeline", "omit"] as const;
export type ForecastCategory = (typeof FORECAST_CATEGORIES)[number];

export const FORECAST_CATEGORY_LABELS: Readonly<Record<ForecastCategory, string>> = {
  commit: "Commit",
  best: "Best case",
  pipeline: "Pipeline",
  omit: "Omitted",
};

const WORDS: Readonly<Record<string, ForecastCategory>> = {
  commit: "commit",
  committed: "commit",
  best: "best",
  "best case": "best",
  bestcase: "best",
  "best-case": "best",
  pipeline: "pipeline",
  omit: "omit",
  omitted: "omit",
};

export const isForecastCategory = (value: unknown): value is ForecastCategory =>
  typeof value === "string" && (FORECAST_CATEGORIES as readonly string[]).includes(value);

/** "commit", "best" (or "best case"), "pipeline", "omit" (any case) → the category. */
export function parseForecastCategory(input: string): Parsed<ForecastCategory> {
  const text = input.trim().toLowerCase().replace(/\s+/g, " ");
  const category = WORDS[text];
  if (category) return succeed(category);
  return reject("parse.forecast.invalid", { text: input.trim() });
}

/** Stages at or above this probability default to Best case when the team set no default for them. */
export const BEST_CASE_PROBABILITY = 75;

/** A stage's default category: the team's setting, else Best case from 75% up, else Pipeline. */
export const stageCategoryOf = (stage: { forecastCategory?: string | null; probability: number }): string =>
  stage.forecastCategory ?? (stage.probability >= BEST_CASE_PROBABILITY ? "best" : "pipeline");
