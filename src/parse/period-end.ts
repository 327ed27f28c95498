import type { DurationLikeObject } from "luxon";
import { type Day, MONTH_PATTERN, MONTHS, upcomingDay } from "./calendar.js";
import type { DayContext } from "./day-context.js";
import type { Parsed } from "./problem.js";
import { succeed } from "./result.js";

type Unit = "month" | "quarter" | "year";

const THIS_END = /^(?:end of (?:the |this )?(?<unit>month|quarter|year)|eo(?<abbr>[mqy]))$/;
const NEXT_END = /^end of (?:the )?next (?<unit>month|quarter|year)$/;
const MONTH_END = new RegExp(`^end of (?<month>${MONTH_PATTERN})(?: (?<year>\\d{4}))?$`);
const ABBREVIATIONS: Readonly<Record<string, Unit>> = { m: "month", q: "quarter", y: "year" };
const ONE: Readonly<Record<Unit, DurationLikeObject>> = {
  month: { months: 1 },
  quarter: { quarters: 1 },
  year: { years: 1 },
};

/**
 * "end of month", "eom", "end of next quarter", "end of year", "end of march":
 * the last day of that calendar period in the rep's zone (quarters are calendar
 * quarters). Undefined when the text is not of this shape.
 */
export function readPeriodEnd(text: string, ctx: DayContext): Parsed<Day> | undefined {
  const current = THIS_END.exec(text)?.groups;
  if (current) {
    const unit = (current.unit as Unit | undefined) ?? ABBREVIATIONS[current.abbr ?? ""] ?? "month";
    return succeed(ctx.today.endOf(unit).startOf("day"));
  }
  const next = NEXT_END.exec(text)?.groups;
  if (next) {
    const unit = next.unit as Unit;
    return succeed(ctx.today.plus(ONE[unit]).endOf(unit).startOf("day"));
  }
  const named = MONTH_END.exec(text)?.groups;
  if (named) {
    const month = MONTHS[named.month ?? ""] ?? 1;
    const first =
      named.year === undefined
        ? upcomingDay(month, 1, ctx.today.startOf("month"))
        : ctx.today.set({ year: Number(named.year), month, day: 1 });
    return first ? succeed(first.endOf("month").startOf("day")) : undefined;
  }
  return undefined;
}
