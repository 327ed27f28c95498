import { type Day, WEEKDAY_PATTERN, WEEKDAYS } from "./calendar.js";
import type { Parsed } from "./problem.js";
import { succeed } from "./result.js";

const BARE_WEEKDAY = new RegExp(`^(?:on |this )?(${WEEKDAY_PATTERN})\\.?$`);

/**
 * "friday", "on fri", "this friday": the first such weekday after today (today
 * itself is "today"). chrono's answer here depends on the time of day (before
 * or after noon), so we decide by calendar day alone. Undefined for other text.
 */
export function readWeekday(text: string, today: Day): Parsed<Day> | undefined {
  const word = BARE_WEEKDAY.exec(text)?.[1];
  const weekday = word === undefined ? undefined : WEEKDAYS[word];
  if (weekday === undefined) return undefined;
  const daysAhead = (weekday - today.weekday + 7) % 7 || 7;
  return succeed(today.plus({ days: daysAhead }));
}
