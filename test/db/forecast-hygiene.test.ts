import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { seedCatalogIfEmpty } from "../../src/db/catalog.js";
import type { Db } from "../../src/db/client.js";
import { nameKey } from "../../src/db/deals.js";
import { openStageAges, stageStays } from "../../src/db/digest-hygiene.js";
import { monthFiguresByOwner } from "../../src/db/forecast.js";
import { buildAccuracy } from "../../src/domain/digest/build-accuracy.js";
import { buildHygiene } from "../../src/domain/digest/build-hygiene.js";
import { digestPeriods } from "../../src/domain/digest/periods.js";
import { buildRepStats } from "../../src/domain/forecast/build-rep-stats.js";
import type { TeamSettings } from "../../src/domain/settings/team-settings.js";
import { DEFAULT_LOSS_REASONS, DEFAULT_STAGES } from "../../src/domain/setup/prepare-workspace.js";
import { hygieneText } from "../../src/slack/views/digest-forecast.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { teamSettings } from "../support/settings.js";

// Monday 4 January 2027, 06:00 UTC: Sunday 3 January still in Los Angeles, Monday evening
// in Auckland. The months before it: December (31 days, the year end) and November (30).
const AT = new Date("2027-01-04T06:00:00Z");
const settings: TeamSettings = teamSettings();
const eur = (major: number) => BigInt(major) * 100n;
const m = (minor: bigint) => `€${(Number(minor) / 100).toLocaleString("en")}`;

let t: TestDatabase;
let db: Db;
let stage: Record<string, number>;
let next = 0;

async function deal(input: {
  owner: string;
  stage: string;
  amount: number;
  closeOn: string;
  nextStep?: string | null;
  lastActivityAt?: string;
  createdAt?: string;
  closedAt?: string;
  forecast?: string;
  moves?: [string, string][]; // [at, stage key]
}) {
  next++;
  const status = input.stage === "won" ? "won" : input.stage === "lost" ? "lost" : "open";
  const created = await db.deal.create({
    data: {
      name: `D${next}`,
      nameKey: nameKey(`D${next}`),
      ownerId: input.owner,
      stageId: stage[input.stage]!,
      status,
      amountMinor: eur(input.amount),
      currency: "EUR",
      closeOn: input.closeOn,
      nextStep: input.nextStep === undefined ? "call" : input.nextStep,
      closedAt: input.closedAt ? new Date(input.closedAt) : null,
      lastActivityAt: new Date(input.lastActivityAt ?? "2027-01-02T10:00:00Z"),
      createdAt: new Date(input.createdAt ?? "2026-10-01T00:00:00Z"),
      forecastCategory: input.forecast ?? null,
    },
  });
  let from: number | null = null;
  for (const [i, [at, key]] of (input.moves ?? []).entries()) {
    await db.dealEvent.create({
      data: {
        dealId: created.id,
        actorId: input.owner,
        source: "command",
        kind: i === 0 ? "created" : "updated",
        changes: "{}",
        fromStageId: from,
        toStageId: stage[key]!,
        dealVersion: i + 1,
        at: new Date(at),
      },
    });
    from = stage[key]!;
  }
  return created.id;
}

beforeEach(async () => {
  t = await createTestDatabase();
  db = t.database.db;
  next = 0;
  await seedCatalogIfEmpty(db, DEFAULT_STAGES, DEFAULT_LOSS_REASONS);
  stage = Object.fromEntries((await db.stage.findMany()).map((s) => [s.key, s.id]));
  await db.user.createMany({
    data: [
      { id: "U1", name: "Ann", timezone: "Pacific/Auckland" },
      { id: "U2", name: "Bob", timezone: "America/Los_Angeles" },
      { id: "U3", name: "Cid" },
    ],
  });
});
afterEach(async () => t.drop());

