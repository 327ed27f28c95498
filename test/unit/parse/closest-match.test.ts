import { describe, expect, it } from "vitest";
import { closestMatch } from "../../../src/parse/closest-match.js";

const stages = [
  { key: "lead", name: "Lead" },
  { key: "qualified", name: "Qualified" },
  { key: "proposal", name: "Proposal" },
  { key: "negotiation", name: "Negotiation" },
  { key: "won", name: "Won" },
  { key: "lost", name: "Lost" },
];
const reasons = [
  { key: "price", label: "Price too high" },
  { key: "competitor", label: "Went with a competitor" },
  { key: "no-budget", label: "No budget" },
  { key: "no-decision", label: "No decision / stalled" },
  { key: "timing", label: "Bad timing" },
];
const stage = (typed: string) => closestMatch(stages, typed, (s) => [s.key, s.name]);
const reason = (typed: string) => closestMatch(reasons, typed, (r) => [r.label, r.key]);
const label = (result: ReturnType<typeof stage> | ReturnType<typeof reason>) =>
  result.kind === "exact" || result.kind === "close"
    ? `${result.kind}:${"name" in result.item ? result.item.name : result.item.label}`
    : result.kind === "ambiguous"
      ? `ambiguous:${result.items.length}`
      : "none";

describe("closestMatch", () => {
  it.each([
    ["proposal", "exact:Proposal"],
    ["PROPOSAL", "exact:Proposal"],
    ["prop", "close:Proposal"],
    ["qualification", "close:Qualified"],
    ["propsal", "close:Proposal"],
    ["negociation", "close:Negotiation"],
    ["lo", "close:Lost"],
    ["l", "ambiguous:2"],
    ["banana", "none"],
    ["", "none"],
  ])("stage %j → %s", (typed, expected) => {
    expect(label(stage(typed))).toBe(expected);
  });

  it.each([
    ["price", "exact:Price too high"], // its key
    ["pric", "close:Price too high"],
    ["Price too high", "exact:Price too high"],
    ["budget", "close:No budget"],
    ["no", "ambiguous:2"],
    ["competition", "close:Went with a competitor"],
    ["timing", "exact:Bad timing"],
    ["weather", "none"],
  ])("reason %j → %s", (typed, expected) => {
    expect(label(reason(typed))).toBe(expected);
  });
});
