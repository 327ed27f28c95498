import { describe, expect, it } from "vitest";
import { readDecimal } from "../../../src/parse/decimal-number.js";

describe("readDecimal", () => {
  it.each([
    ["12500", true, "12500", ""],
    ["12,500", true, "12500", ""],
    ["12 500", true, "12500", ""],
    ["1'000", true, "1000", ""],
    ["1,234,567", true, "1234567", ""],
    ["1.234.567", true, "1234567", ""],
    ["12,500.50", true, "12500", "50"],
    ["12.500,50", true, "12500", "50"],
    ["12,5", true, "12", "5"],
    ["1234.567", true, "1234", "567"],
    ["0.500", true, "0", "500"],
    ["01,234", true, "01", "234"], // no thousands group starts with 0, so a decimal
    ["1.5", false, "1", "5"],
    ["1,25", false, "1", "25"],
  ])("%j (grouping %s) → %s . %s", (text, allowGrouping, whole, fraction) => {
    expect(readDecimal(text, { allowGrouping })).toEqual({ ok: true, value: { whole, fraction } });
  });

  it.each([
    ["1.234", true, "ambiguous"],
    ["999.000", true, "ambiguous"],
    ["1,234", false, "ambiguous"],
    ["1 234", false, "ambiguous"],
    ["1,234,567", false, "ambiguous"],
    ["12.500.50", true, "format"],
    ["1,2,3", true, "format"],
    ["1,,2", true, "format"],
    [",5", true, "format"],
    ["5,", true, "format"],
    ["1 234,567.8", true, "format"],
    ["1234,567,890", true, "format"],
    ["01,234,567", true, "format"],
    ["1.234,5.6", true, "format"],
    ["12a", true, "format"],
    ["", true, "format"],
  ])("%j (grouping %s) is %s", (text, allowGrouping, problem) => {
    expect(readDecimal(text, { allowGrouping })).toEqual({ ok: false, problem });
  });
});
