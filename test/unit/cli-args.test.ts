import { describe, expect, it } from "vitest";
import { parseArgs, parseAt, UsageError } from "../../src/cli/args.js";

describe("parseArgs", () => {
  it("splits command, positionals and flags", () => {
    expect(parseArgs(["run-job", "housekeeping", "--at", "2026-11-23T09:00:00Z"])).toEqual({
      command: "run-job",
      positional: ["housekeeping"],
      flags: { at: "2026-11-23T09:00:00Z" },
    });
    expect(parseArgs(["preview", "digest", "--json", "--at=2026-11-23T09:00Z"]).flags).toEqual({
      json: true,
      at: "2026-11-23T09:00Z",
    });
    expect(parseArgs(["-h"]).flags.help).toBe(true);
  });
});

describe("parseAt", () => {
  const now = new Date("2026-11-24T10:00:00Z");
  it.each([
    [undefined, "2026-11-24T10:00:00.000Z"],
    ["2026-11-23T09:00:00Z", "2026-11-23T09:00:00.000Z"],
    ["2026-11-23T09:00+02:00", "2026-11-23T07:00:00.000Z"],
    ["2026-11-23T09:00:00.500-08:00", "2026-11-23T17:00:00.500Z"],
    ["2026-11-23", "2026-11-23T00:00:00.000Z"],
  ])("reads %s", (value, expected) => {
    expect(parseAt(value, now).toISOString()).toBe(expected);
  });

  it.each<[string | true]>([
    [true],
    ["yesterday"],
    ["2026-11-23T09:00"],
    ["2026-13-01T00:00Z"],
    ["23.11.2026"],
    ["1700000000"],
  ])("refuses %s with an example", (value) => {
    expect(() => parseAt(value, now)).toThrow(UsageError);
    expect(() => parseAt(value, now)).toThrow(/e\.g\. --at 2026-11-23T09:00:00Z/);
  });
});
