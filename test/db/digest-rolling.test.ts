import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { seedCatalogIfEmpty } from "../../src/db/catalog.js";
import type { Db } from "../../src/db/client.js";
import { nameKey } from "../../src/db/deals.js";
import { buildFunnelDigest } from "../../src/domain/digest/build-funnel-digest.js";
import type { TeamSettings } from "../../src/domain/settings/team-settings.js";
import { DEFAULT_LOSS_REASONS, DEFAULT_STAGES } from "../../src/domain/setup/prepare-workspace.js";
import { digestMessage } from "../../src/slack/views/digest.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { teamSettings } from "../support/settings.js";

// The digest's rolling view of the two quarters after this one, as of Monday 23 Nov 2026
// (Q4): 2027 Q1 and 2027 Q2, by hand from the deals below (no history, so the historical
// forecast falls back to stage probabilities: Lead 10%, Proposal 50%, Negotiation 75%).

const AT = new Date("2026-11-23T08:00:00Z");
const settings: TeamSettings = teamSettings({ timezone: "Europe/Helsinki" });

let t: TestDatabase;
let db: Db;
let n = 0;

async function deal(
  stageKey: string,
  amount: number,
  closeOn: string,
  forecastCategory: string | null = null,
) {
  n++;
  const stage = await db.stage.findUniqueOrThrow({ where: { key: stageKey } });
  await db.deal.create({
    data: {
      name: `D${n}`,
      nameKey: nameKey(`D${n}`),
      ownerId: "U1",
      stageId: stage.id,
      status: "open",
      amountMinor: BigInt(amount) * 100n,
      currency: "EUR",
      closeOn,
      nextStep: "call",
      lastActivityAt: new Date("2026-11-20T10:00:00Z"),
      createdAt: new Date("2026-10-01T00:00:00Z"),
      forecastCategory,
    },
  });
}

beforeEach(async () => {
  t = await createTestDatabase();
  db = t.database.db;
  n = 0;
  await seedCatalogIfEmpty(db, DEFAULT_STAGES, DEFAULT_LOSS_REASONS);
  await db.user.create({ data: { id: "U1", name: "Ann" } });
});
afterEach(async () => t.drop());

describe("digest: rolling view of the next two quarters", () => {
  it("counts each quarter's open deals, commit, best case, weighted and target", async () => {
    await deal("proposal", 9_000, "2026-12-15", "commit"); // this quarter: not in the rolling view
    await deal("proposal", 10_000, "2027-01-01", "commit"); // Q1 (first day)
    await deal("negotiation", 20_000, "2027-02-28"); // Q1, Best case by default
    await deal("lead", 4_000, "2027-03-31"); // Q1 (last day), Pipeline
    await deal("negotiation", 8_000, "2027-04-01", "commit"); // Q2
    await deal("lead", 2_000, "2027-06-30"); // Q2
    await deal("negotiation", 50_000, "2027-07-01"); // Q3: beyond the view
    await db.quota.create({
      data: { subject: "team", period: "2027-Q1", amountMinor: 5_000_000n, currency: "EUR" },
    });

    const digest = await buildFunnelDigest({ db }, { at: AT, settings });
    const [q1, q2] = digest.forecast.next;
    // Q1: open 10,000 + 20,000 + 4,000 = 34,000; commit 10,000; best case 10,000 + 20,000 = 30,000;
    // weighted 5,000 + 15,000 + 400 = 20,400.
    expect(q1).toMatchObject({
      key: "2027-Q1",
      openCount: 3,
      openMinor: 3_400_000n,
      committedMinor: 1_000_000n,
      bestMinor: 2_000_000n,
      weightedMinor: 2_040_000n,
      historicalOpenMinor: 2_040_000n,
      target: 5_000_000n,
    });
    // Q2: open 10,000; commit 8,000; best case 8,000; weighted 6,000 + 200 = 6,200; no target.
    expect(q2).toMatchObject({
      key: "2027-Q2",
      openCount: 2,
      openMinor: 1_000_000n,
      committedMinor: 800_000n,
      bestMinor: 0n,
      weightedMinor: 620_000n,
      target: null,
    });
    const text = JSON.stringify(digestMessage(digest).blocks);
    expect(text).toContain("Rolling view: the next two quarters");
    expect(text).toContain(
      "*2027 Q1*: open €34,000 (3 deals) · commit €10,000 · best case €30,000 · weighted €20,400 · historical €20,400 · target €50,000",
    );
    expect(text).toContain(
      "*2027 Q2*: open €10,000 (2 deals) · commit €8,000 · best case €8,000 · weighted €6,200 · historical €6,200",
    );
  });
});
