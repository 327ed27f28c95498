import { describe, expect, it } from "vitest";
import type { DealRow } from "../../../src/db/deals.js";
import { assessDeal, FLAG_SCORE } from "../../../src/domain/risk/assess-deal.js";
import { riskReason } from "../../../src/slack/views/risk-reasons.js";

const NOW = new Date("2026-11-20T09:00:00Z");
const DAY = 24 * 3600_000;

/** A healthy deal: recent activity, late stage, a next step due later, never pushed. */
function deal(overrides: Partial<DealRow> = {}): DealRow {
  return {
    id: 7,
    name: "Acme",
    accountId: null,
    account: null,
    ownerId: "U1",
    owner: { name: "Ann", managerId: null },
    stageId: 4,
    stage: { key: "negotiation", name: "Negotiation", probability: 75, kind: "open", position: 4 },
    status: "open",
    amountMinor: 1_500_000n,
    currency: "EUR",
    probability: null,
    closeOn: "2026-11-27",
    nextStep: "Send contract",
    nextStepDue: "2026-11-24",
    lossReasonId: null,
    lossReason: null,
    lossNote: null,
    closedAt: null,
    lastActivityAt: new Date(NOW.getTime() - 2 * DAY),
    lastConfirmedAt: null,
    closePushCount: 0,
    snoozedUntil: null,
    snoozeReason: null,
    forecastCategory: null,
    version: 3,
    createdAt: new Date("2026-09-01T00:00:00Z"),
    ...overrides,
  };
}

const facts = (overrides: Partial<Parameters<typeof assessDeal>[1]> = {}) => ({
  now: NOW,
  today: "2026-11-20",
  probabilityThreshold: 50,
  amountChange: undefined,
  lastNudge: undefined,
  ...overrides,
});

describe("assessDeal", () => {
  it("finds nothing wrong with a healthy deal", () => {
    expect(assessDeal(deal(), facts())).toEqual({ score: 0, flagged: false, signals: [] });
  });

  it.each([
    [
      "no update for 7+ days",
      { lastActivityAt: new Date(NOW.getTime() - 12 * DAY) },
      {},
      "stale",
      2,
      "no update or confirmation for 12 days",
    ],
    ["close date pushed once", { closePushCount: 1 }, {}, "pushed", 2, "close date already pushed once"],
    [
      "close date pushed three times",
      { closePushCount: 3 },
      {},
      "pushed",
      3,
      "close date already pushed 3 times",
    ],
    [
      "an early stage",
      { stage: { key: "qualified", name: "Qualified", probability: 25, kind: "open" as const, position: 2 } },
      {},
      "early-stage",
      2,
      "still in Qualified (25%)",
    ],
    ["a deal's own low probability", { probability: 30 }, {}, "early-stage", 2, "still in Negotiation (30%)"],
    ["no next step", { nextStep: null, nextStepDue: null }, {}, "no-next-step", 1, "no next step"],
    [
      "an overdue next step",
      { nextStepDue: "2026-11-10" },
      {},
      "next-step-overdue",
      2,
      "next step overdue since Tue 10 Nov",
    ],
    [
      "an amount changed this week",
      {},
      { amountChange: { dealId: 7, at: new Date(NOW.getTime() - 3 * DAY), from: "2000000", to: "1500000" } },
      "amount-changed",
      1,
      "amount changed in the last 7 days (€20,000 → €15,000)",
    ],
    [
      "no activity since the last nudge",
      { lastActivityAt: new Date("2026-11-15T10:00:00Z") },
      { lastNudge: { sentAt: new Date("2026-11-16T09:00:00Z"), dealIds: [7] } },
      "quiet-since-nudge",
      1,
      "no activity since the nudge of Mon 16 Nov",
    ],
  ])(
    "flags %s alone, with its weight and a reason",
    (_name, dealOverrides, factOverrides, code, weight, text) => {
      const result = assessDeal(deal(dealOverrides as Partial<DealRow>), facts(factOverrides));
      expect(result.signals).toEqual([{ code, weight, text, values: expect.any(Object) }]);
      // The catalogs word it the same in English from the signal's values.
      expect(riskReason(result.signals[0]!, "en")).toBe(text);
      expect(result.score).toBe(weight);
      expect(result.flagged).toBe(weight >= FLAG_SCORE);
    },
  );

  it.each([
    [
      "an amount change older than 7 days",
      {},
      { amountChange: { dealId: 7, at: new Date(NOW.getTime() - 8 * DAY), from: "1", to: "2" } },
    ],
    ["a next step due today", { nextStepDue: "2026-11-20" }, {}],
    [
      "activity after the last nudge",
      {},
      { lastNudge: { sentAt: new Date(NOW.getTime() - 4 * DAY), dealIds: [7] } },
    ],
    [
      "a nudge that did not list this deal",
      { lastActivityAt: new Date(NOW.getTime() - 6 * DAY) },
      { lastNudge: { sentAt: new Date(NOW.getTime() - 4 * DAY), dealIds: [8] } },
    ],
    ["6 days without update", { lastActivityAt: new Date(NOW.getTime() - 6 * DAY) }, {}],
    ["probability exactly at the threshold", { probability: 50 }, {}],
  ])("does not flag %s", (_name, dealOverrides, factOverrides) => {
    expect(assessDeal(deal(dealOverrides as Partial<DealRow>), facts(factOverrides)).signals).toEqual([]);
  });

  it("adds up combined signals and says every reason", () => {
    const result = assessDeal(
      deal({
        lastActivityAt: new Date(NOW.getTime() - 10 * DAY),
        closePushCount: 2,
        nextStep: null,
        probability: 20,
      }),
      facts(),
    );
    expect(result.signals.map((s) => s.code)).toEqual(["stale", "pushed", "early-stage", "no-next-step"]);
    expect(result.score).toBe(2 + 3 + 2 + 1);
    expect(result.flagged).toBe(true);
  });

  it("needs two weak signals to flag", () => {
    expect(assessDeal(deal({ nextStep: null }), facts()).flagged).toBe(false);
    const twoWeak = assessDeal(
      deal({ nextStep: null }),
      facts({ amountChange: { dealId: 7, at: new Date(NOW.getTime() - DAY), from: "1", to: "2" } }),
    );
    expect(twoWeak).toMatchObject({ score: 2, flagged: true });
  });
});

describe("past-due deals", () => {
  it("an open deal whose close date has passed is flagged on that alone", () => {
    const a = assessDeal(deal({ closeOn: "2026-11-18" }), facts());
    expect(a.signals.map((s) => s.code)).toEqual(["past-due"]);
    expect(a.signals[0]!.text).toBe("close date Wed 18 Nov has passed");
    expect(a.flagged).toBe(true);
    expect(assessDeal(deal({ closeOn: "2026-11-20" }), facts()).signals).toEqual([]);
  });

  it("a deal due in an earlier month is 'past due since' its date, with the year", () => {
    const a = assessDeal(deal({ closeOn: "2026-10-31" }), facts({ monthFirstDay: "2026-11-01" }));
    expect(a.signals.map((s) => s.text)).toEqual(["past due since Sat 31 Oct 2026"]);
    expect(a.flagged).toBe(true);
    const thisMonth = assessDeal(deal({ closeOn: "2026-11-18" }), facts({ monthFirstDay: "2026-11-01" }));
    expect(thisMonth.signals[0]!.text).toBe("close date Wed 18 Nov has passed");
  });
});
