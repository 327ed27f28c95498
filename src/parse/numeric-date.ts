import type { Day } from "./calendar.js";
import { makeDay, upcomingDay } from "./calendar.js";
import { type DayContext, impossibleDate, unreadableDate } from "./day-context.js";
import { type Parsed, reject } from "./problem.js";
import { succeed } from "./result.js";

const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const DAY_MONTH_YEAR = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})$/;
const DAY_MONTH = /^(\d{1,2})([./])(\d{1,2})\.?$/;
const NUMERIC = /^[\d\s./-]+$/;

/**
 * 2027-01-15, and day-first 15.1.2027, 15/01/27, 15-1-2027, 15.1. (the next
 * 15 January). Always day first: 1/15/2027 is refused, not guessed as US order,
 * because a guess would silently misread 3/4/2027. Undefined when not numeric.
 */
export function readNumericDate(text: string, ctx: DayContext): Parsed<Day> | undefined {
  if (!NUMERIC.test(text)) return undefined;
  const iso = ISO.exec(text);
  if (iso) return checkedDay(ctx, Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const full = DAY_MONTH_YEAR.exec(text);
  if (full) {
    const year = full[4]?.length === 2 ? 2000 + Number(full[4]) : Number(full[4]);
    return dayFirst(ctx, Number(full[1]), Number(full[3]), year);
  }
  const short = DAY_MONTH.exec(text);
  if (short) return dayFirst(ctx, Number(short[1]), Number(short[3]), undefined);
  return unreadableDate(ctx);
}

function dayFirst(ctx: DayContext, day: number, month: number, year: number | undefined): Parsed<Day> {
  if (month > 12 && day <= 12) {
    const swapped = year === undefined ? `${month}.${day}.` : `${month}.${day}.${year}`;
    return reject("parse.date.dayFirst", {
      what: { key: ctx.what },
      input: ctx.input,
      month: String(month),
      swapped,
    });
  }
  if (year !== undefined) return checkedDay(ctx, year, month, day);
  const upcoming = upcomingDay(month, day, ctx.today);
  return upcoming ? succeed(upcoming) : impossibleDate(ctx, ctx.today.year + 1, month, day);
}

function checkedDay(ctx: DayContext, year: number, month: number, day: number): Parsed<Day> {
  const date = makeDay(year, month, day, ctx.today.zoneName ?? "UTC");
  return date ? succeed(date) : impossibleDate(ctx, year, month, day);
}
