import { describe, expect, it } from "vitest";
import type { CatalogStage } from "../../../src/db/catalog.js";
import { parseStageLines } from "../../../src/domain/admin/parse-stage-lines.js";
import { planStageChanges } from "../../../src/domain/admin/plan-stage-changes.js";
import { stagesText } from "../../../src/slack/views/admin-form.js";

// Which stages default to which forecast category, set in /deal admin's stages box:
// "Negotiation: 75% commit". A line without a category word follows the probability rule.

const stage = (id: number, name: string, probability: number, extra: Partial<CatalogStage> = {}) =>
  ({
    id,
    key: name.toLowerCase(),
    name,
    probability,
    position: id,
    kind: "open",
    active: true,
    forecastCategory: null,
    ...extra,
  }) as CatalogStage;

const EXISTING: CatalogStage[] = [
  stage(1, "Lead", 10),
  stage(2, "Proposal", 50, { forecastCategory: "best" }),
  stage(3, "Negotiation", 75),
  stage(4, "Won", 100, { kind: "won" }),
  stage(5, "Lost", 0, { kind: "lost" }),
];

const ok = (text: string) => {
  const result = parseStageLines(text);
  if (!result.ok) throw new Error(result.error);
  return result.stages;
};

describe("stage default categories in the stages box", () => {
  it.each([
    ["Negotiation: 75% commit", 75, "commit"],
    ["Negotiation: 75%, best case", 75, "best"],
    ["Negotiation = 75 best", 75, "best"],
    ["Negotiation: 75% Omitted", 75, "omit"],
    ["Negotiation - 75% pipeline", 75, "pipeline"],
    ["Negotiation: 75%", 75, undefined],
  ])("%s", (line, probability, category) => {
    expect(ok(line)).toEqual([{ name: "Negotiation", probability, ...(category ? { category } : {}) }]);
  });

  it("refuses a word that is no category, naming the line", () => {
    const result = parseStageLines("Lead: 10%\nNegotiation: 75% maybe");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain("Line 2");
  });

  it("shows each stage's default after its probability, and reads it back unchanged", () => {
    const text = stagesText(EXISTING);
    expect(text).toBe("Lead: 10%\nProposal: 50% best\nNegotiation: 75%");
    expect(planStageChanges({ lines: ok(text), existing: EXISTING, openDeals: new Map() })).toEqual({
      ok: true,
      writes: { updates: [], creates: [], retire: [] },
    });
  });

  it("writes a set category, clears a removed one, and gives a new stage its own", () => {
    const plan = planStageChanges({
      lines: ok("Lead: 10%\nProposal: 50%\nNegotiation: 75% commit\nContract: 90% commit"),
      existing: EXISTING,
      openDeals: new Map(),
    });
    expect(plan).toEqual({
      ok: true,
      writes: {
        updates: [
          { id: 2, name: "Proposal", probability: 50, position: 2, active: true, forecastCategory: null },
          {
            id: 3,
            name: "Negotiation",
            probability: 75,
            position: 3,
            active: true,
            forecastCategory: "commit",
          },
          { id: 4, name: "Won", probability: 100, position: 5, active: true },
          { id: 5, name: "Lost", probability: 0, position: 6, active: true },
        ],
        creates: [
          {
            key: "contract",
            name: "Contract",
            probability: 90,
            position: 4,
            kind: "open",
            forecastCategory: "commit",
          },
        ],
        retire: [],
      },
    });
  });
});
