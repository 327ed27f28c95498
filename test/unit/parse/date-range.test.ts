import { describe, expect, it } from "vitest";
import { parseDateRange as rawParseDateRange } from "../../../src/parse/date.js";
import { inEnglish } from "../../support/problems.js";

const parseDateRange = (...args: Parameters<typeof rawParseDateRange>) =>
  inEnglish(rawParseDateRange(...args));

const THU_LATE = new Date("2026-11-26T23:30:00Z"); // Thu 26 Nov in UTC/LA, Fri 27 Nov in Helsinki/Sydney
const NEW_YEAR = new Date("2026-12-31T22:30:00Z"); // 1 Jan 2027 in Helsinki

const rangeAt = (input: string, timezone = "UTC", now = THU_LATE) => parseDateRange(input, { now, timezone });

describe("parseDateRange accepts", () => {
  it.each([
    ["this month", "UTC", THU_LATE, "2026-11-01", "2026-11-30"],
    ["next month", "UTC", THU_LATE, "2026-12-01", "2026-12-31"],
    ["last month", "UTC", THU_LATE, "2026-10-01", "2026-10-31"],
    ["This Month", "UTC", THU_LATE, "2026-11-01", "2026-11-30"],
    ["this week", "UTC", THU_LATE, "2026-11-23", "2026-11-29"],
    ["next week", "UTC", THU_LATE, "2026-11-30", "2026-12-06"],
    ["this quarter", "UTC", THU_LATE, "2026-10-01", "2026-12-31"],
    ["next quarter", "UTC", THU_LATE, "2027-01-01", "2027-03-31"],
    ["last quarter", "UTC", THU_LATE, "2026-07-01", "2026-09-30"],
    ["this year", "UTC", THU_LATE, "2026-01-01", "2026-12-31"],
    ["next year", "UTC", THU_LATE, "2027-01-01", "2027-12-31"],
    ["2027", "UTC", THU_LATE, "2027-01-01", "2027-12-31"],
    ["january", "UTC", THU_LATE, "2027-01-01", "2027-01-31"],
    ["jan", "UTC", THU_LATE, "2027-01-01", "2027-01-31"],
    ["jan 2027", "UTC", THU_LATE, "2027-01-01", "2027-01-31"],
    ["January 2026", "UTC", THU_LATE, "2026-01-01", "2026-01-31"],
    ["november", "UTC", THU_LATE, "2026-11-01", "2026-11-30"],
    ["october", "UTC", THU_LATE, "2027-10-01", "2027-10-31"],
    ["feb 2028", "UTC", THU_LATE, "2028-02-01", "2028-02-29"],
    ["q1", "UTC", THU_LATE, "2027-01-01", "2027-03-31"],
    ["Q4", "UTC", THU_LATE, "2026-10-01", "2026-12-31"],
    ["q3 2027", "UTC", THU_LATE, "2027-07-01", "2027-09-30"],
    ["2026-12-01..2026-12-31", "UTC", THU_LATE, "2026-12-01", "2026-12-31"],
    ["2026-12-01 .. 2026-12-31", "UTC", THU_LATE, "2026-12-01", "2026-12-31"],
    ["2026-12-01 to 2027-01-15", "UTC", THU_LATE, "2026-12-01", "2027-01-15"],
    ["from 2026-12-01 to 2027-01-15", "UTC", THU_LATE, "2026-12-01", "2027-01-15"],
    ["1.12.2026 - 15.1.2027", "UTC", THU_LATE, "2026-12-01", "2027-01-15"],
    ["today..end of month", "UTC", THU_LATE, "2026-11-26", "2026-11-30"],
    ["today until friday", "UTC", THU_LATE, "2026-11-26", "2026-11-27"],
    ["jan to mar", "UTC", THU_LATE, "2027-01-01", "2027-03-31"],
    ["nov to feb", "UTC", THU_LATE, "2026-11-01", "2027-02-28"],
    ["december to q1", "UTC", THU_LATE, "2026-12-01", "2027-03-31"],
    ["next friday", "UTC", THU_LATE, "2026-12-04", "2026-12-04"],
    ["next 30 days", "UTC", THU_LATE, "2026-11-26", "2026-12-26"],
    ["last 30 days", "UTC", THU_LATE, "2026-10-27", "2026-11-26"],
    ["next 2 weeks", "UTC", THU_LATE, "2026-11-26", "2026-12-10"],
    ["past week", "UTC", THU_LATE, "2026-11-19", "2026-11-26"],
    ["2026-12", "UTC", THU_LATE, "2026-12-01", "2026-12-31"],
    ["dec-2026", "UTC", THU_LATE, "2026-12-01", "2026-12-31"],
    ["2027-01-15", "UTC", THU_LATE, "2027-01-15", "2027-01-15"],
    // The rep's calendar decides which month "this month" is.
    ["this month", "Europe/Helsinki", NEW_YEAR, "2027-01-01", "2027-01-31"],
    ["this month", "UTC", NEW_YEAR, "2026-12-01", "2026-12-31"],
    ["this quarter", "Australia/Sydney", NEW_YEAR, "2027-01-01", "2027-03-31"],
    ["this year", "America/Los_Angeles", NEW_YEAR, "2026-01-01", "2026-12-31"],
    ["today..end of month", "Australia/Sydney", THU_LATE, "2026-11-27", "2026-11-30"],
  ])("%j in %s at %s → %s..%s", (input, timezone, now, from, to) => {
    expect(rangeAt(input, timezone, now)).toMatchObject({ ok: true, value: { from, to } });
  });

  it.each([
    ["this month", "1 Nov 2026 – 30 Nov 2026"],
    ["2027-01-15", "Fri 15 Jan 2027"],
  ])("labels %j as %j", (input, label) => {
    expect(rangeAt(input)).toMatchObject({ ok: true, value: { label } });
  });
});

