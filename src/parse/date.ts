import { formatDayLabel, localToday, toIsoDay } from "./calendar.js";
import type { Parsed } from "./problem.js";
import { type DateOptions, readDay } from "./read-day.js";
import { succeed } from "./result.js";

export { type DayRange, parseDateRange } from "./date-range.js";
export type { DateOptions } from "./read-day.js";

/** A calendar day in the rep's zone, plus how to show it back: { "2026-12-04", "Fri 4 Dec 2026" }. */
export type ParsedDay = { date: string; label: string };

/**
 * Parse a day as a rep types it: today, tomorrow, friday, next friday, in 2 weeks,
 * end of month / eom, end of next quarter, 2027-01-15, 15.1.2027, 15/1/2027,
 * Jan 15, 15 Jan, January 15 2027. What counts is the calendar day in the rep's
 * zone at `now`. Numeric dates are day first. Refuses text that is only partly a
 * date, times without a day, impossible days and years outside 2000–2099.
 */
export function parseDate(input: string, opts: DateOptions): Parsed<ParsedDay> {
  const day = readDay(input, opts);
  return day.ok ? succeed({ date: toIsoDay(day.value), label: formatDayLabel(day.value) }) : day;
}

/** Today's calendar day in `timezone` at `now`, "YYYY-MM-DD". Throws RangeError on an unknown zone. */
export function todayIn(timezone: string, now: Date): string {
  const today = localToday(now, timezone);
  if (!today) throw new RangeError(`Unknown timezone "${timezone}"`);
  return toIsoDay(today);
}