describe("pipeline hygiene (hand-computed)", () => {
  it("past due is before today in the owner's timezone; no next step and 30+ quiet days are counted", async () => {
    await deal({ owner: "U1", stage: "proposal", amount: 10_000, closeOn: "2027-01-03" }); // Auckland: 4 Jan → past due
    await deal({ owner: "U2", stage: "proposal", amount: 20_000, closeOn: "2027-01-03" }); // LA: still 3 Jan → not
    await deal({ owner: "U3", stage: "lead", amount: 5_000, closeOn: "2027-01-03" }); // team (UTC): 4 Jan → past due
    await deal({ owner: "U2", stage: "lead", amount: 7_000, closeOn: "2026-12-31" }); // last year → past due
    await deal({
      owner: "U1",
      stage: "lead",
      amount: 3_000,
      closeOn: "2027-01-20",
      nextStep: null,
      lastActivityAt: "2026-11-20T10:00:00Z", // 45 days ago
    });
    await deal({
      owner: "U1",
      stage: "won",
      amount: 9_000,
      closeOn: "2026-12-01",
      closedAt: "2026-12-01T10:00:00Z",
    });
    const h = await buildHygiene(db, { at: AT, timezone: "UTC", currency: "EUR" });
    expect(h).toEqual({
      openCount: 5,
      pastDueCount: 3,
      pastDueMinor: eur(22_000),
      noNextStep: 1,
      quiet: 1,
    });
    expect(hygieneText(h, m)).toContain("Open deals past due: 3 deals, €22,000");
    // At 08:00 UTC it is midnight in Los Angeles: Bob's deal is past due as well.
    const later = await buildHygiene(db, {
      at: new Date("2027-01-04T08:00:00Z"),
      timezone: "UTC",
      currency: "EUR",
    });
    expect(later.pastDueCount).toBe(4);
    expect(later.pastDueMinor).toBe(eur(42_000));
  });
});

describe("time in stage (hand-computed)", () => {
  it("finished stays from the event log and open deals' days in their stage", async () => {
    // 10.5 days in Proposal (floored to 10), then 3 days; an open deal 12.25 days in Negotiation.
    await deal({
      owner: "U1",
      stage: "negotiation",
      amount: 1_000,
      closeOn: "2027-02-01",
      moves: [
        ["2026-12-01T00:00:00Z", "proposal"],
        ["2026-12-11T12:00:00Z", "negotiation"],
      ],
    });
    await deal({
      owner: "U2",
      stage: "negotiation",
      amount: 1_000,
      closeOn: "2027-02-01",
      moves: [
        ["2026-12-20T00:00:00Z", "proposal"],
        ["2026-12-23T00:00:00Z", "negotiation"],
      ],
    });
    const p = digestPeriods(AT, "UTC");
    const stays = await stageStays(db, p.reference);
    expect(stays.sort((a, b) => a.days - b.days)).toEqual([
      { stageId: stage.proposal, days: 3, count: 1 },
      { stageId: stage.proposal, days: 10, count: 1 },
    ]);
    const ages = await openStageAges(db, { currency: "EUR", at: AT });
    // 2026-12-11T12:00 → 2027-01-04T06:00 = 23.75 days; 2026-12-23T00:00 → 12.25 days.
    expect(ages.sort((a, b) => a.days - b.days)).toEqual([
      { stageId: stage.negotiation, days: 12, count: 1 },
      { stageId: stage.negotiation, days: 23, count: 1 },
    ]);
  });
});

