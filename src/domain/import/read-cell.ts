import { DateTime, IANAZone } from "luxon";
import { fail, type Result, succeed } from "../../parse/result.js";

/** How to read 03/04/2026: `dmy` (3 April), `mdy` (March 4), or refuse when both could be meant. */
export type DateOrder = "dmy" | "mdy" | "auto";

const ISO_DAY = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const NUMERIC_DAY = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(am|pm)?$/i;

interface DayParts {
  year: number;
  month: number;
  day: number;
}

/**
 * A calendar day as CRMs export it: 2026-11-30, 2026/11/30, 30.11.2026, and
 * 30/11/2026 or 11/30/2026 (read by `order`; in "auto" a slash date whose order
 * cannot be told, like 03/04/2026, is refused rather than guessed).
 */
function readDayParts(text: string, order: DateOrder): Result<DayParts> {
  const iso = ISO_DAY.exec(text);
  if (iso) return checked(text, Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const num = NUMERIC_DAY.exec(text);
  if (!num) return fail(`"${text}" is not a date I can read: use 2026-11-30 (or 30.11.2026).`);
  const a = Number(num[1]);
  const b = Number(num[3]);
  const year = Number(num[4]);
  // Dots are day first everywhere they are used; slashes and dashes depend on the locale.
  if (num[2] === ".") return checked(text, year, b, a);
  if (order === "dmy" || (order === "auto" && a > 12)) return checked(text, year, b, a);
  if (order === "mdy" || (order === "auto" && b > 12)) return checked(text, year, a, b);
  return fail(
    `"${text}" could be ${a} ${monthName(b)} or ${b} ${monthName(a)}: write 2026-11-30, or pass --date-order dmy (or mdy).`,
  );
}

function checked(text: string, year: number, month: number, day: number): Result<DayParts> {
  // Plain arithmetic, not luxon: this runs for every date of a 100k-row file.
  const real = new Date(Date.UTC(year, month - 1, day));
  if (year < 1970 || year > 2200 || real.getUTCMonth() !== month - 1 || real.getUTCDate() !== day)
    return fail(`"${text}" is not a real date.`);
  return succeed({ year, month, day });
}

/** A wall-clock time in a zone as an instant; UTC directly, other zones through luxon (zones cached). */
const zones = new Map<string, IANAZone>();
function instantIn(timezone: string, p: DayParts & { hour: number; minute: number; second: number }) {
  if (timezone === "UTC" || timezone === "Etc/UTC")
    return new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second));
  let zone = zones.get(timezone);
  if (!zone) {
    zone = IANAZone.create(timezone);
    zones.set(timezone, zone);
  }
  const dt = DateTime.fromObject(p, { zone });
  return dt.isValid ? dt.toJSDate() : undefined;
}

const monthName = (m: number) => DateTime.fromObject({ year: 2000, month: m, day: 1 }).toFormat("LLLL");

const pad = (n: number) => String(n).padStart(2, "0");

/** A day as "YYYY-MM-DD". A time after the day (a CRM's timestamp) is ignored. */
export function readDay(text: string, order: DateOrder): Result<string> {
  const t = text.trim();
  const instant = DateTime.fromISO(t, { setZone: true });
  if (/^\d{4}-\d{2}-\d{2}T/.test(t) && instant.isValid) return succeed(instant.toISODate() ?? "");
  const [dayText = ""] = t.split(/[\sT]+/, 1);
  const parts = readDayParts(dayText, order);
  if (!parts.ok) return parts;
  return succeed(`${parts.value.year}-${pad(parts.value.month)}-${pad(parts.value.day)}`);
}

/**
 * An instant: ISO 8601 with an offset (2026-11-30T14:05:00Z), or a day with an
 * optional time (2026-11-30 14:05, 11/30/2026 2:05 PM) in the team's timezone.
 * A day alone is its start.
 */
export function readInstant(text: string, opts: { order: DateOrder; timezone: string }): Result<Date> {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:?\d{2})$/i.test(t)) {
    const dt = DateTime.fromISO(t, { setZone: true });
    if (dt.isValid) return succeed(dt.toJSDate());
    return fail(`"${t}" is not a date and time I can read: use 2026-11-30T14:05:00Z or 2026-11-30 14:05.`);
  }
  const m = /^(\S+)(?:[\sT]+(.+))?$/.exec(t);
  const parts = readDayParts(m?.[1] ?? "", opts.order);
  if (!parts.ok) return parts;
  let hour = 0;
  let minute = 0;
  let second = 0;
  if (m?.[2]) {
    const time = TIME.exec(m[2].trim());
    if (!time) return fail(`"${t}" has a time I can't read: use 14:05 or 2:05 PM.`);
    hour = Number(time[1]);
    minute = Number(time[2]);
    second = Number(time[3] ?? 0);
    const ampm = time[4]?.toLowerCase();
    if (ampm === "pm" && hour < 12) hour += 12;
    if (ampm === "am" && hour === 12) hour = 0;
  }
  if (hour > 23 || minute > 59 || second > 59) return fail(`"${t}" is not a real time of day.`);
  const at = instantIn(opts.timezone, { ...parts.value, hour, minute, second });
  return at ? succeed(at) : fail(`"${t}" is not a real date and time.`);
}
