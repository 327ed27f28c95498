import { describe, expect, it } from "vitest";
import { parseProbability as rawParseProbability } from "../../../src/parse/probability.js";
import { inEnglish } from "../../support/problems.js";

const parseProbability = (...args: Parameters<typeof rawParseProbability>) =>
  inEnglish(rawParseProbability(...args));

describe("parseProbability", () => {
  it.each([
    ["40", 40],
    ["40%", 40],
    [" 40 % ", 40],
    ["0", 0],
    ["100", 100],
    ["100%", 100],
    ["007", 7],
  ])("%j → %s", (text, value) => {
    expect(parseProbability(text)).toEqual({ ok: true, value });
  });

  it.each([
    "101",
    "140%",
    "-5",
    "0.4",
    "40.0",
    "40,5",
    "forty",
    "40%%",
    "%40",
    "",
    "1000",
    "40 percent",
    "4 0",
  ])("refuses %j", (text) => {
    expect(parseProbability(text)).toEqual({
      ok: false,
      error: `Probability "${text.trim()}" must be a whole number from 0 to 100, e.g. 40 or 40%.`,
    });
  });
});
