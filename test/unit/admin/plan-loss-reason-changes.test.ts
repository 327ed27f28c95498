import { describe, expect, it } from "vitest";
import type { CatalogLossReason } from "../../../src/db/catalog.js";
import { planLossReasonChanges } from "../../../src/domain/admin/plan-loss-reason-changes.js";

const reason = (id: number, key: string, label: string, active = true): CatalogLossReason => ({
  id,
  key,
  label,
  position: id,
  active,
});
const EXISTING = [
  reason(1, "price", "Price too high"),
  reason(2, "competitor", "Went with a competitor"),
  reason(3, "timing", "Bad timing"),
  reason(4, "legal", "Legal said no", false),
];
const plan = (text: string) => planLossReasonChanges({ text, existing: EXISTING });

describe("planLossReasonChanges", () => {
  it("writes nothing when the list is as saved", () => {
    expect(plan("Price too high\nWent with a competitor\nBad timing")).toEqual({
      ok: true,
      writes: { updates: [], creates: [], retire: [] },
      labels: ["Price too high", "Went with a competitor", "Bad timing"],
    });
  });

  it("matches labels ignoring case, reorders, adds, retires and brings back retired ones", () => {
    expect(plan("bad timing\n- Price too high\nNo champion\nLegal said no\n")).toEqual({
      ok: true,
      writes: {
        updates: [
          { id: 3, label: "bad timing", position: 1, active: true },
          { id: 1, label: "Price too high", position: 2, active: true },
          { id: 4, label: "Legal said no", position: 4, active: true },
        ],
        creates: [{ key: "no-champion", label: "No champion", position: 3 }],
        retire: [{ id: 2, label: "Went with a competitor" }],
      },
      labels: ["bad timing", "Price too high", "No champion", "Legal said no"],
    });
  });

  it("gives a new reason a key no other reason has", () => {
    const result = plan("Price too high\nPrice!");
    expect(result.ok && result.writes.creates).toEqual([{ key: "price-2", label: "Price!", position: 2 }]);
  });

  it("accepts 40 reasons of 75 characters", () => {
    const text = Array.from({ length: 40 }, (_, i) => `${i}`.padEnd(75, "x")).join("\n");
    expect(plan(text).ok).toBe(true);
  });

  it.each([
    ["", "List at least one loss reason."],
    ["\n  \n", "List at least one loss reason."],
    [
      Array.from({ length: 41 }, (_, i) => `Reason ${i}`).join("\n"),
      "At most 40 loss reasons; you listed 41.",
    ],
    ["x".repeat(76), 'Line 1: "xxxxxxxxxxxxxxxxxxxx…" is longer than 75 characters.'],
    ["Price\nOther\nprice", 'Line 3: "price" is already on line 1.'],
  ])("refuses %j", (text, message) => {
    const result = plan(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(message);
    expect(!result.ok && result.error).toContain('e.g. "Went with a competitor"');
  });

  it("reports every problem at once", () => {
    const result = plan(`${"y".repeat(80)}\nA\na`);
    expect(!result.ok && result.error).toContain("Line 1:");
    expect(!result.ok && result.error).toContain("Line 3:");
  });
});
