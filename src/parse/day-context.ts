import { type Day, explainImpossibleDay, makeDay, toIsoDay } from "./calendar.js";
import { type Failure, fail } from "./result.js";

/** What every date reader needs: the rep's today, the instant, and how to word errors. */
export type DayContext = {
  now: Date;
  today: Day;
  /** The thing being parsed, for messages: "Date", "Close date", "Next step due date". */
  what: string;
  /** The input as the user wrote it (trimmed), quoted in messages. */
  input: string;
  /** The closing "Try …" sentence of the generic error. */
  hint: string;
};

export const DATE_HINT = "Try friday, next friday, 15 Jan, 2027-01-15, in 2 weeks or end of month.";

export function unreadableDate(ctx: DayContext): Failure {
  return fail(`${ctx.what} "${ctx.input}" is not a date I understand. ${ctx.hint}`);
}

/** 31.2.2027 → "… is not a real date: February 2027 has 28 days. Try 2027-02-28." */
export function impossibleDate(ctx: DayContext, year: number, month: number, day: number): Failure {
  const reason = explainImpossibleDay(year, month, day);
  const lastDay = month >= 1 && month <= 12 ? makeDay(year, month, 1, "UTC")?.endOf("month") : undefined;
  const example = lastDay
    ? `Try ${toIsoDay(lastDay)}.`
    : "Dates are day first, e.g. 15.1.2027 or 2027-01-15.";
  return fail(`${ctx.what} "${ctx.input}" is not a real date: ${reason}. ${example}`);
}
