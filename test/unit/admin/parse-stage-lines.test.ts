import { describe, expect, it } from "vitest";
import { parseStageLines } from "../../../src/domain/admin/parse-stage-lines.js";

const ok = (text: string) => {
  const result = parseStageLines(text);
  if (!result.ok) throw new Error(result.error);
  return result.stages;
};
const error = (text: string) => {
  const result = parseStageLines(text);
  if (result.ok) throw new Error(`accepted ${JSON.stringify(text)}`);
  return result.error;
};

describe("parseStageLines", () => {
  it.each([
    ["Lead: 10%", "Lead", 10],
    ["Lead: 10", "Lead", 10],
    ["Lead:10", "Lead", 10],
    ["Lead : 10 %", "Lead", 10],
    ["Lead = 10%", "Lead", 10],
    ["Lead - 10%", "Lead", 10],
    ["Lead – 10", "Lead", 10],
    ["Lead 10%", "Lead", 10],
    ["  Demo   booked:  40%  ", "Demo booked", 40],
    ["- Proposal: 50%", "Proposal", 50],
    ["• Proposal: 50%", "Proposal", 50],
    ["2. Proposal: 50%", "Proposal", 50],
    ["Follow-up 30%", "Follow-up", 30],
    ["Follow-up: 30", "Follow-up", 30],
    ["Phase 2: demo: 0", "Phase 2: demo", 0],
    ["Won over: 100%", "Won over", 100],
    ["Ölçüm & <test>: 5", "Ölçüm & <test>", 5],
  ])("reads %j", (line, name, probability) => {
    expect(ok(line)).toEqual([{ name, probability }]);
  });

  it("keeps the order, skips blank lines and counts lines as typed", () => {
    expect(ok("Lead: 10%\n\n  \nQualified: 25\r\nProposal 50%")).toEqual([
      { name: "Lead", probability: 10 },
      { name: "Qualified", probability: 25 },
      { name: "Proposal", probability: 50 },
    ]);
    expect(error("Lead: 10\n\nDemo")).toContain('Line 3 "Demo" has no probability.');
  });

  it.each([
    ["Lead", 'Line 1 "Lead" has no probability.'],
    ["Lead 10", 'Line 1 "Lead 10" has no probability.'],
    ["Lead:", 'Line 1 "Lead:" has no probability.'],
    [": 10%", 'Line 1 ": 10%" has no stage name.'],
    ["Lead: 101", 'Line 1: probability "101" must be a whole number from 0 to 100.'],
    ["Lead: 101%", 'Line 1: probability "101%" must be a whole number from 0 to 100.'],
    ["Lead: -5", 'Line 1: probability "-5" must be a whole number from 0 to 100.'],
    ["Lead: 12.5", 'Line 1: probability "12.5" must be a whole number from 0 to 100.'],
    ["Lead: ten", 'Line 1: probability "ten" must be a whole number from 0 to 100.'],
    ["Lead: 10%%", 'Line 1: probability "10%%" must be a whole number from 0 to 100.'],
    [`${"x".repeat(41)}: 10`, "is longer than 40 characters"],
    ["Lead: 10\nlead: 20", 'Line 2: "lead" is already on line 1; stage names must differ.'],
    ["", "List at least one open stage."],
    ["\n \n", "List at least one open stage."],
  ])("refuses %j", (text, message) => {
    const problem = error(text);
    expect(problem).toContain(message);
    expect(problem).toContain('e.g. "Proposal: 50%"');
  });

  it("allows 20 open stages but not 21", () => {
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `Stage ${i + 1}: ${i}`).join("\n");
    expect(ok(lines(20))).toHaveLength(20);
    expect(error(lines(21))).toContain("At most 20 open stages; you listed 21.");
  });

  it("accepts names of exactly 40 characters", () => {
    expect(ok(`${"x".repeat(40)}: 10`)[0]?.name).toHaveLength(40);
  });

  it("reports every problem at once", () => {
    const problem = error("Lead\nQualified: 101\nQualified: 20\nDemo: 40");
    expect(problem).toContain("Line 1");
    expect(problem).toContain('Line 2: probability "101"');
    expect(problem).toContain('Line 3: "Qualified" is already on line 2');
    expect(problem).not.toContain("Line 4");
  });

  it("counts problems beyond the first eight instead of listing them", () => {
    const problem = error(Array.from({ length: 12 }, (_, i) => `Stage ${i}`).join("\n"));
    expect(problem).toContain("Line 8 ");
    expect(problem).not.toContain("Line 9 ");
    expect(problem).toContain("(and 4 more problems like these)");
  });
});
