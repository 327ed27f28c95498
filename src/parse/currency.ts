import { type Parsed, reject } from "./problem.js";
import { succeed } from "./result.js";

/**
 * Symbols we accept in amounts. `$` means USD and `¥` JPY: other dollars and
 * yuan must be written with their code (CAD 300, 300 CNY).
 */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  "€": "EUR",
  $: "USD",
  "£": "GBP",
  "¥": "JPY",
};

const KNOWN_CODES = new Set(Intl.supportedValuesOf("currency"));

/** True for an ISO 4217 code the runtime knows, e.g. "EUR" (upper case only). */
export function isCurrencyCode(code: string): boolean {
  return KNOWN_CODES.has(code);
}

/** "eur", "EUR" or "€" → "EUR". */
export function resolveCurrency(input: string): Parsed<string> {
  const text = input.trim();
  const code = CURRENCY_SYMBOLS[text] ?? text.toUpperCase();
  if (/^[A-Z]{3}$/.test(code) && isCurrencyCode(code)) return succeed(code);
  return reject("parse.currency.unknown", { text });
}

const digitsByCurrency = new Map<string, number>();

/** How many minor-unit digits a currency has: 2 for EUR (cents), 0 for JPY, 3 for KWD. */
export function minorDigits(currency: string): number {
  // Building an Intl.NumberFormat costs more than most of a request's work; every amount asks.
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    const format = new Intl.NumberFormat("en", { style: "currency", currency });
    digits = format.resolvedOptions().maximumFractionDigits ?? 2;
    digitsByCurrency.set(currency, digits);
  }
  return digits;
}