describe("forecast accuracy across months of different lengths and the year end", () => {
  it("start-of-month commit against won, per rep and team", async () => {
    // Won in the last half hour of November (30 days) and the last minute of December (31 days, year end);
    // one more at the first instant of January, which belongs to no month shown.
    await deal({
      owner: "U1",
      stage: "won",
      amount: 8_000,
      closeOn: "2026-11-30",
      closedAt: "2026-11-30T23:30:00Z",
    });
    await deal({
      owner: "U1",
      stage: "won",
      amount: 5_000,
      closeOn: "2026-12-31",
      closedAt: "2026-12-31T23:59:00Z",
    });
    await deal({
      owner: "U1",
      stage: "won",
      amount: 4_000,
      closeOn: "2027-01-01",
      closedAt: "2027-01-01T00:00:00Z",
    });
    const snap = (month: string, subject: string, commit: number, won = 0) => ({
      month,
      kind: "start",
      subject,
      currency: "EUR",
      openCount: 1,
      openAmountMinor: eur(commit),
      weightedMinor: 0n,
      wonCount: 0,
      wonAmountMinor: eur(won),
      lostCount: 0,
      lostAmountMinor: 0n,
      commitCount: 1,
      commitMinor: eur(commit),
      bestCaseMinor: 0n,
      takenAt: new Date(`${month}-01T06:00:00Z`),
    });
    await db.forecastSnapshot.createMany({
      data: [
        snap("2026-11", "U1", 10_000),
        snap("2026-11", "team", 20_000),
        snap("2026-12", "U1", 4_000, 1_000), // 1,000 already won by 06:00 on the 1st
        snap("2026-12", "team", 5_000),
      ],
    });
    const a = await buildAccuracy(db, { currency: "EUR", months: digestPeriods(AT, "UTC").months });
    expect(a.months).toEqual(["2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12"]);
    expect(a.team.cells.slice(4)).toEqual([
      { month: "2026-11", commitMinor: eur(20_000), wonMinor: eur(8_000), percent: 40 },
      { month: "2026-12", commitMinor: eur(5_000), wonMinor: eur(5_000), percent: 100 },
    ]);
    expect(a.team.meanErrorPercent).toBe(30); // (60% + 0%) / 2
    expect(a.reps).toHaveLength(1);
    expect(a.reps[0]!.cells.slice(4).map((c) => c?.percent)).toEqual([80, 100]);
    expect(a.reps[0]!.meanErrorPercent).toBe(10);
    expect(a.reps[0]!.cells.slice(0, 4)).toEqual([null, null, null, null]);
  });

  it("the snapshot records each rep's commit and best case", async () => {
    await deal({ owner: "U1", stage: "proposal", amount: 6_000, closeOn: "2027-01-31", forecast: "commit" });
    await deal({ owner: "U1", stage: "negotiation", amount: 4_000, closeOn: "2027-01-15" }); // 75%: Best case
    await deal({ owner: "U1", stage: "negotiation", amount: 2_000, closeOn: "2027-01-15", forecast: "omit" });
    await deal({ owner: "U1", stage: "lead", amount: 1_000, closeOn: "2027-02-01", forecast: "commit" }); // February
    const rows = await monthFiguresByOwner(db, {
      firstDay: "2027-01-01",
      lastDay: "2027-01-31",
      start: new Date("2027-01-01T00:00:00Z"),
      end: new Date("2027-02-01T00:00:00Z"),
    });
    expect(rows).toMatchObject([
      { ownerId: "U1", openCount: 3, commitCount: 1, commitMinor: eur(6_000), bestCaseMinor: eur(4_000) },
    ]);
  });
});

describe("rep diagnostics (hand-computed)", () => {
  it("win rate, deal size, cycle, largest-deal share and label, against the team", async () => {
    await deal({
      owner: "U1",
      stage: "won",
      amount: 8_000,
      closeOn: "2026-11-30",
      createdAt: "2026-11-10T23:30:00Z",
      closedAt: "2026-11-30T23:30:00Z", // 20 days
    });
    await deal({
      owner: "U1",
      stage: "won",
      amount: 5_000,
      closeOn: "2026-12-31",
      createdAt: "2026-12-01T23:59:00Z",
      closedAt: "2026-12-31T23:59:00Z", // 30 days
    });
    await deal({
      owner: "U1",
      stage: "lost",
      amount: 2_000,
      closeOn: "2026-12-10",
      closedAt: "2026-12-10T10:00:00Z",
    });
    await deal({
      owner: "U2",
      stage: "won",
      amount: 20_000,
      closeOn: "2026-10-20",
      createdAt: "2026-10-01T00:00:00Z",
      closedAt: "2026-10-21T00:00:00Z", // 20 days
    });
    await db.quota.create({
      data: { subject: "U1", period: "2027-Q1", amountMinor: eur(10_000), currency: "EUR" },
    });
    await deal({ owner: "U1", stage: "proposal", amount: 15_000, closeOn: "2027-03-31" });
    const s = await buildRepStats(db, { at: AT, settings, userId: "U1" });
    expect(s).toMatchObject({
      wonCount: 2,
      lostCount: 1,
      winRate: 2 / 3,
      teamWinRate: 3 / 4,
      wonMinor: eur(13_000),
      avgDealMinor: eur(6_500),
      teamAvgDealMinor: eur(11_000),
      avgCycleDays: 25,
      teamAvgCycleDays: 23, // (20 + 30 + 20) / 3 = 23.3
      largestShare: 61.5, // 8,000 / 13,000 = 61.54%
      monthsWithWin: 2,
      consistency: "jackpot-dependent",
    });
    // Q1 2027: nothing won yet, 10,000 left, 15,000 open closing in the quarter: 1.5× coverage.
    expect(s.quarter).toMatchObject({
      key: "2027-Q1",
      remainingMinor: eur(10_000),
      pipelineMinor: eur(15_000),
      coverage: 1.5,
    });
    expect(s.stages.find((c) => c.stageId === stage.proposal)).toMatchObject({
      openCount: 1,
      openMinor: eur(15_000),
    });
  });
});
