import { afterEach, describe, expect, it } from "vitest";
import { parseDate as rawParseDate, todayIn } from "../../../src/parse/date.js";
import { inEnglish } from "../../support/problems.js";

const parseDate = (...args: Parameters<typeof rawParseDate>) => inEnglish(rawParseDate(...args));

// Thursday 26 Nov 2026, 23:30 UTC: already Friday in Helsinki, Sydney and Brisbane, still Thursday in LA.
const THU_LATE = "2026-11-26T23:30:00Z";
const LA_LAST_MINUTE = "2026-11-27T07:59:00Z"; // Thu 23:59 in Los Angeles
const LA_MIDNIGHT = "2026-11-27T08:00:00Z"; // Fri 00:00 in Los Angeles
const LA_DST = "2027-03-14T09:30:00Z"; // Sun 01:30 PST, 30 min before clocks go forward
const HEL_DST = "2026-10-25T00:30:00Z"; // Sun 03:30 EEST, 30 min before clocks go back
const SYD_DST = "2026-10-03T15:30:00Z"; // Sun 01:30 AEST, 30 min before clocks go forward
const NEW_YEAR = "2026-12-31T22:30:00Z"; // already 1 Jan 2027 in Helsinki

const UTC = "UTC";
const LA = "America/Los_Angeles";
const HEL = "Europe/Helsinki";
const SYD = "Australia/Sydney";
const BNE = "Australia/Brisbane";

const parseAt = (input: string, timezone: string, now: string) =>
  parseDate(input, { now: new Date(now), timezone });

