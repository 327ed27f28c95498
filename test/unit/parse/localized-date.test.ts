import { describe, expect, it } from "vitest";
import type { Lang } from "../../../src/i18n/languages.js";
import { parseDate } from "../../../src/parse/date.js";

// Monday 30 Nov 2026, 10:00 in Helsinki.
const now = new Date("2026-11-30T08:00:00Z");
const read = (lang: Lang, input: string) => parseDate(input, { now, timezone: "Europe/Helsinki", lang });

describe("dates typed in the rep's language", () => {
  it.each([
    ["fi", "tänään", "2026-11-30"],
    ["fi", "huomenna", "2026-12-01"],
    ["fi", "ylihuomenna", "2026-12-02"],
    ["fi", "perjantaina", "2026-12-04"],
    ["fi", "ensi perjantaina", "2026-12-11"],
    ["fi", "Ensi maanantaina", "2026-12-07"],
    ["fi", "ensi viikolla", "2026-12-07"],
    ["fi", "kuun lopussa", "2026-11-30"],
    ["fi", "ensi kuun lopussa", "2026-12-31"],
    ["fi", "vuoden loppuun", "2026-12-31"],
    ["fi", "2 viikon päästä", "2026-12-14"],
    ["fi", "15. tammikuuta", "2027-01-15"],
    ["fi", "15.1.2027", "2027-01-15"],
    ["uk", "завтра", "2026-12-01"],
    ["uk", "у п'ятницю", "2026-12-04"],
    ["uk", "наступної п'ятниці", "2026-12-11"],
    ["uk", "наступної п’ятниці", "2026-12-11"],
    ["uk", "в кінці місяця", "2026-11-30"],
    ["uk", "через 2 тижні", "2026-12-14"],
    ["uk", "15 січня", "2027-01-15"],
    ["ru", "завтра", "2026-12-01"],
    ["ru", "в пятницу", "2026-12-04"],
    ["ru", "в следующую пятницу", "2026-12-11"],
    ["ru", "в следующий понедельник", "2026-12-07"],
    ["ru", "на следующей неделе", "2026-12-07"],
    ["ru", "в конце месяца", "2026-11-30"],
    ["ru", "в конце квартала", "2026-12-31"],
    ["ru", "15 января", "2027-01-15"],
    ["en", "next friday", "2026-12-11"],
    ["fi", "next friday", "2026-12-11"],
    ["pl", "next friday", "2026-12-11"],
    ["pl", "15.01.2027", "2027-01-15"],
  ] as const)("%s %s → %s", (lang, input, expected) => {
    const day = read(lang, input);
    expect(day.ok && day.value.date, day.ok ? "" : day.problem.key).toBe(expected);
  });

  it.each([
    ["fi", "ensi perjantaina ehkä"],
    ["fi", "joskus"],
    ["uk", "колись"],
    ["ru", "в следующую пятницу может быть"],
    ["en", "ensi perjantaina"],
    ["pl", "w piątek"],
  ] as const)("%s refuses %s", (lang, input) => {
    expect(read(lang, input).ok).toBe(false);
  });
});
