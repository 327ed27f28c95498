import { DateTime } from "luxon";

/** A calendar month in the team's timezone. */
export interface TeamMonth {
  key: string; // "2026-11"
  firstDay: string; // "2026-11-01"
  lastDay: string; // "2026-11-30"
  /** The instants the month starts and ends (exclusive) on the team's clock. */
  start: Date;
  end: Date;
  label: string; // "November 2026"
}

export function teamMonth(at: Date, timezone: string, offset = 0): TeamMonth {
  const start = DateTime.fromJSDate(at, { zone: timezone }).startOf("month").plus({ months: offset });
  const end = start.plus({ months: 1 });
  return {
    key: start.toFormat("yyyy-MM"),
    firstDay: start.toISODate()!,
    lastDay: end.minus({ days: 1 }).toISODate()!,
    start: start.toJSDate(),
    end: end.toJSDate(),
    label: start.toFormat("LLLL yyyy"),
  };
}
