import { describe, expect, it } from "vitest";
import { latestOf, latestSlot, nextSlot, type Schedule } from "../../src/jobs/schedule.js";

const weekly = (timezone: string): Schedule => ({ every: "week", day: 1, time: "09:00", timezone });

describe("latestSlot", () => {
  it.each([
    // Monday 2026-11-23 09:00 in each zone, seen from Monday 12:00 UTC.
    ["UTC", "2026-11-23T12:00:00Z", "2026-11-23T09:00", "2026-11-23T09:00:00.000Z"],
    ["Europe/Helsinki", "2026-11-23T12:00:00Z", "2026-11-23T09:00", "2026-11-23T07:00:00.000Z"],
    ["America/Los_Angeles", "2026-11-23T12:00:00Z", "2026-11-16T09:00", "2026-11-16T17:00:00.000Z"],
    ["America/Los_Angeles", "2026-11-23T17:00:00Z", "2026-11-23T09:00", "2026-11-23T17:00:00.000Z"],
    ["Australia/Sydney", "2026-11-22T21:59:00Z", "2026-11-16T09:00", "2026-11-15T22:00:00.000Z"],
    ["Australia/Sydney", "2026-11-22T22:00:00Z", "2026-11-23T09:00", "2026-11-22T22:00:00.000Z"],
  ])("weekly Monday 09:00 in %s as of %s is %s", (tz, at, key, instant) => {
    const slot = latestSlot(weekly(tz), new Date(at));
    expect(slot.key).toBe(key);
    expect(slot.at.toISOString()).toBe(instant);
  });

  it("keeps 09:00 local across a DST change", () => {
    // Europe/Helsinki leaves summer time on Sunday 2026-10-25.
    const before = latestSlot(weekly("Europe/Helsinki"), new Date("2026-10-19T12:00:00Z"));
    const after = latestSlot(weekly("Europe/Helsinki"), new Date("2026-10-26T12:00:00Z"));
    expect(before.at.toISOString()).toBe("2026-10-19T06:00:00.000Z");
    expect(after.at.toISOString()).toBe("2026-10-26T07:00:00.000Z");
  });

  it("moves a slot inside a spring-forward gap to the first valid time", () => {
    // America/New_York skips 02:00-03:00 on 2027-03-14.
    const slot = latestSlot(
      { every: "day", time: "02:30", timezone: "America/New_York" },
      new Date("2027-03-14T12:00:00Z"),
    );
    expect(slot.at.toISOString()).toBe("2027-03-14T07:30:00.000Z");
  });

  it.each([
    ["2026-11-20T09:00:00Z", "2026-11-20T09:00"], // Friday the 20th
    ["2026-11-19T09:00:00Z", "2026-10-20T09:00"], // before the day: last month's
    ["2026-12-21T08:59:00Z", "2026-11-20T09:00"], // 20 Dec 2026 is a Sunday → Monday 21st
    ["2026-12-21T09:00:00Z", "2026-12-21T09:00"],
    ["2027-01-20T09:00:00Z", "2027-01-20T09:00"], // over the year end
  ])("monthly risk day (20th, weekend → Monday) as of %s is %s", (at, key) => {
    const schedule: Schedule = {
      every: "month",
      day: 20,
      time: "09:00",
      timezone: "UTC",
      weekendToMonday: true,
    };
    expect(latestSlot(schedule, new Date(at)).key).toBe(key);
  });

  it.each([
    ["2027-02-28T18:00:00Z", "2027-02-28T18:00"],
    ["2028-02-29T18:00:00Z", "2028-02-29T18:00"], // leap year
    ["2026-12-31T17:59:00Z", "2026-11-30T18:00"],
  ])("last day of the month as of %s is %s", (at, key) => {
    expect(
      latestSlot({ every: "month", day: "last", time: "18:00", timezone: "UTC" }, new Date(at)).key,
    ).toBe(key);
  });

  it("clamps day 31 to short months", () => {
    expect(
      latestSlot(
        { every: "month", day: 31, time: "00:00", timezone: "UTC" },
        new Date("2026-04-30T01:00:00Z"),
      ).key,
    ).toBe("2026-04-30T00:00");
  });

  it("takes the latest of several schedules", () => {
    const firstAndLast: Schedule[] = [
      { every: "month", day: 1, time: "06:00", timezone: "UTC" },
      { every: "month", day: "last", time: "18:00", timezone: "UTC" },
    ];
    expect(latestOf(firstAndLast, new Date("2026-11-15T00:00:00Z")).key).toBe("2026-11-01T06:00");
    expect(latestOf(firstAndLast, new Date("2026-11-30T19:00:00Z")).key).toBe("2026-11-30T18:00");
  });

  it("aligns minute intervals to UTC", () => {
    expect(latestSlot({ every: "minutes", minutes: 15 }, new Date("2026-11-23T10:44:59Z")).key).toBe(
      "2026-11-23T10:30",
    );
  });
});

describe("nextSlot", () => {
  it("is the first slot after the instant", () => {
    expect(nextSlot(weekly("UTC"), new Date("2026-11-23T09:00:00Z")).key).toBe("2026-11-30T09:00");
    expect(nextSlot(weekly("UTC"), new Date("2026-11-23T08:59:00Z")).key).toBe("2026-11-23T09:00");
    expect(
      nextSlot({ every: "day", time: "03:30", timezone: "UTC" }, new Date("2026-12-31T04:00:00Z")).key,
    ).toBe("2027-01-01T03:30");
  });

  it("refuses a malformed time", () => {
    expect(() => latestSlot({ every: "day", time: "9am", timezone: "UTC" }, new Date())).toThrow(/HH:MM/);
  });
});
