import { DateTime } from "luxon";
import { formatAmount, formatEstimate } from "../parse/amount.js";
import type { Lang } from "./languages.js";

// Numbers, money and dates as each language writes them, through Intl. English
// keeps the forms Dealbot has always printed ("€12,500", "Fri 4 Dec 2026").

/** "€20,000" in English; "20 000 €" in Finnish, Polish, Ukrainian and Russian. */
export function formatMoney(lang: Lang, minor: bigint, currency: string): string {
  return formatAmount(minor, currency, lang);
}

/** A forecast or weighted estimate, in whole units. */
export function formatMoneyEstimate(lang: Lang, minor: bigint, currency: string): string {
  return formatEstimate(minor, currency, lang);
}

const numberFormats = new Map<Lang, Intl.NumberFormat>();
export function formatNumber(lang: Lang, n: number): string {
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang);
    numberFormats.set(lang, format);
  }
  return format.format(n);
}

const dayFormats: Record<Exclude<Lang, "en">, Intl.DateTimeFormatOptions> = {
  // Finns read dates as numbers: "to 31.12.2026".
  fi: { weekday: "short", day: "numeric", month: "numeric", year: "numeric", timeZone: "UTC" },
  // "czw., 31 grudnia 2026", "чт, 31 грудня 2026 р.", "чт, 31 декабря 2026 г."
  pl: { weekday: "short", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" },
  uk: { weekday: "short", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" },
  ru: { weekday: "short", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" },
};
const dateFormatters = new Map<string, Intl.DateTimeFormat>();
function dateFormatter(lang: Lang, kind: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${kind}|${options.timeZone ?? ""}`;
  let format = dateFormatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, options);
    dateFormatters.set(key, format);
  }
  return format;
}

/** A calendar day "2026-12-04" → "Fri 4 Dec 2026" / "pe 4.12.2026" / "pt., 4 grudnia 2026". */
export function formatDay(lang: Lang, day: string): string {
  const d = DateTime.fromISO(day, { zone: "UTC" });
  if (!d.isValid) return day;
  if (lang === "en") return d.toFormat("ccc d LLL yyyy");
  return dateFormatter(lang, "day", dayFormats[lang]).format(d.toJSDate());
}

/** "2026-12" → "December 2026" / "joulukuu 2026" / "grudzień 2026". */
export function formatMonth(lang: Lang, month: string): string {
  const d = DateTime.fromISO(`${month}-01`, { zone: "UTC" });
  if (!d.isValid) return month;
  if (lang === "en") return d.toFormat("LLLL yyyy");
  return dateFormatter(lang, "month", { month: "long", year: "numeric", timeZone: "UTC" }).format(
    d.toJSDate(),
  );
}

/** An instant on the reader's wall clock: "Mon 23 Nov 09:05" / "ma 23.11. klo 9.05". */
export function formatTime(lang: Lang, at: Date, timezone: string): string {
  if (lang === "en") return DateTime.fromJSDate(at, { zone: timezone }).toFormat("ccc d LLL HH:mm");
  return dateFormatter(lang, "time", {
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: timezone,
  }).format(at);
}

/** A period of days "2026-12-01".."2026-12-31" → "1.–31.12.2026" / "1–31 grudnia 2026"; one day as formatDay. */
export function formatDayRange(lang: Exclude<Lang, "en">, from: string, to: string): string {
  if (from === to) return formatDay(lang, from);
  const [start, end] = [from, to].map((day) => DateTime.fromISO(day, { zone: "UTC" }).toJSDate()) as [
    Date,
    Date,
  ];
  const month = lang === "fi" ? "numeric" : "long";
  return dateFormatter(lang, "range", {
    day: "numeric",
    month,
    year: "numeric",
    timeZone: "UTC",
  }).formatRange(start, end);
}

// British English writes "A, B and C" / "A, B or C" (no serial comma), as Dealbot always has.
const LIST_LOCALE: Record<Lang, string> = { en: "en-GB", fi: "fi", pl: "pl", uk: "uk", ru: "ru" };

/** "A, B and C" (`and`) or "A, B or C" (`or`) as `lang` writes a list. */
export function formatList(lang: Lang, items: readonly string[], join: "and" | "or"): string {
  const type = join === "and" ? "conjunction" : "disjunction";
  return new Intl.ListFormat(LIST_LOCALE[lang], { type }).format(items);
}
