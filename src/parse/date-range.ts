import type { DateTimeUnit } from "luxon";
import { type Day, formatDayLabel, localToday, MONTH_PATTERN, MONTHS, toIsoDay } from "./calendar.js";
import { type Parsed, reject } from "./problem.js";
import { MAX_YEAR, MIN_YEAR, readDay } from "./read-day.js";
import { succeed } from "./result.js";

/** Inclusive calendar days, "YYYY-MM-DD", with a label such as "1 Dec 2026 – 31 Dec 2026". */
export type DayRange = { from: string; to: string; label: string };

type Span = { from: Day; to: Day };

const SEPARATOR = /\s*\.\.\s*|\s+(?:to|until|till|-|–|—)\s+/;
const RELATIVE = /^(this|next|last) (week|month|quarter|year)$/;
const QUARTER = /^q([1-4])(?: (\d{4}))?$/;
const MONTH = new RegExp(`^(${MONTH_PATTERN})(?:[ -](\\d{4}))?$`);
const ISO_MONTH = /^(\d{4})-(\d{1,2})$/;
const YEAR = /^(\d{4})$/;
const ROLLING = /^(next|last|past) (?:(\d{1,3}) )?(day|week|month)s?$/;
const SHIFT: Readonly<Record<string, number>> = { this: 0, next: 1, last: -1 };

/**
 * The period for `/deal list closing …`: this/next/last week (Monday–Sunday),
 * month, quarter (calendar quarters) or year; next/last 30 days, next 2 weeks
 * (rolling, from today); q1 / q1 2027; january / jan 2027 / 2027-01;
 * a single day; or two of these joined by "..", "to", "until" or " - "
 * (2026-12-01..2026-12-31, jan to mar). A month or quarter without a year is the
 * next one that has not ended yet.
 */
export function parseDateRange(input: string, opts: { now: Date; timezone: string }): Parsed<DayRange> {
  const original = input.replace(/\s+/g, " ").trim();
  if (original === "") return reject("parse.range.empty", {}, ["parse.tip.range"]);
  const today = localToday(opts.now, opts.timezone);
  if (!today) return reject("parse.date.badZone", { zone: opts.timezone });
  const text = original.toLowerCase().replace(/^(?:from|between) /, "");
  const separator = SEPARATOR.exec(text);
  const readSide = (side: string, after: Day) => readSpan(side, today, after, opts);
  if (!separator) return toRange(readSide(text, today), original);
  const start = readSide(text.slice(0, separator.index), today);
  if (!start.ok) return start;
  // "nov to feb": a month or quarter without a year on the right is the first one after the start.
  const end = readSide(text.slice(separator.index + separator[0].length), start.value.from);
  if (!end.ok) return end;
  if (end.value.to < start.value.from) return reject("parse.range.backwards", { input: original });
  return toRange(succeed({ from: start.value.from, to: end.value.to }), original);
}

function readSpan(text: string, today: Day, after: Day, opts: { now: Date; timezone: string }): Parsed<Span> {
  const relative = RELATIVE.exec(text);
  if (relative) {
    const unit = relative[2] as DateTimeUnit;
    const start = today.plus({ [`${unit}s`]: SHIFT[relative[1] ?? ""] ?? 0 }).startOf(unit);
    return succeed(spanOf(start, unit));
  }
  const rolling = ROLLING.exec(text);
  if (rolling) {
    const amount = { [`${rolling[3]}s`]: Number(rolling[2] ?? 1) };
    return succeed(
      rolling[1] === "next"
        ? { from: today, to: today.plus(amount) }
        : { from: today.minus(amount), to: today },
    );
  }
  const quarter = QUARTER.exec(text);
  if (quarter) return succeed(upcomingSpan(after, (Number(quarter[1]) - 1) * 3 + 1, quarter[2], "quarter"));
  const month = MONTH.exec(text);
  if (month) return succeed(upcomingSpan(after, MONTHS[month[1] ?? ""] ?? 1, month[2], "month"));
  const isoMonth = ISO_MONTH.exec(text);
  if (isoMonth && Number(isoMonth[2]) >= 1 && Number(isoMonth[2]) <= 12) {
    return succeed(upcomingSpan(after, Number(isoMonth[2]), isoMonth[1], "month"));
  }
  const year = YEAR.exec(text);
  if (year) return succeed(spanOf(today.set({ year: Number(year[1]), month: 1, day: 1 }), "year"));
  const day = readDay(text, { ...opts, what: "parse.what.closing", hint: "parse.tip.range" });
  return day.ok ? succeed({ from: day.value, to: day.value }) : day;
}

/** The month/quarter starting at `month` in `year`, or, without a year, the first one not over by `after`. */
function upcomingSpan(after: Day, month: number, year: string | undefined, unit: "month" | "quarter"): Span {
  const start = after.set({ year: year === undefined ? after.year : Number(year), month, day: 1 });
  const span = spanOf(start, unit);
  if (year !== undefined || span.to >= after) return span;
  return spanOf(start.plus({ years: 1 }), unit);
}

function spanOf(start: Day, unit: DateTimeUnit): Span {
  return { from: start.startOf("day"), to: start.endOf(unit).startOf("day") };
}

function toRange(span: Parsed<Span>, original: string): Parsed<DayRange> {
  if (!span.ok) return span;
  const { from, to } = span.value;
  if (from.year < MIN_YEAR || to.year > MAX_YEAR) {
    return reject("parse.range.tooFar", { input: original, min: String(MIN_YEAR), max: String(MAX_YEAR) });
  }
  const label = +from === +to ? formatDayLabel(from) : `${shortLabel(from)} – ${shortLabel(to)}`;
  return succeed({ from: toIsoDay(from), to: toIsoDay(to), label });
}

function shortLabel(day: Day): string {
  return day.setLocale("en").toFormat("d LLL yyyy");
}
