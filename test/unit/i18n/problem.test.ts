import { describe, expect, it } from "vitest";
import { matchStage } from "../../../src/domain/deals/match-stage.js";
import { renderProblem } from "../../../src/i18n/problem.js";
import { parseDate } from "../../../src/parse/date.js";
import type { Problem } from "../../../src/parse/problem.js";

const NOW = new Date("2026-11-23T08:00:00Z");
const problemOf = (result: { ok: boolean; problem?: Problem }): Problem => {
  if (result.ok || !result.problem) throw new Error("expected a problem");
  return result.problem;
};
const said = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("renderProblem", () => {
  it("says the same problem in each language, values in that language's forms", () => {
    // 4 Dec 2026 is a Friday: "Mon 4 Dec" does not add up.
    const problem = problemOf(
      parseDate("mon 4 dec 2026", { now: NOW, timezone: "UTC", what: "parse.what.close" }),
    );
    expect(renderProblem("en", problem)).toBe(
      'Close date "mon 4 dec 2026" does not add up: 4 Dec 2026 is a Friday, not a Monday. Try 4 Dec 2026.',
    );
    expect(renderProblem("fi", problem)).toBe(
      "Sulkemispäivä ”mon 4 dec 2026” ei täsmää: 4.12.2026 on perjantai, ei maanantai. Kokeile 4.12.2026.",
    );
    expect(renderProblem("pl", problem)).toContain("4.12.2026 to piątek, a nie poniedziałek");
  });

  it("lists alternatives with the language's own 'or'", () => {
    const stages = ["Proposal", "Proof of concept"].map((name, i) => ({
      id: i + 1,
      key: name.toLowerCase().replace(/ /g, "_"),
      name,
      kind: "open",
      probability: 50,
      position: i,
      forecastCategory: null,
    }));
    const problem = problemOf(matchStage(stages as never, "pro"));
    expect(renderProblem("en", problem)).toBe(
      'Stage "pro" could be Proposal or Proof of concept: which one?',
    );
    expect(renderProblem("fi", problem)).toBe(
      "Vaihe ”pro” voi olla Proposal tai Proof of concept: mikä niistä?",
    );
    expect(renderProblem("ru", problem)).toBe(
      "Этап «pro» может быть Proposal или Proof of concept: какой именно?",
    );
  });

  it("adds tips as whole sentences and names the field in the reader's language", () => {
    const problem = problemOf(parseDate("", { now: NOW, timezone: "UTC", what: "parse.what.away" }));
    expect(renderProblem("en", problem)).toBe(
      "Away until is empty. Try friday, next friday, 15 Jan, 2027-01-15, in 2 weeks or end of month.",
    );
    expect(said(renderProblem("uk", problem))).toMatch(/^Дата повернення: значення не вказано\. Спробуйте/);
  });

  it("uses the language's plurals", () => {
    const problem: Problem = {
      key: "parse.field.tooLong",
      values: { what: { key: "parse.what.stage" }, length: 102, max: 100, example: "stage proposal" },
    };
    expect(renderProblem("pl", problem)).toContain("Etap: 102 znaki");
    expect(renderProblem("ru", problem)).toContain("Этап: 102 символа");
    expect(renderProblem("en", problem)).toContain("Stage is 102 characters; the most is 100.");
  });
});

describe("date examples in each language's hint", () => {
  // Every example the hint offers is one the reader can type back in their language.
  it.each([
    ["en", ["friday", "next friday", "15 Jan", "2027-01-15", "in 2 weeks", "end of month"]],
    ["fi", ["perjantaina", "ensi perjantaina", "15.1.2027", "2027-01-15", "2 viikon päästä", "kuun lopussa"]],
    ["pl", ["friday", "next friday", "in 2 weeks", "end of month", "15.01.2027", "2027-01-15"]],
    [
      "uk",
      ["у п'ятницю", "наступної п'ятниці", "через 2 тижні", "в кінці місяця", "15.01.2027", "2027-01-15"],
    ],
    [
      "ru",
      ["в пятницу", "в следующую пятницу", "через 2 недели", "в конце месяца", "15.01.2027", "2027-01-15"],
    ],
  ] as const)("%s", (lang, examples) => {
    const hint = renderProblem(lang, { key: "parse.tip.date" });
    for (const example of examples) {
      expect(hint).toContain(example);
      expect(parseDate(example, { now: NOW, timezone: "Europe/Helsinki", lang }).ok, example).toBe(true);
    }
  });
});
