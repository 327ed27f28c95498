import { DateTime } from "luxon";

/** A calendar period in the team's timezone: its key, its days and its instants [from, to). */
export interface Period {
  /** "2026-11" for a month, "2026-Q4" for a quarter, "2026" for a year. */
  key: string;
  firstDay: string;
  lastDay: string;
  from: Date;
  to: Date;
}

export interface DigestPeriods {
  /** The team's calendar day of `at`. */
  today: string;
  /** Monday of the week of `at`, "YYYY-MM-DD": the digest's period key. */
  weekOf: string;
  month: Period;
  quarter: Period;
  year: Period;
  /** The last 7 days, for activity and tops and flops. */
  week: { from: Date; to: Date };
  /** The last 90 days, for conversion and loss reasons. */
  recent: { from: Date; to: Date };
  /** The last 12 months, for the reference funnel, win rates and consistency. */
  reference: { from: Date; to: Date };
  /** The last 12 calendar months (this one included), oldest first, for "months with a win". */
  months: Period[];
  /** The two quarters after this one: the digest's rolling medium-term view. */
  nextQuarters: Period[];
}

const DAY_FORMAT = "yyyy-MM-dd";

function period(start: DateTime, unit: "month" | "quarter" | "year", key: string): Period {
  const end = start.plus(unit === "quarter" ? { months: 3 } : { [`${unit}s`]: 1 });
  return {
    key,
    firstDay: start.toFormat(DAY_FORMAT),
    lastDay: end.minus({ days: 1 }).toFormat(DAY_FORMAT),
    from: start.toJSDate(),
    to: end.toJSDate(),
  };
}

export const monthPeriod = (start: DateTime) =>
  period(start.startOf("month"), "month", start.toFormat("yyyy-MM"));

export const quarterPeriod = (start: DateTime) =>
  period(start.startOf("quarter"), "quarter", `${start.year}-Q${start.quarter}`);

/** The periods a digest (or a forecast) as of `at` looks at, in the team's timezone. */
export function digestPeriods(at: Date, timezone: string): DigestPeriods {
  const local = DateTime.fromJSDate(at, { zone: timezone });
  const now = at;
  const daysBack = (days: number) => new Date(now.getTime() - days * 86_400_000);
  return {
    today: local.toFormat(DAY_FORMAT),
    weekOf: local.startOf("week").toFormat(DAY_FORMAT),
    month: monthPeriod(local),
    quarter: quarterPeriod(local),
    year: period(local.startOf("year"), "year", String(local.year)),
    week: { from: daysBack(7), to: now },
    recent: { from: daysBack(90), to: now },
    reference: { from: local.minus({ months: 12 }).toJSDate(), to: now },
    months: Array.from({ length: 12 }, (_, i) =>
      monthPeriod(local.startOf("month").minus({ months: 11 - i })),
    ),
    nextQuarters: [1, 2].map((n) => quarterPeriod(local.startOf("quarter").plus({ quarters: n }))),
  };
}

/** A quota period typed by an admin: "2026-11" or "2026-Q4"; anything else is null. */
export function parseQuotaPeriod(text: string): { kind: "month" | "quarter"; key: string } | null {
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(text.trim());
  if (month) return { kind: "month", key: `${month[1]}-${month[2]}` };
  const quarter = /^(\d{4})-?q([1-4])$/i.exec(text.trim());
  if (quarter) return { kind: "quarter", key: `${quarter[1]}-Q${quarter[2]}` };
  return null;
}

/** "2026-Q4" → ["2026-10", "2026-11", "2026-12"]. */
export function monthsOfQuarter(quarterKey: string): string[] {
  const [year, q] = quarterKey.split("-Q");
  const first = (Number(q) - 1) * 3 + 1;
  return [0, 1, 2].map((i) => `${year}-${String(first + i).padStart(2, "0")}`);
}
