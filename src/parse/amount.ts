import { CURRENCY_SYMBOLS, minorDigits, resolveCurrency } from "./currency.js";
import { readDecimal } from "./decimal-number.js";
import { type Parsed, type ProblemValue, reject } from "./problem.js";
import { succeed } from "./result.js";

/** Money as an integer count of the currency's minor unit (cents for EUR, yen for JPY). */
export type Money = { minor: bigint; currency: string };

const MAX_MAJOR = 10n ** 13n;
const MULTIPLIER_DIGITS: Readonly<Record<string, number>> = { k: 3, m: 6, bn: 9 };

// [currency] number [k|m|bn] [currency]; a prefix code must not run into more letters ("abc12").
const SHAPE =
  /^(?<pre>[€$£¥]|[a-z]{3}(?![a-z]))?\s*(?<num>\d[\d.,' ]*?)?\s*(?<mult>k|m|bn)?\s*(?<post>[€$£¥]|[a-z]{3})?$/i;
const NEGATIVE = /^(?:\(.*\)|(?:[€$£¥]|[a-z]{3})?\s*[-−–])/i;

/**
 * Parse what a rep types as a deal amount: 12k, 1.2m, 1,5m, 12 500, 12,500.50,
 * 12.500,50, €12,500, EUR 300, 300eur. Without a currency, `defaultCurrency`.
 * Refuses negatives, a lone dot before three digits (1.234: decimal or
 * thousands?), thousands separators combined with k/m/bn (1,200k), more decimals
 * than the currency has, and anything above 10^13 major units.
 */
export function parseAmount(input: string, opts: { defaultCurrency: string }): Parsed<Money> {
  const text = normalizeSpaces(input);
  if (text === "") return reject("parse.amount.empty");
  if (NEGATIVE.test(text)) return reject("parse.amount.negative", { text });
  const shape = SHAPE.exec(text)?.groups;
  if (!shape?.num) return reject("parse.amount.notNumber", { text });

  const currency = pickCurrency(text, shape.pre, shape.post, opts.defaultCurrency);
  if (!currency.ok) return currency;
  const mult = shape.mult?.toLowerCase();
  const reading = readDecimal(shape.num.trim(), { allowGrouping: mult === undefined });
  if (!reading.ok) return describeUnreadable(text, shape.num.trim(), reading.problem, mult);

  const digits = minorDigits(currency.value);
  const { whole, fraction } = reading.value;
  const exponent = (mult ? (MULTIPLIER_DIGITS[mult] ?? 0) : 0) + digits - fraction.length;
  const allDigits = whole + fraction;
  if (exponent < 0) {
    const closest = toMajorString(BigInt(allDigits.slice(0, exponent)), digits);
    return reject("parse.amount.tooPrecise", { text, currency: currency.value, digits, closest });
  }
  const minor = BigInt(allDigits) * 10n ** BigInt(exponent);
  if (minor > MAX_MAJOR * 10n ** BigInt(digits)) {
    return reject("parse.amount.tooLarge", { text, max: Number(MAX_MAJOR) });
  }
  return succeed({ minor, currency: currency.value });
}

/**
 * "€12,500", "€12,500.50" (".00" dropped), "¥300". The minor amount becomes an
 * exact decimal string before Intl sees it, so no float rounding can creep in.
 */
export function formatAmount(minor: bigint, currency: string, locale = "en"): string {
  const digits = minorDigits(currency);
  const fractionDigits = minor % 10n ** BigInt(digits) === 0n ? 0 : digits;
  return formatter(locale, currency, fractionDigits).format(toMajorString(minor, digits) as `${number}`);
}

/**
 * An estimate (a weighted or historical forecast) in whole units: €12,346, not
 * €12,345.67, whose cents would claim a precision the estimate does not have.
 */
export function formatEstimate(minor: bigint, currency: string, locale = "en"): string {
  const unit = 10n ** BigInt(minorDigits(currency));
  const half = minor < 0n ? -unit / 2n : unit / 2n;
  return formatAmount(((minor + half) / unit) * unit, currency, locale);
}

// Building an Intl.NumberFormat is costly (it showed in profiles of busy Home tabs); they are reusable.
const formatters = new Map<string, Intl.NumberFormat>();
function formatter(locale: string, currency: string, fractionDigits: number): Intl.NumberFormat {
  const key = `${locale}|${currency}|${fractionDigits}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      style: "currency",
      currency,
      // CLDR writes "20 000 EUR" in Ukrainian; teams there write "20 000 €", as in fi/pl/ru.
      ...(locale.startsWith("en") ? {} : { currencyDisplay: "narrowSymbol" as const }),
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    formatters.set(key, format);
  }
  return format;
}

/** 1250050n with 2 digits → "12500.50"; with 0 digits → "1250050". */
export function toMajorString(minor: bigint, digits: number): string {
  const sign = minor < 0n ? "-" : "";
  const abs = (minor < 0n ? -minor : minor).toString().padStart(digits + 1, "0");
  if (digits === 0) return sign + abs;
  return `${sign}${abs.slice(0, -digits)}.${abs.slice(-digits)}`;
}

function pickCurrency(
  text: string,
  pre: string | undefined,
  post: string | undefined,
  defaultCurrency: string,
): Parsed<string> {
  const found: string[] = [];
  for (const written of [pre, post]) {
    if (written === undefined) continue;
    const code = CURRENCY_SYMBOLS[written] ?? written.toUpperCase();
    const known = resolveCurrency(code);
    if (!known.ok) return reject("parse.amount.unknownCurrency", { text, written });
    found.push(known.value);
  }
  const [first, second] = found;
  if (first && second && first !== second) {
    return reject("parse.amount.twoCurrencies", { text, first, second });
  }
  return first ? succeed(first) : resolveCurrency(defaultCurrency);
}

function describeUnreadable(
  text: string,
  num: string,
  problem: "format" | "ambiguous",
  mult?: string,
): Parsed<never> {
  if (problem === "format") return reject("parse.amount.separators", { text });
  if (mult) {
    const plain = `${num.replace(/[.,' ]/g, "")}${mult}`;
    return reject("parse.amount.ambiguousMultiplier", { text, num, plain, decimal: `1.5${mult}` });
  }
  const [whole = "", tail = ""] = num.split(/[.,]/);
  const readings: Record<string, ProblemValue> = {
    whole: `${whole}${tail}`,
    decimal: `${whole}.${tail}`,
    short: `${whole}.${tail.slice(0, 2)}`,
  };
  return reject("parse.amount.ambiguous", { text, ...readings });
}

/** Slack users paste no-break, narrow no-break and thin spaces as thousands separators; ’ as in 1’000. */
function normalizeSpaces(input: string): string {
  return input
    .replace(/[\s\u00a0\u202f\u2009]+/g, " ")
    .replace(/’/g, "'")
    .trim();
}
