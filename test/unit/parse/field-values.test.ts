import { describe, expect, it } from "vitest";
import type { RawFields } from "../../../src/parse/deal-command.js";
import {
  describeInterpretation,
  type FieldContext,
  parsedFieldsSchema,
  parseFieldValues as rawParseFieldValues,
} from "../../../src/parse/field-values.js";
import { inEnglish } from "../../support/problems.js";

const parseFieldValues = (...args: Parameters<typeof rawParseFieldValues>) =>
  inEnglish(rawParseFieldValues(...args));

// Thursday 26 Nov 2026, 17:00 in Helsinki.
const CTX: FieldContext = {
  now: new Date("2026-11-26T15:00:00Z"),
  timezone: "Europe/Helsinki",
  defaultCurrency: "EUR",
};

describe("parseFieldValues resolves", () => {
  it.each<[RawFields, Record<string, unknown>]>([
    [{ name: " Acme Corp " }, { name: "Acme Corp" }],
    [{ account: "Acme Group" }, { account: "Acme Group" }],
    [{ stage: "Proposal" }, { stage: "Proposal" }],
    [{ amount: "12k" }, { amount: { minor: 1_200_000n, currency: "EUR" } }],
    [{ amount: "$9,999" }, { amount: { minor: 999_900n, currency: "USD" } }],
    [
      { amount: "300", currency: "jpy" },
      { amount: { minor: 300n, currency: "JPY" }, currency: "JPY" },
    ],
    [
      { amount: "¥300", currency: "JPY" },
      { amount: { minor: 300n, currency: "JPY" }, currency: "JPY" },
    ],
    [{ currency: "£" }, { currency: "GBP" }],
    [{ close: "next friday" }, { closeDate: "2026-12-04" }],
    [{ close: "15.1.2027" }, { closeDate: "2027-01-15" }],
    [{ next: "send proposal" }, { nextStep: "send proposal" }],
    [
      { next: "send proposal", nextBy: "friday" },
      { nextStep: "send proposal", nextStepDue: "2026-11-27" },
    ],
    [{ owner: "<@U123|maria>" }, { ownerId: "U123" }],
    [{ probability: "40%" }, { probability: 40 }],
    [{ probability: "0" }, { probability: 0 }],
  ])("%o", (raw, expected) => {
    const result = parseFieldValues(raw, CTX);
    expect(result).toMatchObject({ ok: true, value: expected });
    if (result.ok) expect(parsedFieldsSchema.safeParse(result.value).success).toBe(true);
  });

  it("keeps interpretations to echo back", () => {
    const result = parseFieldValues(
      { amount: "12k", close: "next friday", next: "demo", nextBy: "eom" },
      CTX,
    );
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(result.value.interpretations.map(describeInterpretation)).toEqual([
      "amount: 12k → €12,000",
      "close: next friday → Fri 4 Dec 2026",
      "next: by eom → Mon 30 Nov 2026",
    ]);
  });

  it("reads dates in the rep's timezone", () => {
    const sydney = { ...CTX, now: new Date("2026-11-26T23:30:00Z"), timezone: "Australia/Sydney" };
    expect(parseFieldValues({ close: "tomorrow" }, sydney)).toMatchObject({
      value: { closeDate: "2026-11-28" },
    });
    expect(parseFieldValues({ close: "tomorrow" }, { ...sydney, timezone: "UTC" })).toMatchObject({
      value: { closeDate: "2026-11-27" },
    });
  });

  it("gives an empty result for no fields", () => {
    expect(parseFieldValues({}, CTX)).toEqual({ ok: true, value: { interpretations: [] } });
  });
});

describe("parseFieldValues refuses", () => {
  it.each<[RawFields, RegExp]>([
    [{ name: "" }, /^Name is empty\. Give a value, e\.g\. name Acme Corp\.$/],
    [{ name: "x".repeat(201) }, /^Name is 201 characters; the most is 200/],
    [{ account: "  " }, /^Account is empty/],
    [{ stage: "" }, /^Stage is empty.*e\.g\. stage proposal/],
    [{ next: "" }, /^Next step is empty/],
    [{ next: "x".repeat(1001) }, /^Next step is 1001 characters/],
    [{ amount: "12x" }, /^Amount "12x" is not a number I understand\. Try 12k/],
    [{ amount: "-5" }, /^Amount "-5" is negative/],
    [
      { amount: "$12", currency: "EUR" },
      /^Amount "\$12" is in USD but currency says EUR\. Use one, e\.g\. amount 12k currency EUR/,
    ],
    [{ amount: "12.5", currency: "JPY" }, /JPY has no decimal places/],
    [{ currency: "euros" }, /^Currency "euros" is not a currency I know\. Use a 3-letter code like EUR/],
    [{ currency: "XYZ" }, /^Currency "XYZ"/],
    [{ close: "soonish" }, /^Close date "soonish" is not a date I understand\. Try friday/],
    [{ close: "31.2.2027" }, /^Close date "31\.2\.2027" is not a real date/],
    [{ close: "next friday maybe" }, /^Close date "next friday maybe" has words I can't place/],
    [{ close: "3pm" }, /^Close date "3pm" is a time/],
    [
      { next: "call", nextBy: "phone" },
      /^Next step due date "phone" is not a date.*quote it: next "call by phone"/,
    ],
    [{ owner: "@maria" }, /^Owner "@maria" is plain text.*autocomplete/],
    [{ owner: "<#C1|sales>" }, /^Owner "#sales" is a channel/],
    [{ owner: "maria" }, /^Owner "maria"/],
    [{ probability: "140" }, /^Probability "140" must be a whole number from 0 to 100, e\.g\. 40/],
    [{ probability: "40.5%" }, /^Probability "40\.5%"/],
    [{ probability: "likely" }, /^Probability "likely"/],
  ])("%o", (raw, reason) => {
    expect(parseFieldValues(raw, CTX)).toEqual({ ok: false, error: expect.stringMatching(reason) });
  });

  it("reports every problem at once, one line per field", () => {
    const result = parseFieldValues(
      {
        name: "Acme",
        amount: "12x",
        close: "soonish",
        owner: "@maria",
        probability: "140",
        nextBy: "whenever",
        next: "x",
      },
      CTX,
    );
    expect(result).toMatchObject({ ok: false });
    if (result.ok) return;
    const lines = result.error.split("\n");
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^Amount "12x"/);
    expect(lines[1]).toMatch(/^Close date "soonish"/);
    expect(lines[2]).toMatch(/^Next step due date "whenever"/);
    expect(lines[3]).toMatch(/^Owner "@maria"/);
    expect(lines[4]).toMatch(/^Probability "140"/);
  });

  it("reports a bad default currency from the team's settings", () => {
    expect(parseFieldValues({ amount: "12" }, { ...CTX, defaultCurrency: "EU" })).toMatchObject({
      ok: false,
      error: /Currency "EU"/,
    });
  });
});
