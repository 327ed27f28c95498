import { PNG } from "pngjs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { seedCatalogIfEmpty } from "../../src/db/catalog.js";
import type { Db } from "../../src/db/client.js";
import { nameKey } from "../../src/db/deals.js";
import { saveSnapshot } from "../../src/db/snapshots.js";
import { buildFunnelDigest, FUNNEL_SNAPSHOT } from "../../src/domain/digest/build-funnel-digest.js";
import { buildRepForecast } from "../../src/domain/digest/build-rep-forecast.js";
import { forecastTotals } from "../../src/domain/digest/compute-forecast.js";
import type { TeamSettings } from "../../src/domain/settings/team-settings.js";
import { DEFAULT_LOSS_REASONS, DEFAULT_STAGES } from "../../src/domain/setup/prepare-workspace.js";
import { digestMessage } from "../../src/slack/views/digest.js";
import { renderDigestChart } from "../../src/slack/views/digest-chart.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";

// A small team, computed by hand. "Now" is Monday 2026-11-23 09:00 UTC.
const AT = new Date("2026-11-23T09:00:00Z");
const settings: TeamSettings = {
  timezone: "UTC",
  currency: "EUR",
  language: "en",
  locale: "en",
  channels: { digest: ["CDIGEST"], alerts: undefined, nps: undefined },
  nudges: { day: 1, time: "09:00", staleDays: 7, escalationDays: 21 },
  digest: { day: 1, time: "08:00" },
  risk: { day: 20, time: "09:00", probabilityThreshold: 50 },
  nps: { wonDelayDays: 30 },
};
const eur = (major: number) => BigInt(major) * 100n;

let t: TestDatabase;
let db: Db;
let stage: Record<string, number>;

type Ev = { at: string; to?: string; from?: string; kind?: string; changes?: object };

async function deal(input: {
  name: string;
  owner: string;
  stage: string;
  amount: number;
  closeOn: string;
  account?: number;
  closedAt?: string;
  reason?: string;
  events: Ev[];
}) {
  const status = input.stage === "won" ? "won" : input.stage === "lost" ? "lost" : "open";
  const reason = input.reason
    ? await db.lossReason.findUniqueOrThrow({ where: { key: input.reason } })
    : null;
  const last = input.events
    .map((e) => e.at)
    .sort()
    .at(-1)!;
  const created = await db.deal.create({
    data: {
      name: input.name,
      nameKey: nameKey(input.name),
      ownerId: input.owner,
      stageId: stage[input.stage]!,
      status,
      amountMinor: eur(input.amount),
      currency: "EUR",
      closeOn: input.closeOn,
      accountId: input.account ?? null,
      closedAt: input.closedAt ? new Date(input.closedAt) : null,
      lossReasonId: reason?.id ?? null,
      lastActivityAt: new Date(last),
    },
  });
  await db.dealEvent.createMany({
    data: input.events.map((e, i) => ({
      dealId: created.id,
      actorId: input.owner,
      source: "command" as const,
      kind: e.kind ?? (i === 0 ? "created" : "updated"),
      changes: JSON.stringify(e.changes ?? {}),
      fromStageId: e.from ? stage[e.from]! : null,
      toStageId: e.to ? stage[e.to]! : null,
      dealVersion: i + 1,
      at: new Date(e.at),
    })),
  });
  return created.id;
}

beforeEach(async () => {
  t = await createTestDatabase();
  db = t.database.db;
  await seedCatalogIfEmpty(db, DEFAULT_STAGES, DEFAULT_LOSS_REASONS);
  stage = Object.fromEntries((await db.stage.findMany()).map((s) => [s.key, s.id]));
  await db.user.createMany({
    data: [
      { id: "U1", name: "Ann" },
      { id: "U2", name: "Bob" },
    ],
  });
  for (const name of ["Alpha", "Beta", "Gamma", "Delta"])
    await db.account.create({ data: { name, nameKey: nameKey(name) } });
});
afterEach(async () => t.drop());

