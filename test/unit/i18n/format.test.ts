import { describe, expect, it } from "vitest";
import { formatDay, formatMoney, formatMonth, formatNumber, formatTime } from "../../../src/i18n/format.js";
import { languageOf, personLanguage } from "../../../src/i18n/languages.js";

// Intl separates thousands with no-break or narrow no-break spaces; compare with plain ones.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("money, numbers and dates per language", () => {
  it.each([
    ["en", 2_000_000n, "EUR", "€20,000"],
    ["fi", 2_000_000n, "EUR", "20 000 €"],
    ["pl", 2_000_000n, "EUR", "20 000 €"],
    ["uk", 2_000_000n, "EUR", "20 000 €"],
    ["ru", 2_000_000n, "EUR", "20 000 €"],
    ["pl", 1_250_050n, "PLN", "12 500,50 zł"],
    ["en", 1_250_050n, "USD", "$12,500.50"],
  ] as const)("%s writes %s %s as %s", (lang, minor, currency, expected) => {
    expect(plain(formatMoney(lang, minor, currency))).toBe(expected);
  });

  it.each([
    ["en", "Thu 31 Dec 2026"],
    ["fi", "to 31.12.2026"],
    ["pl", "czw., 31 grudnia 2026"],
    ["uk", "чт, 31 грудня 2026 р."],
    ["ru", "чт, 31 декабря 2026 г."],
  ] as const)("%s writes 2026-12-31 as %s", (lang, expected) => {
    expect(plain(formatDay(lang, "2026-12-31"))).toBe(expected);
  });

  it.each([
    ["en", "December 2026"],
    ["fi", "joulukuu 2026"],
    ["pl", "grudzień 2026"],
    ["uk", "грудень 2026 р."],
    ["ru", "декабрь 2026 г."],
  ] as const)("%s names the month as %s", (lang, expected) => {
    expect(plain(formatMonth(lang, "2026-12"))).toBe(expected);
  });

  it("writes times on the reader's clock", () => {
    const at = new Date("2026-11-23T07:05:00Z");
    expect(formatTime("en", at, "Europe/Helsinki")).toBe("Mon 23 Nov 09:05");
    expect(plain(formatTime("fi", at, "Europe/Helsinki"))).toContain("9.05");
  });

  it("groups numbers as the language does", () => {
    expect(formatNumber("en", 12500)).toBe("12,500");
    expect(plain(formatNumber("fi", 12500))).toBe("12 500");
  });

  it("leaves text that is not a date alone", () => {
    expect(formatDay("fi", "someday")).toBe("someday");
  });
});

describe("who reads which language", () => {
  it.each([
    ["fi-FI", "fi"],
    ["pl_PL", "pl"],
    ["uk-UA", "uk"],
    ["ru-RU", "ru"],
    ["en-GB", "en"],
    ["RU", "ru"],
    ["de-DE", undefined],
    ["", undefined],
    [null, undefined],
  ] as const)("%s → %s", (locale, expected) => {
    expect(languageOf(locale)).toBe(expected);
  });

  it("prefers the person's own choice, then their Slack locale, then the team", () => {
    expect(personLanguage({ language: "pl", locale: "fi-FI" }, "ru")).toBe("pl");
    expect(personLanguage({ language: null, locale: "fi-FI" }, "ru")).toBe("fi");
    expect(personLanguage({ language: null, locale: "de-DE" }, "ru")).toBe("en");
    expect(personLanguage({ language: null, locale: null }, "ru")).toBe("ru");
    expect(personLanguage(null, "uk")).toBe("uk");
  });
});
