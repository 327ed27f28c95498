import { DateTime } from "luxon";

/** A calendar day as luxon midnight in the rep's zone; only year/month/day matter. */
export type Day = DateTime;

/** Word → number; each row lists the spellings of one month (1–12) or ISO weekday (1 = Monday). */
export const MONTHS = numberWords([
  "jan january",
  "feb february",
  "mar march",
  "apr april",
  "may",
  "jun june",
  "jul july",
  "aug august",
  "sep sept september",
  "oct october",
  "nov november",
  "dec december",
]);
export const WEEKDAYS = numberWords([
  "mon monday",
  "tue tues tuesday",
  "wed wednesday",
  "thu thur thurs thursday",
  "fri friday",
  "sat saturday",
  "sun sunday",
]);
/** Regex alternations, longest spelling first so "sept" wins over "sep". */
export const MONTH_PATTERN = alternation(MONTHS);
export const WEEKDAY_PATTERN = alternation(WEEKDAYS);

function numberWords(rows: readonly string[]): Readonly<Record<string, number>> {
  return Object.fromEntries(rows.flatMap((row, i) => row.split(" ").map((word) => [word, i + 1])));
}

function alternation(table: Readonly<Record<string, number>>): string {
  return Object.keys(table)
    .sort((a, b) => b.length - a.length)
    .join("|");
}

/** Today in `timezone` at the instant `now`; undefined when the zone is not a valid IANA name. */
export function localToday(now: Date, timezone: string): Day | undefined {
  const local = DateTime.fromJSDate(now, { zone: timezone });
  return local.isValid ? local.startOf("day") : undefined;
}

/** The day, or undefined when it does not exist (31 Feb). */
export function makeDay(year: number, month: number, day: number, zone: string): Day | undefined {
  const date = DateTime.fromObject({ year, month, day }, { zone });
  return date.isValid ? date : undefined;
}

/** "2026-12-04" */
export function toIsoDay(day: Day): string {
  return day.toFormat("yyyy-MM-dd");
}

/** "Fri 4 Dec 2026" */
export function formatDayLabel(day: Day): string {
  return day.setLocale("en").toFormat("ccc d LLL yyyy");
}

/** The next `month`/`day` on or after `today`: this year's, or next year's once it has passed. */
export function upcomingDay(month: number, day: number, today: Day): Day | undefined {
  const thisYear = makeDay(today.year, month, day, today.zoneName ?? "UTC");
  if (thisYear && thisYear >= today) return thisYear;
  return makeDay(today.year + 1, month, day, today.zoneName ?? "UTC");
}
