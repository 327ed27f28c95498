import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { planLossReasonChanges } from "../../../src/domain/admin/plan-loss-reason-changes.js";
import { planChange } from "../../../src/domain/deals/plan-change.js";
import { AppError } from "../../../src/errors.js";
import { enReplies } from "../../../src/i18n/catalogs/replies/en.js";
import { phrase, say } from "../../../src/i18n/phrase.js";
import { fieldErrorText } from "../../../src/slack/views/change-message.js";
import { appErrorNotice } from "../../../src/slack/views/failure.js";

const said = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

// The replies slot is spread into each catalog after the base messages: a key it
// repeats would silently replace another message. The other slots' files are read as text.
describe("the replies catalog slot", () => {
  const keysIn = (file: string) =>
    [...readFileSync(file, "utf8").matchAll(/^\s+"([\w.-]+)":/gm)].map((m) => m[1]);
  const others = [
    "src/i18n/catalogs/en.ts",
    "src/i18n/catalogs/surfaces/en.ts",
    "src/i18n/catalogs/parse/en.ts",
    "src/i18n/catalogs/forms/en.ts",
  ].flatMap(keysIn);

  it("repeats no key of the other English catalog files", () => {
    expect(others.length).toBeGreaterThan(300);
    expect(Object.keys(enReplies).filter((key) => others.includes(key))).toEqual([]);
  });
});

describe("phrases rendered at the edge", () => {
  it("renders an AppError's phrase in the reader's language, its message in English", () => {
    const error = new AppError("nps_follow_up_closed", phrase("nps.followUpClosed"));
    expect(error.message).toBe("This follow-up is already closed.");
    expect(appErrorNotice(error, "fi").text).toBe(":warning: Tämä jatkotoimi on jo suljettu.");
    expect(appErrorNotice(error).text).toBe(":warning: This follow-up is already closed.");
    // An error with an English message only (operators' errors) is shown as it is.
    expect(appErrorNotice(new AppError("demo_refused", "No."), "pl").text).toBe(":warning: No.");
  });

  it("renders a change's broken rules in the reader's language, the date as they write it", () => {
    const plan = planChange(
      null,
      { name: "Acme", amountMinor: 100n, currency: "EUR", stageId: 1, closeOn: "2026-11-02" },
      {
        stages: [{ id: 1, name: "Lead", kind: "open", probability: 10, position: 1 } as never],
        today: "2026-11-23",
        now: new Date("2026-11-23T08:00:00Z"),
      },
    );
    expect(plan.ok).toBe(false);
    const [error] = plan.ok ? [] : plan.errors;
    expect(error?.message).toContain("The close date 2026-11-02 is in the past.");
    expect(said(fieldErrorText(error!, "fi"))).toContain("Sulkemispäivä ma 2.11.2026 on mennyt.");
    expect(said(fieldErrorText(error!, "uk"))).toContain("Дата закриття пн, 2 листопада 2026 р. вже минула.");
    expect(fieldErrorText(error!, "en")).toContain("The close date Mon 2 Nov 2026 is in the past.");
  });

  it("renders the loss-reason problems in the admin's language, and in English as before", () => {
    const plan = planLossReasonChanges({ text: "Hinta\nhinta", existing: [] });
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    expect(plan.error).toBe(
      'Line 2: "hinta" is already on line 1. Write one reason per line, e.g. "Went with a competitor".',
    );
    expect(plan.phrases.map((p) => say("fi", p)).join(" ")).toBe(
      "Rivi 2: ”hinta” on jo rivillä 1. Kirjoita yksi syy riville, esim. ”Valitsi kilpailijan”.",
    );
    expect(plan.phrases.map((p) => say("ru", p)).join(" ")).toBe(
      "Строка 2: «hinta» уже есть в строке 1. Пишите одну причину в строке, напр. «Выбрали конкурента».",
    );
  });
});
