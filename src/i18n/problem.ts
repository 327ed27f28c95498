import { DateTime } from "luxon";
import type { Problem, ProblemValue } from "../parse/problem.js";
import { formatDay, formatList, formatMonth } from "./format.js";
import type { Lang } from "./languages.js";
import { type MessageValues, t } from "./t.js";

/**
 * A parse problem as a sentence in `lang`: "Amount "-5" is negative. Amounts must be 0 or
 * more, e.g. 5k." Plain text with the user's words as typed: escape it (escapeMrkdwn) before
 * it goes into mrkdwn, as invalidMessage does; form errors take it as is.
 */
export function renderProblem(lang: Lang, problem: Problem): string {
  const values: MessageValues = {};
  for (const [name, value] of Object.entries(problem.values ?? {})) values[name] = renderValue(lang, value);
  const tips = (problem.tips ?? []).map((tip) => t(lang, tip));
  return [t(lang, problem.key, values), ...tips].join(" ");
}

/** Each problem on its own, in `lang`. */
export function renderProblems(lang: Lang, problems: readonly Problem[]): string[] {
  return problems.map((problem) => renderProblem(lang, problem));
}

function renderValue(lang: Lang, value: ProblemValue): string | number {
  if (typeof value === "string" || typeof value === "number") return value;
  if ("key" in value) return t(lang, value.key);
  if ("or" in value) return formatList(lang, value.or, "or");
  if ("month" in value) return formatMonth(lang, value.month);
  if ("day" in value) return formatDay(lang, value.day);
  if ("plainDay" in value) {
    const day = DateTime.fromISO(value.plainDay, { zone: "UTC" });
    // "4 Dec 2026" in English; "4.12.2026" elsewhere, which every language's date reader accepts.
    return lang === "en" ? day.setLocale("en").toFormat("d LLL yyyy") : day.toFormat("d.M.yyyy");
  }
  const monday = DateTime.fromISO("2024-01-01", { zone: "UTC" });
  return monday
    .plus({ days: value.weekday - 1 })
    .setLocale(lang)
    .toFormat("cccc");
}
