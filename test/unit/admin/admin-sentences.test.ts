import { describe, expect, it } from "vitest";
import { checkTimezone } from "../../../src/domain/admin/check-timezone.js";
import { parseStageLines } from "../../../src/domain/admin/parse-stage-lines.js";
import { planTeamChanges } from "../../../src/domain/admin/plan-team-changes.js";
import { adminFormErrors } from "../../../src/slack/forms/read-admin-form.js";
import { ADMIN_FORM } from "../../../src/slack/ids.js";

// Settings problems are keys and values, rendered in the admin's language at the form;
// their English text stays what it always was.

const members = ["UA", "UB", "UC"].map((id, i) => ({
  id,
  name: ["Ann", "Bob", "Cem"][i] ?? id,
  role: "manager" as const,
  managerId: null,
}));
// Bob under Ann, Cem under Bob, Ann under Cem: one circle of three.
const circle = () =>
  planTeamChanges({
    managerIds: ["UA", "UB", "UC"],
    repsByManager: { UA: ["UB"], UB: ["UC"], UC: ["UA"] },
    members,
  });

describe("settings problems in the admin's language", () => {
  it("writes the people in a circle as each language writes a list", () => {
    const plan = circle();
    if (plan.ok) throw new Error("expected a circle");
    expect(plan.problems[0]?.message).toBe(
      "Ann, Cem and Bob would manage each other in a circle: pick who reports to whom.",
    );
    const fi = adminFormErrors(plan.problems, "fi");
    expect(Object.values(fi)[0]).toBe(
      "Ann, Cem ja Bob olisivat kehässä toistensa esihenkilöitä: valitse, kuka raportoi kenellekin.",
    );
    expect(Object.values(adminFormErrors(plan.problems, "pl"))[0]).toContain("Ann, Cem i Bob");
  });

  it("renders every sentence of a stage list problem with the language's plurals", () => {
    const parsed = parseStageLines(Array.from({ length: 11 }, (_, i) => `Stage ${i}`).join("\n"));
    if (parsed.ok) throw new Error("expected problems");
    const errors = adminFormErrors(
      [{ field: "stages", message: parsed.error, sentences: parsed.sentences }],
      "uk",
    );
    expect(errors[ADMIN_FORM.stages]).toContain('У рядку 1 "Stage 0" немає ймовірності.');
    expect(errors[ADMIN_FORM.stages]).toContain("(і ще 3 схожі проблеми)");
    expect(errors[ADMIN_FORM.stages]).toContain('напр. "Proposal: 50%"');
  });

  it("keeps the English text for logs and tests", () => {
    expect(checkTimezone("Mars/Olympus")).toMatchObject({
      ok: false,
      error:
        '"Mars/Olympus" is not a timezone I know. Use an IANA name, e.g. Europe/Helsinki or America/New_York.',
    });
  });
});
