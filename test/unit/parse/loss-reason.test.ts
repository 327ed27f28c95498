import { describe, expect, it } from "vitest";
import { splitReasonAndNote as rawSplitReasonAndNote } from "../../../src/parse/loss-reason.js";
import { inEnglish } from "../../support/problems.js";

const splitReasonAndNote = (...args: Parameters<typeof rawSplitReasonAndNote>) =>
  inEnglish(rawSplitReasonAndNote(...args));

const REASONS = ["Price", "No budget", "No budget this year", "Competitor", "Timing"];

describe("splitReasonAndNote", () => {
  it.each([
    ["price", { reason: "Price" }],
    ["PRICE", { reason: "Price" }],
    ["price they chose X", { reason: "Price", note: "they chose X" }],
    ["price - they chose X", { reason: "Price", note: "they chose X" }],
    ["price: too high", { reason: "Price", note: "too high" }],
    ["price, too high", { reason: "Price", note: "too high" }],
    ["no budget frozen until Q3", { reason: "No budget", note: "frozen until Q3" }],
    ["no  budget   this year — sad", { reason: "No budget this year", note: "sad" }],
    ["timing.", { reason: "Timing" }],
  ])("%j → %o", (text, expected) => {
    expect(splitReasonAndNote(text, REASONS)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ["pricey", /Loss reason "pricey" is not one of: Price, No budget/],
    ["budget", /Loss reason "budget"/],
    ["no", /Loss reason "no"/],
    ["timings", /Loss reason "timings"/],
    ["", /Loss reason ""/],
    ["competitors won", /Loss reason "competitors won"/],
  ])("refuses %j", (text, reason) => {
    expect(splitReasonAndNote(text, REASONS)).toEqual({
      ok: false,
      error: expect.stringMatching(reason),
    });
    expect(splitReasonAndNote(text, REASONS)).toMatchObject({ error: /Try \/deal lost Acme reason Price\./ });
  });

  it("takes the whole text when the team has no list of reasons", () => {
    expect(splitReasonAndNote(" went dark ", [])).toEqual({ ok: true, value: { reason: "went dark" } });
    expect(splitReasonAndNote(" ", [])).toMatchObject({ ok: false, error: /is empty\. Try/ });
  });
});