async function seedTeam() {
  const [a, b, c] = [1, 2, 3];
  await deal({
    name: "D1",
    owner: "U1",
    stage: "proposal",
    amount: 10_000,
    closeOn: "2026-11-30",
    account: a,
    events: [
      { at: "2026-10-24T09:00:00Z", to: "lead" },
      { at: "2026-11-03T09:00:00Z", from: "lead", to: "qualified" },
      { at: "2026-11-13T09:00:00Z", from: "qualified", to: "proposal" },
      { at: "2026-11-19T09:00:00Z", changes: { closeOn: { from: "2026-11-20", to: "2026-11-30" } } },
    ],
  });
  await deal({
    name: "D2",
    owner: "U1",
    stage: "negotiation",
    amount: 20_000,
    closeOn: "2026-12-15",
    account: b,
    events: [
      { at: "2026-09-24T09:00:00Z", to: "lead" },
      { at: "2026-10-14T09:00:00Z", from: "lead", to: "proposal" },
      { at: "2026-11-18T09:00:00Z", from: "proposal", to: "negotiation" },
    ],
  });
  await deal({
    name: "D3",
    owner: "U2",
    stage: "lead",
    amount: 5_000,
    closeOn: "2026-11-28",
    events: [
      { at: "2026-11-20T09:00:00Z", to: "lead" },
      { at: "2026-11-21T09:00:00Z", kind: "committed", changes: { month: { from: null, to: "2026-11" } } },
    ],
  });
  await deal({
    name: "D4",
    owner: "U1",
    stage: "won",
    amount: 30_000,
    closeOn: "2026-11-30",
    account: a,
    closedAt: "2026-11-10T12:00:00Z",
    events: [
      { at: "2026-05-07T09:00:00Z", to: "lead" },
      { at: "2026-08-15T09:00:00Z", from: "lead", to: "proposal" },
      { at: "2026-11-10T12:00:00Z", from: "proposal", to: "won", kind: "won" },
    ],
  });
  await deal({
    name: "D5",
    owner: "U2",
    stage: "won",
    amount: 10_000,
    closeOn: "2026-03-31",
    account: c,
    closedAt: "2026-03-15T12:00:00Z",
    events: [
      { at: "2026-02-01T09:00:00Z", to: "lead" },
      { at: "2026-03-15T12:00:00Z", from: "lead", to: "won", kind: "won" },
    ],
  });
  await deal({
    name: "D6",
    owner: "U2",
    stage: "won",
    amount: 10_000,
    closeOn: "2026-11-30",
    account: b,
    closedAt: "2026-11-20T12:00:00Z",
    events: [
      { at: "2026-11-01T09:00:00Z", to: "proposal" },
      { at: "2026-11-20T12:00:00Z", from: "proposal", to: "won", kind: "won" },
    ],
  });
  await deal({
    name: "D7",
    owner: "U1",
    stage: "lost",
    amount: 8_000,
    closeOn: "2026-12-31",
    closedAt: "2026-11-18T12:00:00Z",
    reason: "price",
    events: [
      { at: "2026-09-01T09:00:00Z", to: "lead" },
      { at: "2026-11-18T12:00:00Z", from: "lead", to: "lost", kind: "lost" },
    ],
  });
  await db.quota.createMany({
    data: [
      { subject: "team", period: "2026-Q4", amountMinor: eur(100_000), currency: "EUR" },
      { subject: "U1", userId: "U1", period: "2026-11", amountMinor: eur(30_000), currency: "EUR" },
      { subject: "U2", userId: "U2", period: "2026-11", amountMinor: eur(10_000), currency: "EUR" },
    ],
  });
  await db.delivery.createMany({
    data: [
      {
        key: "weekly-nudges:2026-11-16:U1",
        jobId: "weekly-nudges",
        recipient: "U1",
        status: "sent",
        sentAt: new Date("2026-11-16T10:00:00Z"),
        actedAt: new Date("2026-11-16T11:00:00Z"),
      },
      {
        key: "weekly-nudges:2026-11-16:U2",
        jobId: "weekly-nudges",
        recipient: "U2",
        status: "sent",
        sentAt: new Date("2026-11-16T10:00:00Z"),
      },
      {
        key: "weekly-nudges:2026-11-09:U1",
        jobId: "weekly-nudges",
        recipient: "U1",
        status: "sent",
        sentAt: new Date("2026-11-09T10:00:00Z"),
      },
    ],
  });
  await saveSnapshot(db, {
    kind: FUNNEL_SNAPSHOT,
    periodKey: "2026-11-16",
    data: JSON.stringify({ [String(stage.lead)]: { count: 3, amountMinor: String(eur(15_000)) } }),
    takenAt: new Date("2026-11-16T08:00:00Z"),
  });
}

