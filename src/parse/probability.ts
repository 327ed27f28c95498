import { fail, type Result, succeed } from "./result.js";

/** "40" or "40%" (a whole percent from 0 to 100) → 40. */
export function parseProbability(input: string): Result<number> {
  const text = input.trim();
  const digits = /^(\d{1,3})\s*%?$/.exec(text)?.[1];
  const value = digits === undefined ? Number.NaN : Number(digits);
  if (value >= 0 && value <= 100) return succeed(value);
  return fail(`Probability "${text}" must be a whole number from 0 to 100, e.g. 40 or 40%.`);
}
