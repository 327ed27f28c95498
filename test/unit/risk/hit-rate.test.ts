import { describe, expect, it } from "vitest";
import { hitRate, outcomeOf } from "../../../src/domain/risk/hit-rate.js";
import { teamMonth } from "../../../src/domain/risk/team-month.js";

describe("hitRate", () => {
  it("counts by hand-computed example", () => {
    // 6 deals expected in October: 4 flagged (2 slipped, 1 lost, 1 won), 2 not flagged (1 slipped, 1 won).
    const rows = [
      { flagged: true, outcome: "slipped" as const },
      { flagged: true, outcome: "slipped" as const },
      { flagged: true, outcome: "lost" as const },
      { flagged: true, outcome: "won" as const },
      { flagged: false, outcome: "slipped" as const },
      { flagged: false, outcome: "won" as const },
    ];
    expect(hitRate("2026-10", rows)).toEqual({
      month: "2026-10",
      assessed: 6,
      flagged: 4,
      flaggedThatSlippedOrLost: 3,
      slipped: 3,
      slippedUnflagged: 1,
    });
  });

  it("has nothing to divide by zero when nothing was flagged or slipped", () => {
    expect(hitRate("2026-10", [])).toMatchObject({ flagged: 0, slipped: 0, slippedUnflagged: 0 });
  });
});

describe("outcomeOf", () => {
  const october = teamMonth(new Date("2026-10-15T12:00:00Z"), "Europe/Helsinki");
  it.each([
    ["won in the month", "won", "2026-10-30T10:00:00Z", "won"],
    ["lost in the month", "lost", "2026-10-05T10:00:00Z", "lost"],
    ["won after the month", "won", "2026-11-02T10:00:00Z", "slipped"],
    // 31 Oct 23:30 in Helsinki is already November there.
    ["won after midnight team time", "won", "2026-10-31T22:30:00Z", "slipped"],
    ["still open", "open", null, "slipped"],
  ])("a deal %s is %s", (_name, status, closedAt, outcome) => {
    expect(outcomeOf({ status, closedAt: closedAt ? new Date(closedAt) : null }, october)).toBe(outcome);
  });
});

describe("teamMonth", () => {
  it.each([
    ["2026-02-15T12:00:00Z", "UTC", 0, "2026-02", "2026-02-01", "2026-02-28"],
    ["2028-02-15T12:00:00Z", "UTC", 0, "2028-02", "2028-02-01", "2028-02-29"],
    ["2026-12-31T23:30:00Z", "Europe/Helsinki", 0, "2027-01", "2027-01-01", "2027-01-31"],
    ["2027-01-10T12:00:00Z", "UTC", -1, "2026-12", "2026-12-01", "2026-12-31"],
    ["2026-04-30T12:00:00Z", "UTC", 0, "2026-04", "2026-04-01", "2026-04-30"],
  ])("as of %s in %s (offset %s) is %s", (at, tz, offset, key, first, last) => {
    const month = teamMonth(new Date(at), tz, offset);
    expect([month.key, month.firstDay, month.lastDay]).toEqual([key, first, last]);
  });

  it("starts and ends at local midnight, across DST", () => {
    const october = teamMonth(new Date("2026-10-10T00:00:00Z"), "Europe/Helsinki");
    expect(october.start.toISOString()).toBe("2026-09-30T21:00:00.000Z"); // UTC+3 in summer
    expect(october.end.toISOString()).toBe("2026-10-31T22:00:00.000Z"); // UTC+2 after 25 Oct
  });
});
