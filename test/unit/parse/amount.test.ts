import { describe, expect, it } from "vitest";
import {
  formatAmount,
  formatEstimate,
  parseAmount as rawParseAmount,
  toMajorString,
} from "../../../src/parse/amount.js";
import { inEnglish } from "../../support/problems.js";

const parseAmount = (...args: Parameters<typeof rawParseAmount>) => inEnglish(rawParseAmount(...args));

const EUR = { defaultCurrency: "EUR" };
// Every refusal carries an example the user can copy: "e.g. 5k", "Try 12k".
const EXAMPLE = /(?:e\.g\.|Try) \S*\d/;

describe("parseAmount accepts", () => {
  it.each([
    ["12k", 1_200_000n, "EUR"],
    ["12K", 1_200_000n, "EUR"],
    ["1.2m", 120_000_000n, "EUR"],
    ["1,5m", 150_000_000n, "EUR"],
    ["1.5 M", 150_000_000n, "EUR"],
    ["1.5bn", 150_000_000_000n, "EUR"],
    ["12.5k", 1_250_000n, "EUR"],
    ["1.15k", 115_000n, "EUR"], // 1.15 * 100000 is 114999.99… in floating point
    ["4.35", 435n, "EUR"],
    ["12500", 1_250_000n, "EUR"],
    ["12 500", 1_250_000n, "EUR"],
    ["12\u00a0500", 1_250_000n, "EUR"],
    ["12\u202f500", 1_250_000n, "EUR"],
    ["1'000.50", 100_050n, "EUR"],
    ["12,500", 1_250_000n, "EUR"],
    ["1,234", 123_400n, "EUR"],
    ["12,500.50", 1_250_050n, "EUR"],
    ["12.500,50", 1_250_050n, "EUR"],
    ["12 500,50", 1_250_050n, "EUR"],
    ["1,234,567.89", 123_456_789n, "EUR"],
    ["1.234.567,89", 123_456_789n, "EUR"],
    ["12,50", 1_250n, "EUR"],
    ["12.5", 1_250n, "EUR"],
    ["0.29", 29n, "EUR"],
    ["0", 0n, "EUR"],
    ["0.00", 0n, "EUR"],
    ["007", 700n, "EUR"],
    ["€12,500", 1_250_000n, "EUR"],
    ["€ 0", 0n, "EUR"],
    ["$9,999", 999_900n, "USD"],
    ["£300", 30_000n, "GBP"],
    ["¥300", 300n, "JPY"],
    ["EUR 300", 30_000n, "EUR"],
    ["300 EUR", 30_000n, "EUR"],
    ["300eur", 30_000n, "EUR"],
    ["EUR12", 1_200n, "EUR"],
    ["12k EUR", 1_200_000n, "EUR"],
    ["€12 EUR", 1_200n, "EUR"],
    ["usd 1.5k", 150_000n, "USD"],
    ["cad 300", 30_000n, "CAD"],
    ["300 JPY", 300n, "JPY"],
    ["JPY 12,500", 12_500n, "JPY"],
    ["1.2m JPY", 1_200_000n, "JPY"],
    ["1.5 KWD", 1_500n, "KWD"],
    ["12 bnd", 1_200n, "BND"],
    ["10000000000000", 1_000_000_000_000_000n, "EUR"],
    ["9,999,999,999,999.99", 999_999_999_999_999n, "EUR"],
    ["  12k  ", 1_200_000n, "EUR"],
  ])("%j → %s minor units of %s", (input, minor, currency) => {
    expect(parseAmount(input, EUR)).toEqual({ ok: true, value: { minor, currency } });
  });

  it.each([
    ["12k", "USD", 1_200_000n],
    ["300", "JPY", 300n],
    ["1.5", "KWD", 1_500n],
  ])("%j without a currency uses the default %s", (input, defaultCurrency, minor) => {
    expect(parseAmount(input, { defaultCurrency })).toEqual({
      ok: true,
      value: { minor, currency: defaultCurrency },
    });
  });
});

