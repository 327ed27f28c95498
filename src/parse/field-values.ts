import { z } from "zod";
import { formatDay } from "../i18n/format.js";
import type { Lang } from "../i18n/languages.js";
import { formatAmount, type Money, parseAmount } from "./amount.js";
import { resolveCurrency } from "./currency.js";
import { parseDate } from "./date.js";
import type { Subject } from "./day-context.js";
import type { RawFields } from "./deal-command-schema.js";
import { MAX_NAME_LENGTH } from "./deal-ref.js";
import { fieldNameSchema } from "./fields.js";
import { FORECAST_CATEGORIES, parseForecastCategory } from "./forecast-category.js";
import { parseProbability } from "./probability.js";
import { type Parsed, type Problem, reject, withTip } from "./problem.js";
import { succeed } from "./result.js";
import { parseUserMention } from "./user-mention.js";

/** How a value was read, to echo back: { field: "close", input: "next friday", meaning: "Fri 4 Dec 2026" }. */
export const interpretationSchema = z.object({
  field: fieldNameSchema,
  input: z.string(),
  meaning: z.string(),
});
export type Interpretation = z.infer<typeof interpretationSchema>;

/** Field values resolved; `stage` stays raw (matched against the team's stages later). Dates are "YYYY-MM-DD". */
export const parsedFieldsSchema = z.object({
  name: z.string().min(1).optional(),
  account: z.string().min(1).optional(),
  amount: z.object({ minor: z.bigint().nonnegative(), currency: z.string().length(3) }).optional(),
  currency: z.string().length(3).optional(),
  stage: z.string().min(1).optional(),
  closeDate: z.iso.date().optional(),
  nextStep: z.string().min(1).optional(),
  nextStepDue: z.iso.date().optional(),
  ownerId: z.string().min(1).optional(),
  probability: z.number().int().min(0).max(100).optional(),
  forecastCategory: z.enum(FORECAST_CATEGORIES).optional(),
  interpretations: z.array(interpretationSchema),
});
export type ParsedFields = z.infer<typeof parsedFieldsSchema>;

/** `lang`: the rep's language, for dates typed in it and for echoing values back in its format. */
export type FieldContext = { now: Date; timezone: string; defaultCurrency: string; lang?: Lang };

type TextField = {
  from: "name" | "account" | "stage" | "next";
  to: "name" | "account" | "stage" | "nextStep";
};
const TEXT_FIELDS: readonly (TextField & { what: Subject; max: number; example: string })[] = [
  { from: "name", to: "name", what: "parse.what.name", max: MAX_NAME_LENGTH, example: "name Acme Corp" },
  {
    from: "account",
    to: "account",
    what: "parse.what.account",
    max: MAX_NAME_LENGTH,
    example: "account Acme Group",
  },
  { from: "stage", to: "stage", what: "parse.what.stage", max: 100, example: "stage proposal" },
  {
    from: "next",
    to: "nextStep",
    what: "parse.what.next",
    max: 1000,
    example: "next send proposal by friday",
  },
];

/** The fields read, or every problem found (each naming its field). */
export type FieldsResult = { ok: true; value: ParsedFields } | { ok: false; problems: Problem[] };

/**
 * Resolve raw field values: amounts, dates, probability, owner, currency. Every
 * problem is reported at once, each naming its field. `currency` is the default for an amount without one; an amount in a
 * different currency is an error.
 */
export function parseFieldValues(raw: RawFields, ctx: FieldContext): FieldsResult {
  const problems: Problem[] = [];
  const out: ParsedFields = { interpretations: [] };
  const take = <T>(result: Parsed<T> | undefined, use: (value: T) => void, tip?: "parse.tip.dueBy") => {
    if (result?.ok) use(result.value);
    else if (result) problems.push(tip ? withTip(result.problem, tip) : result.problem);
  };
  const dateOf = (what: Subject) => (input: string) =>
    parseDate(input, { now: ctx.now, timezone: ctx.timezone, what, ...(ctx.lang ? { lang: ctx.lang } : {}) });
  const explain = (field: Interpretation["field"], input: string | undefined, meaning: string) =>
    out.interpretations.push({ field, input: input ?? "", meaning });

  for (const { from, to, what, max, example } of TEXT_FIELDS) {
    take(
      ifGiven(raw[from], (text) => checkText(what, text, max, example)),
      (text) => (out[to] = text),
    );
  }
  take(ifGiven(raw.currency, resolveCurrency), (code) => (out.currency = code));
  const amountIn = (input: string) => readAmount(input, out.currency ?? ctx.defaultCurrency, out.currency);
  take(ifGiven(raw.amount, amountIn), (money) => {
    out.amount = money;
    explain("amount", raw.amount, formatAmount(money.minor, money.currency, ctx.lang));
  });
  take(ifGiven(raw.close, dateOf("parse.what.close")), (day) => {
    out.closeDate = day.date;
    explain("close", raw.close, ctx.lang ? formatDay(ctx.lang, day.date) : day.label);
  });
  take(
    ifGiven(raw.nextBy, dateOf("parse.what.nextDue")),
    (day) => {
      out.nextStepDue = day.date;
      explain("next", `by ${raw.nextBy}`, ctx.lang ? formatDay(ctx.lang, day.date) : day.label);
    },
    "parse.tip.dueBy",
  );
  take(
    ifGiven(raw.owner, (owner) => parseUserMention(owner, "parse.what.owner")),
    (id) => (out.ownerId = id),
  );
  take(ifGiven(raw.probability, parseProbability), (percent) => (out.probability = percent));
  take(ifGiven(raw.forecast, parseForecastCategory), (category) => (out.forecastCategory = category));
  return problems.length > 0 ? { ok: false, problems } : succeed(out);
}

/** "close: next friday → Fri 4 Dec 2026" */
export function describeInterpretation(interpretation: Interpretation): string {
  return `${interpretation.field}: ${interpretation.input} → ${interpretation.meaning}`;
}

function checkText(what: Subject, value: string, max: number, example: string): Parsed<string> {
  const text = value.trim();
  if (text === "") return reject("parse.field.empty", { what: { key: what }, example });
  if (text.length > max)
    return reject("parse.field.tooLong", { what: { key: what }, length: text.length, max, example });
  return succeed(text);
}

/** Parse only the fields the user gave. */
function ifGiven<T>(value: string | undefined, parse: (value: string) => Parsed<T>): Parsed<T> | undefined {
  return value === undefined ? undefined : parse(value);
}

/** parseAmount, refusing an amount whose own currency contradicts the `currency` field. */
function readAmount(input: string, defaultCurrency: string, currencyField?: string): Parsed<Money> {
  const amount = parseAmount(input, { defaultCurrency });
  if (!amount.ok || currencyField === undefined || amount.value.currency === currencyField) return amount;
  return reject("parse.amount.currencyClash", {
    text: input.trim(),
    currency: amount.value.currency,
    field: currencyField,
  });
}
