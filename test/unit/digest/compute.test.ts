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

const conv = (stageId: number, entered: number, advanced: number, undecided = 0) => ({
  stageId,
  entered,
  advanced,
  lost: entered - advanced - undecided,
  undecided,
});

describe("conversion and bottleneck", () => {
  it("names a step only when it is 10+ points and 3+ standard errors below, with enough matured deals", () => {
    const steps = computeConversion(
      stages,
      [
        conv(1, 40, 20), // 50% vs 55%: within 10 points
        conv(2, 40, 8, 10), // 8 of 30 matured = 26.7% vs 50% of 100: z = 2.25, chance explains it
        conv(3, 9, 0), // 0% vs 60% but only 9 deals
      ],
      [conv(1, 100, 55), conv(2, 100, 50), conv(3, 100, 60)],
    );
    expect(steps.map((s) => `${s.from}→${s.to}`)).toEqual([
      "Lead→Proposal",
      "Proposal→Negotiation",
      "Negotiation→Won",
    ]);
    expect(steps[1]).toMatchObject({ matured: 30, undecided: 10, advanced: 8 });
    // Pooled 58/130: se = sqrt(0.4462 × 0.5538 × (1/30 + 1/100)) = 0.1035; (0.5 − 0.2667) / 0.1035 = 2.25.
    expect(steps[1]!.z).toBeCloseTo(2.25, 2);
    expect(findBottleneck(steps)).toBeNull();
    // The same rates over 60 matured deals: z = 2.90, still not beyond chance.
    const more = computeConversion(stages, [conv(2, 60, 16)], [conv(2, 100, 50)]);
    expect(more[1]!.z).toBeCloseTo(2.9, 1);
    const clear = computeConversion(stages, [conv(2, 60, 12)], [conv(2, 100, 50)]);
    // 20% vs 50%: pooled 62/160, se = 0.0796, z = 3.77.
    expect(clear[1]!.z).toBeCloseTo(3.77, 2);
    expect(findBottleneck(clear)?.from).toBe("Proposal");
  });

  it("undecided deals are left out of the rate, not counted as failures", () => {
    const [lead] = computeConversion(stages, [conv(1, 25, 10, 9)], [conv(1, 100, 62)]);
    expect(lead).toMatchObject({ matured: 16, rate: 10 / 16 });
  });

  it.each([
    ["no history at all", [], []],
    ["nothing matured yet", [conv(1, 10, 0, 10)], [conv(1, 10, 7)]],
    ["both 100%", [conv(1, 20, 20)], [conv(1, 20, 20)]],
  ])("%s: no bottleneck, no NaN", (_name, recent, reference) => {
    const steps = computeConversion(stages, recent, reference);
    expect(findBottleneck(steps)).toBeNull();
    for (const s of steps) expect(Number.isNaN(s.rate ?? 0) || Number.isNaN(s.z ?? 0)).toBe(false);
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
