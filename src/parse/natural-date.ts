import * as chrono from "chrono-node";
import { DateTime } from "luxon";
import { type Day, makeDay } from "./calendar.js";
import { type DayContext, unreadableDate } from "./day-context.js";
import { type Parsed, reject } from "./problem.js";
import { succeed } from "./result.js";

const LOOKS_BACK = /\b(?:last|ago|yesterday|previous|past)\b/;
const WHOLE_PERIOD = /^(?:this|next|last) (month|quarter|year)$/;

/**
 * Relative and casual dates through chrono: today, tomorrow, next friday, in 2
 * weeks, 3 days ago. chrono reads its reference with the host's local-time
 * getters and only knows numeric offsets, and mixes frames when given one, so we
 * hand it a Date whose host-local wall clock is the rep's wall clock: relative
 * words then resolve on the rep's calendar. `forwardDate` makes dates without a
 * year or week point ahead; it is off for backward words, where chrono would
 * otherwise misread "last friday".
 *
 * Refused: text chrono only partly understood ("next friday maybe"), a time with
 * no day ("3pm"), and whole months, quarters or years ("next month") that name no
 * single day ("next week" is chrono's a-week-from-today).
 */
export function readNaturalDate(text: string, ctx: DayContext): Parsed<Day> {
  const period = WHOLE_PERIOD.exec(text)?.[1];
  const about = { what: { key: ctx.what }, input: ctx.input };
  if (period) return reject("parse.date.wholePeriod", { ...about, period });
  const results = chrono.en.GB.parse(text, wallClock(ctx), { forwardDate: !LOOKS_BACK.test(text) });
  const [first] = results;
  if (!first) return unreadableDate(ctx);
  if (results.length > 1 || first.index !== 0 || first.text.length !== text.length) {
    const extra = text.replace(first.text, " ").trim().replace(/\s+/g, " ");
    return reject("parse.date.extraWords", { ...about, extra, date: first.text }, [ctx.hint]);
  }
  const start = first.start;
  const hasDay =
    start.isCertain("day") || start.isCertain("weekday") || first.tags().has("result/relativeDate");
  if (!hasDay) {
    return reject("parse.date.notDay", { ...about, kind: start.isCertain("hour") ? "time" : "span" });
  }
  const date = makeDay(
    start.get("year") ?? 0,
    start.get("month") ?? 0,
    start.get("day") ?? 0,
    ctx.today.zoneName ?? "UTC",
  );
  return date ? succeed(date) : unreadableDate(ctx);
}

/** A Date whose host-local fields show the rep's local time at `now`. */
function wallClock(ctx: DayContext): Date {
  const local = DateTime.fromJSDate(ctx.now, { zone: ctx.today.zone });
  return new Date(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
}
