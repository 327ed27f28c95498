import { describe, expect, it } from "vitest";
import { plural } from "../../src/plural.js";

describe("plural", () => {
  it.each([
    [0, "deal", undefined, "0 deals"],
    [1, "deal", undefined, "1 deal"],
    [2, "deal", undefined, "2 deals"],
    [1, "open deal is", "open deals are", "1 open deal is"],
    [3, "open deal is", "open deals are", "3 open deals are"],
  ])("%i %s → %s", (n, one, many, expected) => {
    expect(plural(n, one, many)).toBe(expected);
  });
});
