import { describe, expect, it } from "vitest";
import type { CatalogStage } from "../../../src/db/catalog.js";
import { planStageChanges } from "../../../src/domain/admin/plan-stage-changes.js";

const stage = (
  id: number,
  key: string,
  name: string,
  probability: number,
  extra: Partial<CatalogStage> = {},
) => ({ id, key, name, probability, position: id, kind: "open", active: true, ...extra }) as CatalogStage;

// The default funnel: lead 1, qualified 2, proposal 3, negotiation 4, won 5, lost 6.
const DEFAULTS: CatalogStage[] = [
  stage(1, "lead", "Lead", 10),
  stage(2, "qualified", "Qualified", 25),
  stage(3, "proposal", "Proposal", 50),
  stage(4, "negotiation", "Negotiation", 75),
  stage(5, "won", "Won", 100, { kind: "won" }),
  stage(6, "lost", "Lost", 0, { kind: "lost" }),
];
const lines = (...pairs: [string, number][]) => pairs.map(([name, probability]) => ({ name, probability }));
const plan = (l: ReturnType<typeof lines>, existing = DEFAULTS, openDeals = new Map<number, number>()) =>
  planStageChanges({ lines: l, existing, openDeals });

describe("planStageChanges", () => {
  it("writes nothing when the list is as saved", () => {
    expect(plan(lines(["Lead", 10], ["Qualified", 25], ["Proposal", 50], ["Negotiation", 75]))).toEqual({
      ok: true,
      writes: { updates: [], creates: [], retire: [] },
    });
  });

  it("reorders, re-weights, renames by case, adds and retires in one plan", () => {
    const result = plan(lines(["qualified", 30], ["Lead", 10], ["Demo booked", 40], ["Proposal", 50]));
    expect(result).toEqual({
      ok: true,
      writes: {
        updates: [
          { id: 2, name: "qualified", probability: 30, position: 1, active: true },
          { id: 1, name: "Lead", probability: 10, position: 2, active: true },
          { id: 3, name: "Proposal", probability: 50, position: 4, active: true },
        ],
        creates: [{ key: "demo-booked", name: "Demo booked", probability: 40, position: 3, kind: "open" }],
        retire: [{ id: 4, name: "Negotiation" }],
      },
    });
  });

  it("moves won and lost after the open stages when the funnel gets longer", () => {
    const result = plan(
      lines(["Lead", 10], ["Qualified", 25], ["Proposal", 50], ["Negotiation", 75], ["Contract", 90]),
    );
    expect(result.ok && result.writes.updates).toEqual([
      { id: 5, name: "Won", probability: 100, position: 6, active: true },
      { id: 6, name: "Lost", probability: 0, position: 7, active: true },
    ]);
  });

  it("brings back a retired stage of the same name, with its id", () => {
    const existing = [...DEFAULTS, stage(7, "demo", "Demo", 30, { active: false, position: 9 })];
    const result = plan(
      lines(["Lead", 10], ["Qualified", 25], ["demo", 35], ["Proposal", 50], ["Negotiation", 75]),
      existing,
    );
    expect(result.ok && result.writes.creates).toEqual([]);
    expect(result.ok && result.writes.updates).toContainEqual({
      id: 7,
      name: "demo",
      probability: 35,
      position: 3,
      active: true,
    });
  });

  it("gives a new stage a key no other stage has, retired ones included", () => {
    const existing = [...DEFAULTS, stage(7, "demo", "Old demo", 30, { active: false })];
    const result = plan(
      lines(["Lead", 10], ["Demo", 40], ["Qualified", 25], ["Proposal", 50], ["Negotiation", 75]),
      existing,
    );
    expect(result.ok && result.writes.creates.map((c) => c.key)).toEqual(["demo-2"]);
  });

  it("renaming a stage is a new stage plus the old one retired", () => {
    const result = plan(lines(["Lead", 10], ["Qualified", 25], ["Proposal", 50], ["Closing", 75]));
    expect(result.ok && result.writes.creates).toEqual([
      { key: "closing", name: "Closing", probability: 75, position: 4, kind: "open" },
    ]);
    expect(result.ok && result.writes.retire).toEqual([{ id: 4, name: "Negotiation" }]);
  });

  it.each([
    [
      new Map([[4, 3]]),
      "3 open deals are still in Negotiation: move them first, or keep Negotiation in the list.",
    ],
    [
      new Map([[4, 1]]),
      "1 open deal is still in Negotiation: move it first, or keep Negotiation in the list.",
    ],
  ])("refuses to retire a stage with open deals (%#)", (openDeals, message) => {
    expect(plan(lines(["Lead", 10], ["Qualified", 25], ["Proposal", 50]), DEFAULTS, openDeals)).toMatchObject(
      {
        ok: false,
        error: message,
      },
    );
  });

  it("names every stage still in use, at once", () => {
    const result = plan(
      lines(["Lead", 10]),
      DEFAULTS,
      new Map([
        [2, 2],
        [3, 1],
        [1, 9],
      ]),
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain("2 open deals are still in Qualified");
    expect(!result.ok && result.error).toContain("1 open deal is still in Proposal");
    expect(!result.ok && result.error).not.toContain("Lead");
  });

  it("does not count deals in retired stages against retiring", () => {
    const existing = [...DEFAULTS, stage(7, "demo", "Demo", 30, { active: false })];
    const result = plan(
      lines(["Lead", 10], ["Qualified", 25], ["Proposal", 50], ["Negotiation", 75]),
      existing,
      new Map([[7, 2]]),
    );
    expect(result.ok).toBe(true);
  });

  it.each(["Won", "won", "LOST"])("refuses the fixed stage %j in the open list", (name) => {
    const result = plan(
      lines(["Lead", 10], [name, 50], ["Qualified", 25], ["Proposal", 50], ["Negotiation", 75]),
    );
    expect(result).toMatchObject({
      ok: false,
      error: `"${name}" is the ${name.toLowerCase()} stage, which is always there: leave it out of this list.`,
    });
  });
});
