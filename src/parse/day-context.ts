import { type Day, makeDay, toIsoDay } from "./calendar.js";
import { type ParseKey, type Rejection, reject } from "./problem.js";

/** The name of what is being parsed, said at the start of its problems: "Close date", "Owner". */
export type Subject = Extract<ParseKey, `parse.what.${string}`>;

/** What every date reader needs: the rep's today, the instant, and how to word errors. */
export type DayContext = {
  now: Date;
  today: Day;
  /** The thing being parsed, for messages: "Date", "Close date", "Next step due date". */
  what: Subject;
  /** The input as the user wrote it (trimmed), quoted in messages. */
  input: string;
  /** The closing "Try …" sentence of the generic error. */
  hint: ParseKey;
};

export const DATE_HINT: ParseKey = "parse.tip.date";

export function unreadableDate(ctx: DayContext): Rejection {
  return reject("parse.date.unreadable", { what: { key: ctx.what }, input: ctx.input }, [ctx.hint]);
}

/** 31.2.2027 → "… is not a real date: February 2027 has 28 days. Try 2027-02-28." */
export function impossibleDate(ctx: DayContext, year: number, month: number, day: number): Rejection {
  const about = { what: { key: ctx.what }, input: ctx.input };
  if (month < 1 || month > 12) return reject("parse.date.noMonth", { ...about, month: String(month) });
  const monthStart = makeDay(year, month, 1, "UTC");
  const last = monthStart ? toIsoDay(monthStart.endOf("month")) : "2027-01-15";
  if (day < 1) return reject("parse.date.noDay", { ...about, day: String(day), last });
  return reject("parse.date.shortMonth", {
    ...about,
    month: { month: `${year}-${String(month).padStart(2, "0")}` },
    days: monthStart?.daysInMonth ?? 31,
    last,
  });
}
