import { describe, expect, it } from "vitest";
import type { RiskSignal } from "../../../src/domain/risk/assess-deal.js";
import {
  formFailedAfterCloseNotice,
  formFailedError,
  requestFailedNotice,
} from "../../../src/slack/views/failure.js";
import { refusalText } from "../../../src/slack/views/refusal.js";
import { riskReason } from "../../../src/slack/views/risk-reasons.js";

// Texts that are hard to reach end to end (a failure after the last retry), in each
// language, and the English wording kept exactly as it was.

describe("failure notices", () => {
  it("keep the English wording", () => {
    expect(requestFailedNotice("r1").text).toContain(
      "Something went wrong on Dealbot's side and your request may not have been applied.",
    );
    expect(formFailedError("r1")).toBe(
      "Something went wrong on Dealbot's side; nothing was saved. Try again in a moment (reference r1).",
    );
  });

  it.each([
    ["fi", "Dealbotissa tapahtui virhe", "Yritä hetken päästä uudelleen (viite r1)."],
    ["pl", "Po stronie Dealbota wystąpił błąd", "(numer zgłoszenia r1)."],
    ["uk", "На боці Dealbot сталася помилка", "(код r1)."],
    ["ru", "На стороне Dealbot произошла ошибка", "(код r1)."],
  ] as const)("are written in %s, with the reference", (lang, start, end) => {
    expect(requestFailedNotice("r1", lang).text).toContain(start);
    expect(formFailedError("r1", lang)).toContain(start);
    expect(formFailedError("r1", lang).endsWith(end)).toBe(true);
    expect(formFailedAfterCloseNotice("r1", lang).text).toContain("r1");
  });
});

describe("refusals", () => {
  const refusal = { reason: "not_yours", ownerId: "U1", what: "“Acme”", byManager: false } as const;
  it.each([
    ["en", "“Acme” belongs to <@U1>: you can change only your own deals. Ask <@U1> or their manager."],
    ["fi", "“Acme” ei ole sinun kauppasi (omistaja: <@U1>)"],
    ["ru", "“Acme” принадлежит <@U1>"],
  ] as const)("%s", (lang, expected) => {
    expect(refusalText(refusal, lang)).toContain(expected);
  });
  it("names the other person in plain words inside a form", () => {
    expect(refusalText(refusal, "pl", "someoneElse")).toContain("“Acme” należy do innej osoby:");
  });
});

describe("risk reasons", () => {
  const signals: Pick<RiskSignal, "code" | "values">[] = [
    { code: "stale", values: { days: 5 } },
    { code: "pushed", values: { count: 2 } },
    { code: "amount-changed", values: { from: "2000000", to: "", currency: "EUR" } },
  ];
  it.each([
    ["pl", ["brak aktualizacji i potwierdzenia od 5 dni", "przesuwana już 2 razy", "(20 000 € → —)"]],
    ["uk", ["без оновлень і підтверджень 5 днів", "переносили 2 рази", "(20 000 € → —)"]],
    ["ru", ["без обновлений и подтверждений 5 дней", "переносили 2 раза", "(20 000 € → —)"]],
  ] as const)("%s uses the language's plural forms and money format", (lang, expected) => {
    const words = signals.map((s) => riskReason(s, lang).replace(/[\u00a0\u202f]/g, " "));
    for (const [i, text] of expected.entries()) expect(words[i]).toContain(text);
  });
});