describe("parseDateRange refuses", () => {
  it.each([
    ["soonish", /not a date I understand\. Try this month/],
    ["this decade", /not a date I understand/],
    ["next next month", /not a date I understand|can't place/],
    ["q5", /not a date I understand/],
    ["q0 2027", /not a date I understand/],
    ["janury", /not a date I understand/],
    ["13/2027", /not a date I understand|no month/],
    ["2027-01-15..2026-12-01", /ends before it starts/],
    ["2027-01-15 - 2026-12-01", /ends before it starts/],
    ["2026-12-01..", /not a date I understand|empty/],
    ["..2026-12-31", /not a date I understand|empty/],
    ["2026-12-01..soonish", /"soonish" is not a date/],
    ["soonish to 2026-12-31", /"soonish" is not a date/],
    ["31.2.2027..1.3.2027", /February 2027 has 28 days/],
    ["1/15/2027 to 1/20/2027", /day first/],
    ["3pm", /is a time/],
    ["this month maybe", /can't place|not a date/],
    ["2026-12-01..2026-12-31..2027-01-31", /not a date I understand/],
    ["next month and the one after", /not a date I understand|can't place/],
    ["1999", /too far away/],
    ["q1 1999", /too far away/],
    ["jan 2100", /too far away/],
    ["ytd", /not a date I understand/],
    ["mtd", /not a date I understand/],
    ["week 5", /not a date I understand/],
    ["this fortnight", /not a date I understand/],
    ["2026-13", /not a date I understand/],
    ["next month or so", /can't place|not a date/],
    ["q1..soonish", /"soonish" is not a date/],
  ])("%j (%s)", (input, reason) => {
    const result = rangeAt(input);
    expect(result).toMatchObject({ ok: false });
    if (result.ok) return;
    expect(result.error).toMatch(reason);
    expect(result.error).toMatch(/^Closing /);
    expect(result.error).toMatch(/(?:Try|e\.g\.) \S/);
  });

  it.each(["", "  "])("empty %j", (input) => {
    expect(rangeAt(input)).toMatchObject({ ok: false, error: /^Closing period is empty\. Try this month/ });
  });

  it("an unknown timezone", () => {
    expect(rangeAt("this month", "Mars/Base")).toMatchObject({ ok: false, error: /Timezone "Mars\/Base"/ });
  });
});
