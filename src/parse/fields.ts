import { z } from "zod";
import { MONTHS, WEEKDAYS } from "./calendar.js";

/** The fields of /deal new and /deal update, in the order help lists them. */
export const FIELD_NAMES = [
  "name",
  "account",
  "amount",
  "currency",
  "stage",
  "close",
  "next",
  "owner",
  "probability",
  "forecast",
] as const;
export const fieldNameSchema = z.enum(FIELD_NAMES);
export type FieldName = z.infer<typeof fieldNameSchema>;

/** One example per field, used in every message about that field. */
export const FIELD_EXAMPLES: Readonly<Record<FieldName, string>> = {
  name: "name Acme Corp",
  account: "account Acme Group",
  amount: "amount 12k",
  currency: "currency EUR",
  stage: "stage proposal",
  close: "close next friday",
  next: "next send proposal by friday",
  owner: "owner @maria",
  probability: "probability 40",
  forecast: "forecast commit",
};

// After "next" these words make it part of a date ("close next friday"), not the next-step field.
const CALENDAR_WORDS = new Set([
  ...Object.keys(WEEKDAYS),
  ...Object.keys(MONTHS),
  ...["week", "weekend", "month", "quarter", "year"],
]);

/** True when `word` (lower case) may follow "next" inside a date. */
export function isCalendarWord(word: string): boolean {
  return CALENDAR_WORDS.has(word);
}
