import { describe, expect, it } from "vitest";
import { computeConversion, findBottleneck } from "../../../src/domain/digest/compute-conversion.js";
import { resolveTarget } from "../../../src/domain/digest/compute-forecast.js";
import { digestPeriods, parseQuotaPeriod } from "../../../src/domain/digest/periods.js";
import { buildRepRows } from "../../../src/domain/digest/rep-rows.js";
import { parseQuotaArgs } from "../../../src/parse/quota.js";
import { capLines } from "../../../src/slack/views/digest.js";

const stages = [
  { id: 1, name: "Lead" },
  { id: 2, name: "Proposal" },
  { id: 3, name: "Negotiation" },
];

describe("conversion and bottleneck", () => {
  it("names the step clearly worse than the reference, with enough deals", () => {
    const steps = computeConversion(
      stages,
      [
        { stageId: 1, entered: 20, advanced: 10 }, // 50% vs 55%: within 10 points
        { stageId: 2, entered: 10, advanced: 2 }, // 20% vs 50%: the bottleneck
        { stageId: 3, entered: 4, advanced: 0 }, // 0% vs 60% but only 4 deals
      ],
      [
        { stageId: 1, entered: 100, advanced: 55 },
        { stageId: 2, entered: 50, advanced: 25 },
        { stageId: 3, entered: 20, advanced: 12 },
      ],
    );
    expect(steps.map((s) => `${s.from}→${s.to}`)).toEqual([
      "Lead→Proposal",
      "Proposal→Negotiation",
      "Negotiation→Won",
    ]);
    expect(findBottleneck(steps)?.from).toBe("Proposal");
  });

  it.each([
    ["no history at all", [], []],
    [
      "exactly 10 points below is a bottleneck only at the threshold",
      [{ stageId: 1, entered: 10, advanced: 5 }],
      [{ stageId: 1, entered: 10, advanced: 7 }],
    ],
  ])("%s", (_name, recent, reference) => {
    const steps = computeConversion(stages, recent, reference);
    const b = findBottleneck(steps);
    if (recent.length === 0) expect(b).toBeNull();
    else expect(b?.from).toBe("Lead");
    for (const s of steps) expect(Number.isNaN(s.rate ?? 0)).toBe(false);
  });
});

describe("targets", () => {
  const q = (subject: string, period: string, major: number, currency = "EUR") => ({
    subject,
    period,
    amountMinor: BigInt(major) * 100n,
    currency,
  });
  it.each([
    [
      "team quota wins",
      [q("team", "2026-11", 50), q("U1", "2026-11", 10)],
      "team",
      "2026-11",
      5000n,
      "quota",
    ],
    [
      "else the sum of rep quotas",
      [q("U1", "2026-11", 10), q("U2", "2026-11", 20)],
      "team",
      "2026-11",
      3000n,
      "sum of rep quotas",
    ],
    [
      "a quarter from its months",
      [q("U1", "2026-10", 10), q("U1", "2026-12", 5)],
      "U1",
      "2026-Q4",
      1500n,
      "sum of monthly quotas",
    ],
    ["other currencies are ignored", [q("team", "2026-11", 50, "USD")], "team", "2026-11", null, null],
    ["none set", [], "U1", "2026-11", null, null],
  ])("%s", (_name, quotas, subject, period, amount, source) => {
    expect(resolveTarget(quotas, { subject, period, currency: "EUR" })).toEqual({
      amountMinor: amount,
      source,
    });
  });
});

describe("consistency", () => {
  it("share of revenue from the largest deal; no division by zero without wins", () => {
    const rows = buildRepRows({
      activity: [{ userId: "U3", updates: 4, advanced: 1 }],
      nudges: [],
      wins: [
        { userId: "U1", wonCount: 3, wonMinor: 300n, largestMinor: 250n, monthsWithWin: 2 },
        { userId: "U2", wonCount: 10, wonMinor: 400n, largestMinor: 50n, monthsWithWin: 10 },
      ],
      names: new Map(),
    });
    expect(rows.map((r) => [r.userId, r.largestShare, r.monthsWithWin])).toEqual([
      ["U2", 12.5, 10],
      ["U1", 83.3, 2],
      ["U3", null, 0],
    ]);
  });
});

describe("parsing and cutting", () => {
  it.each([
    ["<@U123ABC|ann> 50k 2026-11", { subject: "U123ABC", period: "2026-11", amountMinor: 5_000_000n }],
    ["team 1.2m 2026-q4", { subject: "team", period: "2026-Q4", amountMinor: 120_000_000n }],
  ])("quota %s", (text, expected) => {
    const r = parseQuotaArgs(text, { defaultCurrency: "EUR" });
    expect(r).toMatchObject({ ok: true, value: expected });
  });
  it.each(["", "team 50k", "@ann 50k 2026-11", "team -5 2026-11", "team 50k 2026-13", "team 0 2026-11"])(
    "refuses quota %j",
    (text) => {
      expect(parseQuotaArgs(text, { defaultCurrency: "EUR" }).ok).toBe(false);
    },
  );
  it("quota periods", () => {
    expect(parseQuotaPeriod("2026-Q1")).toEqual({ kind: "quarter", key: "2026-Q1" });
    expect(parseQuotaPeriod("2026-00")).toBeNull();
  });
  it("cuts long lists with 'and N more'", () => {
    const lines = Array.from({ length: 25 }, (_, i) => `line ${i}`);
    expect(capLines(lines, 10)).toHaveLength(11);
    expect(capLines(lines, 10).at(-1)).toBe("_…and 15 more_");
    expect(capLines(lines.slice(0, 10), 10, 22).at(-1)).toBe("_…and 12 more_");
    expect(capLines(lines.slice(0, 3), 10)).toHaveLength(3);
  });
  it("periods follow the team's timezone", () => {
    const p = digestPeriods(new Date("2026-11-30T23:30:00Z"), "Europe/Berlin");
    expect(p.month.key).toBe("2026-12");
    expect(p.quarter.key).toBe("2026-Q4");
    expect(p.weekOf).toBe("2026-11-30");
    expect(p.months).toHaveLength(12);
    expect(p.months[0]!.key).toBe("2026-01");
  });
});