describe("parseDate accepts", () => {
  it.each([
    ["today", UTC, THU_LATE, "2026-11-26"],
    ["tomorrow", UTC, THU_LATE, "2026-11-27"],
    ["friday", UTC, THU_LATE, "2026-11-27"],
    ["Fri", UTC, THU_LATE, "2026-11-27"],
    ["on friday", UTC, THU_LATE, "2026-11-27"],
    ["this friday", UTC, THU_LATE, "2026-11-27"],
    ["thursday", UTC, THU_LATE, "2026-12-03"],
    ["next friday", UTC, THU_LATE, "2026-12-04"],
    ["  Next   FRIDAY ", UTC, THU_LATE, "2026-12-04"],
    ["next week", UTC, THU_LATE, "2026-12-03"],
    ["in 3 days", UTC, THU_LATE, "2026-11-29"],
    ["in 2 weeks", UTC, THU_LATE, "2026-12-10"],
    ["in a week", UTC, THU_LATE, "2026-12-03"],
    ["yesterday", UTC, THU_LATE, "2026-11-25"],
    ["last friday", UTC, THU_LATE, "2026-11-20"],
    ["3 days ago", UTC, THU_LATE, "2026-11-23"],
    ["tomorrow 3pm", UTC, THU_LATE, "2026-11-27"],
    ["end of month", UTC, THU_LATE, "2026-11-30"],
    ["end of the month", UTC, THU_LATE, "2026-11-30"],
    ["eom", UTC, THU_LATE, "2026-11-30"],
    ["EOM", UTC, THU_LATE, "2026-11-30"],
    ["end of next month", UTC, THU_LATE, "2026-12-31"],
    ["end of quarter", UTC, THU_LATE, "2026-12-31"],
    ["eoq", UTC, THU_LATE, "2026-12-31"],
    ["end of next quarter", UTC, THU_LATE, "2027-03-31"],
    ["end of year", UTC, THU_LATE, "2026-12-31"],
    ["end of next year", UTC, THU_LATE, "2027-12-31"],
    ["end of march", UTC, THU_LATE, "2027-03-31"],
    ["end of november", UTC, THU_LATE, "2026-11-30"],
    ["2027-01-15", UTC, THU_LATE, "2027-01-15"],
    ["2027-1-5", UTC, THU_LATE, "2027-01-05"],
    ["15.1.2027", UTC, THU_LATE, "2027-01-15"],
    ["15.01.2027", UTC, THU_LATE, "2027-01-15"],
    ["15/1/2027", UTC, THU_LATE, "2027-01-15"],
    ["15-1-2027", UTC, THU_LATE, "2027-01-15"],
    ["15/01/27", UTC, THU_LATE, "2027-01-15"],
    ["15.1.", UTC, THU_LATE, "2027-01-15"],
    ["1.12.", UTC, THU_LATE, "2026-12-01"],
    ["26.11.", UTC, THU_LATE, "2026-11-26"],
    ["25.11.", UTC, THU_LATE, "2027-11-25"],
    ["Jan 15", UTC, THU_LATE, "2027-01-15"],
    ["15 Jan", UTC, THU_LATE, "2027-01-15"],
    ["January 15 2027", UTC, THU_LATE, "2027-01-15"],
    ["January 15, 2027", UTC, THU_LATE, "2027-01-15"],
    ["15th of January 2027", UTC, THU_LATE, "2027-01-15"],
    ["Sept 3rd", UTC, THU_LATE, "2027-09-03"],
    ["Dec 4", UTC, THU_LATE, "2026-12-04"],
    ["Nov 26", UTC, THU_LATE, "2026-11-26"],
    ["Nov 25", UTC, THU_LATE, "2027-11-25"],
    ["Fri 4 Dec 2026", UTC, THU_LATE, "2026-12-04"],
    ["29 Feb 2028", UTC, THU_LATE, "2028-02-29"],
    // The rep's calendar day decides, not UTC's.
    ["today", SYD, THU_LATE, "2026-11-27"],
    ["tomorrow", SYD, THU_LATE, "2026-11-28"],
    ["friday", SYD, THU_LATE, "2026-12-04"],
    ["next friday", SYD, THU_LATE, "2026-12-04"],
    ["saturday", SYD, THU_LATE, "2026-11-28"],
    ["in 3 days", SYD, THU_LATE, "2026-11-30"],
    ["tomorrow", BNE, THU_LATE, "2026-11-28"],
    ["today", HEL, THU_LATE, "2026-11-27"],
    ["yesterday", HEL, THU_LATE, "2026-11-26"],
    ["today", LA, THU_LATE, "2026-11-26"],
    ["friday", LA, THU_LATE, "2026-11-27"],
    ["today", LA, LA_LAST_MINUTE, "2026-11-26"],
    ["tomorrow", LA, LA_LAST_MINUTE, "2026-11-27"],
    ["today", LA, LA_MIDNIGHT, "2026-11-27"],
    ["tomorrow", LA, LA_MIDNIGHT, "2026-11-28"],
    // Around DST changes.
    ["today", LA, LA_DST, "2027-03-14"],
    ["tomorrow", LA, LA_DST, "2027-03-15"],
    ["in 3 days", LA, LA_DST, "2027-03-17"],
    ["friday", LA, LA_DST, "2027-03-19"],
    ["sunday", LA, LA_DST, "2027-03-21"],
    ["today", HEL, HEL_DST, "2026-10-25"],
    ["tomorrow", HEL, HEL_DST, "2026-10-26"],
    ["in 2 weeks", HEL, HEL_DST, "2026-11-08"],
    ["end of month", HEL, HEL_DST, "2026-10-31"],
    ["today", SYD, SYD_DST, "2026-10-04"],
    ["yesterday", SYD, SYD_DST, "2026-10-03"],
    ["next friday", SYD, SYD_DST, "2026-10-09"],
    // New Year's Eve in UTC is New Year's Day in Helsinki.
    ["today", HEL, NEW_YEAR, "2027-01-01"],
    ["end of month", HEL, NEW_YEAR, "2027-01-31"],
    ["end of year", HEL, NEW_YEAR, "2027-12-31"],
    ["Jan 1", HEL, NEW_YEAR, "2027-01-01"],
    // A weekday that is today means next week's, whatever the hour (chrono alone flips at noon).
    ["friday", HEL, NEW_YEAR, "2027-01-08"],
    ["sunday", HEL, HEL_DST, "2026-11-01"],
    ["today", UTC, NEW_YEAR, "2026-12-31"],
    ["end of year", UTC, NEW_YEAR, "2026-12-31"],
  ])("%j in %s at %s → %s", (input, timezone, now, date) => {
    expect(parseAt(input, timezone, now)).toMatchObject({ ok: true, value: { date } });
  });

  it.each([
    ["next friday", "Fri 4 Dec 2026"],
    ["2027-01-15", "Fri 15 Jan 2027"],
    ["2027-09-01", "Wed 1 Sep 2027"],
    ["eom", "Mon 30 Nov 2026"],
  ])("labels %j as %j", (input, label) => {
    expect(parseAt(input, UTC, THU_LATE)).toMatchObject({ ok: true, value: { label } });
  });
});