describe("funnel digest numbers (hand-computed)", () => {
  it("funnel per stage with weighted value and change since last week", async () => {
    await seedTeam();
    const d = await buildFunnelDigest({ db }, { at: AT, settings });
    const byName = Object.fromEntries(d.funnel.stages.map((s) => [s.name, s]));
    expect(d.funnel.comparedTo).toBe("2026-11-16");
    expect(byName.Lead).toMatchObject({
      count: 1,
      amountMinor: eur(5_000),
      weightedMinor: eur(500),
      change: { count: -2, amountMinor: eur(-10_000) },
    });
    expect(byName.Qualified).toMatchObject({
      count: 0,
      amountMinor: 0n,
      change: { count: 0, amountMinor: 0n },
    });
    expect(byName.Proposal).toMatchObject({
      count: 1,
      amountMinor: eur(10_000),
      weightedMinor: eur(5_000),
      change: { count: 1 },
    });
    expect(byName.Negotiation).toMatchObject({
      count: 1,
      amountMinor: eur(20_000),
      weightedMinor: eur(15_000),
    });
    const text = JSON.stringify(digestMessage(d).blocks);
    expect(text).toContain("*Lead* (10%): 1 deal ·");
    expect(text).toContain("*Qualified* (25%): 0 deals ·");
    expect(text).toContain("*Total*: 3 deals ·");
    expect(text).not.toMatch(/\b1 deals\b/);
  });

  it("conversion over 90 days beside the 12-month reference", async () => {
    await seedTeam();
    const d = await buildFunnelDigest({ db }, { at: AT, settings });
    const steps = d.conversion.steps.map((s) => [s.from, s.to, s.advanced, s.entered, s.referenceEntered]);
    expect(steps).toEqual([
      ["Lead", "Qualified", 2, 4, 6],
      ["Qualified", "Proposal", 1, 1, 1],
      ["Proposal", "Negotiation", 2, 3, 4],
      ["Negotiation", "Won", 0, 1, 1],
    ]);
    expect(d.conversion.steps[0]!.referenceRate).toBeCloseTo(4 / 6);
    expect(d.conversion.steps[2]!.referenceRate).toBeCloseTo(3 / 4);
    // Too few deals in any stage to call a bottleneck.
    expect(d.conversion.bottleneck).toBeNull();
  });

  it("forecast for the month and quarter: won, weighted, committed, historical, target", async () => {
    await seedTeam();
    const d = await buildFunnelDigest({ db }, { at: AT, settings });
    const month = d.forecast.month;
    expect(month).toMatchObject({
      key: "2026-11",
      wonCount: 2,
      wonMinor: eur(40_000),
      openCount: 2,
      openMinor: eur(15_000),
      weightedMinor: eur(5_500),
      committedCount: 1, // D3, confirmed by its owner for November
      committedMinor: eur(5_000),
      // D1 (proposal, 2 of 2 won) 10,000 + D3 (lead, 2 of 3 won) 3,333.33
      historicalOpenMinor: 1_333_333n,
      target: eur(40_000),
      targetSource: "sum of rep quotas",
    });
    expect(forecastTotals(month)).toEqual({
      committed: eur(45_000),
      weighted: eur(45_500),
      historical: 5_333_333n,
    });
    expect(d.forecast.quarter).toMatchObject({
      key: "2026-Q4",
      wonMinor: eur(40_000),
      openCount: 3,
      openMinor: eur(35_000),
      weightedMinor: eur(20_500),
      committedCount: 2, // D2 (75%) and D3
      committedMinor: eur(25_000),
      // D2 is in Negotiation, where no deal is decided yet: its 75% stands in.
      historicalOpenMinor: 2_833_333n,
      stagesWithoutHistory: 1,
      target: eur(100_000),
      targetSource: "quota",
    });
  });

  it("loss reasons, reps' activity and consistency, tops and flops", async () => {
    await seedTeam();
    const d = await buildFunnelDigest({ db }, { at: AT, settings });
    expect(d.lossReasons).toEqual([{ label: "Price too high", count: 1, amountMinor: eur(8_000) }]);
    expect(d.reps).toEqual([
      {
        userId: "U1",
        name: "Ann",
        updates: 3,
        advanced: 1,
        nudgesSent: 1,
        nudgesAnswered: 1,
        wonCount: 1,
        wonMinor: eur(30_000),
        largestMinor: eur(30_000),
        largestShare: 100,
        monthsWithWin: 1,
      },
      {
        userId: "U2",
        name: "Bob",
        updates: 3,
        advanced: 1,
        nudgesSent: 1,
        nudgesAnswered: 0,
        wonCount: 2,
        wonMinor: eur(20_000),
        largestMinor: eur(10_000),
        largestShare: 50,
        monthsWithWin: 2,
      },
    ]);
    expect(d.tops.wins.map((w) => w.name)).toEqual(["D6"]);
    expect(d.tops.losses.map((w) => w.name)).toEqual(["D7"]);
    expect(d.tops.slips.map((s) => [s.name, s.from, s.to])).toEqual([["D1", "2026-11-20", "2026-11-30"]]);
  });

  it("key accounts make 80% of this year's revenue; inactive accounts", async () => {
    await seedTeam();
    const d = await buildFunnelDigest({ db }, { at: AT, settings });
    expect(d.accounts.key).toEqual({
      accounts: [
        { id: 1, name: "Alpha", revenueMinor: eur(30_000) },
        { id: 2, name: "Beta", revenueMinor: eur(10_000) },
      ],
      keyCount: 2,
      accountCount: 3,
      revenueMinor: eur(50_000),
      keyRevenueMinor: eur(40_000),
    });
    expect(d.accounts.inactiveCount).toBe(2);
    expect(d.accounts.inactive.map((a) => [a.name, a.lastActivityAt?.toISOString() ?? null])).toEqual([
      ["Gamma", "2026-03-15T12:00:00.000Z"],
      ["Delta", null],
    ]);
  });

  it("a rep's own forecast: gap and the deals that would close it", async () => {
    await seedTeam();
    const f = await buildRepForecast({ db }, { at: AT, settings, userId: "U1" });
    expect(f.month).toMatchObject({ wonMinor: eur(30_000), target: eur(30_000), gap: 0n, closers: [] });
    // No quarter quota for U1: the sum of the quarter's monthly quotas.
    expect(f.quarter).toMatchObject({ target: eur(30_000), gap: 0n });
    await db.quota.create({
      data: { subject: "U1", userId: "U1", period: "2026-Q4", amountMinor: eur(60_000), currency: "EUR" },
    });
    const q = (await buildRepForecast({ db }, { at: AT, settings, userId: "U1" })).quarter;
    expect(q).toMatchObject({
      wonMinor: eur(30_000),
      openMinor: eur(30_000),
      weightedMinor: eur(20_000),
      target: eur(60_000),
      gap: eur(30_000),
      closable: true,
    });
    expect(q.closers.map((c) => [c.name, c.probability])).toEqual([
      ["D2", 75],
      ["D1", 50],
    ]);
    const u2 = await buildRepForecast({ db }, { at: AT, settings, userId: "U2" });
    expect(u2.month).toMatchObject({ wonMinor: eur(10_000), target: eur(10_000), gap: 0n });
  });

  it("an empty team gets a useful digest, no error and no division by zero", async () => {
    const d = await buildFunnelDigest({ db }, { at: AT, settings });
    const message = digestMessage(d);
    const text = JSON.stringify(message);
    expect(text).toContain("No open deals yet");
    expect(text).toContain("Not enough history yet");
    expect(text).not.toMatch(/NaN|Infinity/);
    expect(message.blocks.length).toBeLessThanOrEqual(50);
  });

  it("the chart is a PNG of the expected size with drawn pixels", async () => {
    await seedTeam();
    const d = await buildFunnelDigest({ db }, { at: AT, settings });
    const png = PNG.sync.read(renderDigestChart(d));
    expect(png.width).toBe(900);
    expect(png.height).toBeGreaterThan(300);
    let dark = 0;
    let blue = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
      if (r < 80 && g < 80 && b < 80) dark++; // text
      if (r === 0x4a && g === 0x7b && b === 0xd0) blue++; // funnel bars
    }
    expect(dark).toBeGreaterThan(500);
    expect(blue).toBeGreaterThan(1000);
  });
});
