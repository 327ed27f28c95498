import { type Parsed, reject } from "./problem.js";
import { succeed } from "./result.js";

/** "40" or "40%" (a whole percent from 0 to 100) → 40. */
export function parseProbability(input: string): Parsed<number> {
  const text = input.trim();
  const digits = /^(\d{1,3})\s*%?$/.exec(text)?.[1];
  const value = digits === undefined ? Number.NaN : Number(digits);
  if (value >= 0 && value <= 100) return succeed(value);
  return reject("parse.probability.invalid", { text });
}