describe.each([UTC, LA, HEL, SYD, BNE])("parseDate in %s refuses", (timezone) => {
  it.each([
    ["soonish", /not a date I understand/],
    ["asap", /not a date I understand/],
    ["someday", /not a date I understand/],
    ["tomorrow-ish", /not a date I understand|can't place/],
    ["maybe next friday", /can't place \("maybe"\)/],
    ["next friday maybe", /can't place \("maybe"\)/],
    ["friday or monday", /can't place/],
    ["next friday 2pm maybe", /can't place/],
    ["mid december", /can't place/],
    ["3pm", /is a time/],
    ["noon", /is a time/],
    ["15:00", /is a time/],
    ["next month", /whole month, not a day/],
    ["this month", /whole month/],
    ["next quarter", /whole quarter/],
    ["this year", /whole year/],
    ["31.2.2027", /not a real date: February 2027 has 28 days/],
    ["30.2.2027", /February 2027 has 28 days/],
    ["29.2.2027", /February 2027 has 28 days/],
    ["29.2.", /February 2027 has 28 days/],
    ["2027-02-30", /not a real date/],
    ["2027-13-01", /there is no month 13/],
    ["2027-00-10", /there is no month 0/],
    ["2027-01-00", /there is no day 0/],
    ["32.1.2027", /January 2027 has 31 days/],
    ["31/4/2027", /April 2027 has 30 days/],
    ["13/13/2027", /there is no month 13/],
    ["1/15/2027", /day first/],
    ["12/31/2027", /day first/],
    ["Feb 30", /February 2027 has 28 days/],
    ["30 Feb 2027", /not a real date/],
    ["Jan 32", /not a real date/],
    ["Sat 4 Dec 2026", /is a Friday, not a Saturday/],
    ["1999-12-31", /too far away/],
    ["2100-01-01", /too far away/],
    ["in 100 years", /too far away/],
    ["12", /not a date I understand/],
    ["2027", /not a date I understand/],
    ["15.1.2027.5", /not a date I understand/],
    ["1.2.3.4", /not a date I understand/],
    ["15..1.2027", /not a date I understand/],
    ["-1", /not a date I understand/],
    ["15.1-2027", /not a date I understand/],
    ["friday the 13th of never", /not a date I understand|can't place/],
    ["tomorow", /not a date I understand/],
    ["next fridya", /not a date I understand|can't place/],
    ["the 15th", /not a date I understand|can't place/],
    ["Q1", /not a date I understand/],
    ["2027-01-15 and 2027-01-16", /not a date I understand|can't place/],
    ["15 Janaury 2027", /not a date I understand|can't place/],
  ])("%j (%s)", (input, reason) => {
    const result = parseAt(input, timezone, THU_LATE);
    expect(result).toMatchObject({ ok: false });
    if (result.ok) return;
    expect(result.error).toMatch(reason);
    expect(result.error).toContain(`Date "${input}"`);
    expect(result.error).toMatch(/(?:Try|e\.g\.) \S/);
  });
});

describe("parseDate refuses", () => {
  it.each(["", "   "])("empty %j", (input) => {
    expect(parseAt(input, UTC, THU_LATE)).toMatchObject({ ok: false, error: /^Date is empty\. Try friday/ });
  });

  it.each(["", "Mars/Base", "Europe/Nowhere"])("an unknown timezone %j", (timezone) => {
    expect(parseAt("today", timezone, THU_LATE)).toMatchObject({
      ok: false,
      error: /Timezone .* is not one I know/,
    });
  });

  it("names the field and uses the caller's hint", () => {
    const result = parseDate("soonish", {
      now: new Date(THU_LATE),
      timezone: UTC,
      what: "parse.what.close",
      hint: "parse.tip.range",
    });
    expect(result).toEqual({
      ok: false,
      error:
        'Close date "soonish" is not a date I understand. Try this month, next quarter, jan 2027 or 2026-12-01..2026-12-31.',
    });
  });
});

describe("parseDate does not depend on the host's timezone", () => {
  const hostZone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = hostZone;
  });

  it.each(["Asia/Tokyo", "America/New_York", "Pacific/Kiritimati", "America/St_Johns"])("host %s", (host) => {
    process.env.TZ = host;
    expect(parseAt("today", SYD, THU_LATE)).toMatchObject({ value: { date: "2026-11-27" } });
    expect(parseAt("tomorrow", LA, LA_LAST_MINUTE)).toMatchObject({ value: { date: "2026-11-27" } });
    expect(parseAt("friday", SYD, THU_LATE)).toMatchObject({ value: { date: "2026-12-04" } });
    expect(parseAt("in 3 days", LA, LA_DST)).toMatchObject({ value: { date: "2027-03-17" } });
    expect(parseAt("next friday", UTC, THU_LATE)).toMatchObject({ value: { date: "2026-12-04" } });
  });
});

describe("todayIn", () => {
  it.each([
    [UTC, THU_LATE, "2026-11-26"],
    [LA, THU_LATE, "2026-11-26"],
    [HEL, THU_LATE, "2026-11-27"],
    [SYD, THU_LATE, "2026-11-27"],
    [LA, LA_LAST_MINUTE, "2026-11-26"],
    [LA, LA_MIDNIGHT, "2026-11-27"],
    [HEL, NEW_YEAR, "2027-01-01"],
  ])("in %s at %s is %s", (timezone, now, expected) => {
    expect(todayIn(timezone, new Date(now))).toBe(expected);
  });

  it("throws on an unknown timezone (a programming error, not user input)", () => {
    expect(() => todayIn("Mars/Base", new Date(THU_LATE))).toThrow(RangeError);
  });
});
