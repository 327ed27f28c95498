import {
  type Day,
  MONTH_PATTERN,
  MONTHS,
  makeDay,
  toIsoDay,
  upcomingDay,
  WEEKDAY_PATTERN,
  WEEKDAYS,
} from "./calendar.js";
import { type DayContext, impossibleDate } from "./day-context.js";
import { type Parsed, reject } from "./problem.js";
import { succeed } from "./result.js";

const WEEKDAY = `(?:(?<weekday>${WEEKDAY_PATTERN})\\.? )?`;
const DAY = "(?<day>\\d{1,2})(?:st|nd|rd|th)?";
const MONTH = `(?<month>${MONTH_PATTERN})\\.?`;
const YEAR = "(?: (?<year>\\d{4}))?";
const MONTH_FIRST = new RegExp(`^${WEEKDAY}${MONTH} ${DAY}${YEAR}$`);
const DAY_FIRST = new RegExp(`^${WEEKDAY}${DAY}(?: of)? ${MONTH}${YEAR}$`);

/**
 * "Jan 15", "15 Jan", "15th of January 2027", "Fri 4 Dec 2026" (commas already
 * removed). Without a year, the next such day. chrono reads "Jan 15" as January
 * 2015, hence this reader. A weekday that does not match the date is refused.
 * Undefined when the text is not of this shape.
 */
export function readMonthNameDate(text: string, ctx: DayContext): Parsed<Day> | undefined {
  const groups = (MONTH_FIRST.exec(text) ?? DAY_FIRST.exec(text))?.groups;
  if (!groups) return undefined;
  const month = MONTHS[groups.month ?? ""] ?? 0;
  const dayOfMonth = Number(groups.day);
  const zone = ctx.today.zoneName ?? "UTC";
  const year = groups.year === undefined ? undefined : Number(groups.year);
  const date =
    year === undefined ? upcomingDay(month, dayOfMonth, ctx.today) : makeDay(year, month, dayOfMonth, zone);
  if (!date) return impossibleDate(ctx, year ?? ctx.today.year + 1, month, dayOfMonth);
  const weekday = groups.weekday === undefined ? undefined : WEEKDAYS[groups.weekday];
  if (weekday !== undefined && weekday !== date.weekday) {
    return reject("parse.date.weekday", {
      what: { key: ctx.what },
      input: ctx.input,
      date: { plainDay: toIsoDay(date) },
      actual: { weekday: date.weekday },
      written: { weekday },
    });
  }
  return succeed(date);
}
