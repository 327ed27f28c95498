import type { Lang } from "../i18n/languages.js";
import { type Day, localToday, toIsoDay } from "./calendar.js";
import { DATE_HINT, type DayContext, type Subject } from "./day-context.js";
import { localizedDateToEnglish } from "./localized-date.js";
import { readMonthNameDate } from "./month-name-date.js";
import { readNaturalDate } from "./natural-date.js";
import { readNumericDate } from "./numeric-date.js";
import { readPeriodEnd } from "./period-end.js";
import { type Parsed, type ParseKey, reject } from "./problem.js";
import { readWeekday } from "./weekday-date.js";

export type DateOptions = {
  now: Date;
  /** IANA zone of the rep (Slack users.info `tz`). */
  timezone: string;
  /** Names the thing in messages; default "Date". */
  what?: Subject;
  /** Replaces the "Try …" sentence of the generic message. */
  hint?: ParseKey;
  /** The rep's language: Finnish, Ukrainian and Russian date phrases are read too (English always is). */
  lang?: Lang;
};

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2099;

/** parseDate's work, returning the luxon day for callers that do calendar arithmetic. */
export function readDay(input: string, opts: DateOptions): Parsed<Day> {
  const what = opts.what ?? "parse.what.date";
  const original = input.replace(/\s+/g, " ").trim();
  if (original === "") return reject("parse.date.empty", { what: { key: what } }, [opts.hint ?? DATE_HINT]);
  const today = localToday(opts.now, opts.timezone);
  if (!today) return reject("parse.date.badZone", { zone: opts.timezone });
  const ctx: DayContext = { now: opts.now, today, what, input: original, hint: opts.hint ?? DATE_HINT };
  const typed = original.toLowerCase().replace(/,/g, " ").replace(/\s+/g, " ").trim();
  const text =
    (opts.lang && localizedDateToEnglish(typed, opts.lang, { now: opts.now, zone: opts.timezone })) || typed;
  const day =
    readNumericDate(text, ctx) ??
    readMonthNameDate(text, ctx) ??
    readPeriodEnd(text, ctx) ??
    readWeekday(text, today) ??
    readNaturalDate(text, ctx);
  if (day.ok && (day.value.year < MIN_YEAR || day.value.year > MAX_YEAR)) {
    return reject("parse.date.tooFar", {
      what: { key: what },
      input: original,
      day: { day: toIsoDay(day.value) },
      min: String(MIN_YEAR),
      max: String(MAX_YEAR),
    });
  }
  return day;
}