describe("parseAmount refuses", () => {
  it.each([
    ["-5", /negative/],
    ["−5", /negative/],
    ["- 5", /negative/],
    ["(5)", /negative/],
    ["€-5", /negative/],
    ["-€5", /negative/],
    ["abc", /not a number/],
    ["12x", /not a number/],
    ["12k5", /not a number/],
    ["k", /not a number/],
    ["€", /not a number/],
    ["EUR", /not a number/],
    ["12e3", /not a number/],
    ["0x10", /not a number/],
    ["+5", /not a number/],
    ["12-15k", /not a number/],
    ["12 k k", /not a number/],
    ["Infinity", /not a number/],
    ["1/2", /not a number/],
    ["12 EURO", /not a number/],
    ["12 dollars", /not a number/],
    ["$$12", /not a number/],
    ["1.234", /ambiguous: it could mean 1234 or 1\.234/],
    ["12.500", /ambiguous/],
    ["12.555", /ambiguous/],
    ["1,200k", /ambiguous.*1200k/],
    ["1.234k", /ambiguous/],
    ["1,200,000k", /ambiguous/],
    ["12 500k", /ambiguous/],
    ["12.5555", /too many decimal places: EUR allows only 2/],
    ["12,5000", /too many decimal places/],
    ["0,500", /too many decimal places/],
    ["1.234567k", /too many decimal places.*1234\.56/],
    ["12.5 JPY", /JPY has no decimal places, e\.g\. 12\./],
    ["¥12.5", /JPY has no decimal places/],
    ["12.500.50", /separators/],
    ["1,2,3", /separators/],
    ["1,,000", /separators/],
    ["1 2", /separators/],
    ["12.", /separators/],
    ["1 234.567,89", /separators/],
    ["12,34,567", /separators/],
    ["0,500,000", /separators/],
    ["$12 EUR", /two currencies \(USD and EUR\)/],
    ["€12 GBP", /two currencies/],
    ["12 XYZ", /currency I don't know \("XYZ"\)/],
    ["XYZ 12", /currency I don't know/],
    ["99999999999999", /too large/],
    ["10000000000001", /too large/],
    ["20000bn", /too large/],
  ])("%j (%s)", (input, reason) => {
    const result = parseAmount(input, EUR);
    expect(result).toMatchObject({ ok: false });
    if (result.ok) return;
    expect(result.error).toMatch(reason);
    expect(result.error).toContain(`Amount "${input}"`);
    expect(result.error).toMatch(EXAMPLE);
  });

  it.each(["", "   "])("an empty amount %j, with an example", (input) => {
    expect(parseAmount(input, EUR)).toEqual({
      ok: false,
      error: "Amount is empty. Try 12k, 12500 or 12,500.50.",
    });
  });

  it("an unknown default currency", () => {
    expect(parseAmount("12", { defaultCurrency: "XYZ" })).toMatchObject({
      ok: false,
      error: /Currency "XYZ"/,
    });
  });

  it("uses the exact message from the spec for 12k5", () => {
    expect(parseAmount("12k5", EUR)).toEqual({
      ok: false,
      error: 'Amount "12k5" is not a number I understand. Try 12k, 12500 or 12,500.50.',
    });
  });
});

describe("formatAmount", () => {
  it.each([
    [1_250_000n, "EUR", "en", "€12,500"],
    [1_250_050n, "EUR", "en", "€12,500.50"],
    [5n, "EUR", "en", "€0.05"],
    [0n, "EUR", "en", "€0"],
    [999_900n, "USD", "en", "$9,999"],
    [30_000n, "GBP", "en", "£300"],
    [300n, "JPY", "en", "¥300"],
    [1_500n, "KWD", "en", "KWD\u00a01.500"],
    [-1_250n, "EUR", "en", "-€12.50"],
    [999_999_999_999_999n, "EUR", "en", "€9,999,999,999,999.99"],
    [123_456_789_012_345_678n, "USD", "en", "$1,234,567,890,123,456.78"],
    [1_250_050n, "EUR", "de", "12.500,50\u00a0€"],
  ])("%s %s (%s) → %s", (minor, currency, locale, expected) => {
    expect(formatAmount(minor, currency, locale)).toBe(expected);
  });

  it.each([
    [1_250_050n, "EUR"],
    [999_900n, "USD"],
    [30_001n, "GBP"],
    [12_500n, "JPY"],
    [999_999_999_999_999n, "EUR"],
  ])("round-trips %s %s through parseAmount", (minor, currency) => {
    expect(parseAmount(formatAmount(minor, currency), EUR)).toEqual({ ok: true, value: { minor, currency } });
  });
});

describe("toMajorString", () => {
  it.each([
    [1_250_050n, 2, "12500.50"],
    [5n, 2, "0.05"],
    [0n, 2, "0.00"],
    [300n, 0, "300"],
    [1_500n, 3, "1.500"],
    [-5n, 2, "-0.05"],
  ])("%s with %s digits → %s", (minor, digits, expected) => {
    expect(toMajorString(minor, digits)).toBe(expected);
  });
});

describe("formatEstimate: forecasts in whole units", () => {
  it.each([
    [1_234_567n, "EUR", "€12,346"],
    [1_234_549n, "EUR", "€12,345"],
    [1_234_550n, "EUR", "€12,346"],
    [49n, "EUR", "€0"],
    [-1_234_567n, "EUR", "-€12,346"],
    [300n, "JPY", "¥300"],
    [1_500_499n, "KWD", "KWD\u00a01,500"],
  ])("%s %s → %s", (minor, currency, expected) => {
    expect(formatEstimate(minor, currency)).toBe(expected);
  });
});
