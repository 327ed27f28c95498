import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { seedCatalogIfEmpty } from "../../src/db/catalog.js";
import { nameKey } from "../../src/db/deals.js";
import { buildFunnelDigest } from "../../src/domain/digest/build-funnel-digest.js";
import { buildGrowthDigest } from "../../src/domain/digest/build-growth-digest.js";
import type { TeamSettings } from "../../src/domain/settings/team-settings.js";
import { DEFAULT_LOSS_REASONS, DEFAULT_STAGES } from "../../src/domain/setup/prepare-workspace.js";
import { digestMessage, messageAsText } from "../../src/slack/views/digest.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { teamSettings } from "../support/settings.js";

// Monday 2 Nov 2026: the month's first digest carries October's contact upkeep.
const AT = new Date("2026-11-02T08:00:00Z");
const settings: TeamSettings = teamSettings();
let t: TestDatabase;
beforeEach(async () => {
  t = await createTestDatabase();
  await seedCatalogIfEmpty(t.database.db, DEFAULT_STAGES, DEFAULT_LOSS_REASONS);
  await t.database.db.user.createMany({
    data: [
      { id: "UANN01", name: "Ann" },
      { id: "UBOB01", name: "Bob" },
    ],
  });
});
afterEach(async () => {
  await t.drop();
});

async function deal(input: {
  name: string;
  account: string;
  segment?: string;
  status: "open" | "won";
  euros: number;
  created: string;
  closed?: string;
}) {
  const db = t.database.db;
  const stage = await db.stage.findUniqueOrThrow({
    where: { key: input.status === "won" ? "won" : "proposal" },
  });
  const account = await db.account.upsert({
    where: { nameKey: nameKey(input.account) },
    create: { name: input.account, nameKey: nameKey(input.account), segment: input.segment ?? null },
    update: {},
  });
  await db.deal.create({
    data: {
      name: input.name,
      nameKey: nameKey(input.name),
      accountId: account.id,
      ownerId: "UANN01",
      stageId: stage.id,
      status: input.status,
      amountMinor: BigInt(input.euros) * 100n,
      currency: "EUR",
      closeOn: "2026-12-31",
      createdAt: new Date(input.created),
      lastActivityAt: new Date(input.created),
      closedAt: input.closed ? new Date(input.closed) : null,
    },
  });
}

describe("growth digest", () => {
  it("prospect flow, segments, and the month's contact upkeep", async () => {
    await deal({
      name: "Old win",
      account: "Acme",
      segment: "Enterprise",
      status: "won",
      euros: 5000,
      created: "2026-01-01",
      closed: "2026-03-01",
    });
    await deal({
      name: "Acme again",
      account: "Acme",
      segment: "Enterprise",
      status: "won",
      euros: 7000,
      created: "2026-10-01",
      closed: "2026-10-30",
    });
    await deal({
      name: "First Beta",
      account: "Beta",
      segment: "SMB",
      status: "won",
      euros: 1000,
      created: "2026-10-20",
      closed: "2026-10-29",
    });
    await deal({
      name: "Gamma new",
      account: "Gamma",
      status: "open",
      euros: 3000,
      created: "2026-11-01T10:00:00Z",
    });
    await deal({
      name: "Delta new",
      account: "Delta",
      segment: "SMB",
      status: "open",
      euros: 2000,
      created: "2026-10-28",
    });
    const db = t.database.db;
    const acme = await db.account.findUniqueOrThrow({ where: { nameKey: "acme" } });
    const beta = await db.account.findUniqueOrThrow({ where: { nameKey: "beta" } });
    await db.contact.create({
      data: {
        accountId: acme.id,
        name: "Old Contact",
        email: "old@acme.example",
        createdAt: new Date("2025-01-01"),
      },
    });
    await db.contact.create({
      data: {
        accountId: beta.id,
        name: "Bounced",
        email: "b@beta.example",
        addedBy: "UBOB01",
        createdAt: new Date("2026-10-05"),
        bouncedAt: new Date("2026-10-06"),
      },
    });
    await db.contact.create({
      data: {
        accountId: beta.id,
        name: "New",
        email: "n@beta.example",
        addedBy: "UBOB01",
        createdAt: new Date("2026-10-07"),
      },
    });

    const g = await buildGrowthDigest({ db }, { at: AT, settings });
    // Last 7 days (26 Oct – 2 Nov): Delta and Gamma created; Beta's first win (Acme had won before).
    expect(g.flow.week).toEqual({
      newDeals: 2,
      newPipelineMinor: 500_000n,
      newCustomers: 1,
      customerNames: ["Beta"],
    });
    expect(g.flow.month).toEqual({
      newDeals: 1,
      newPipelineMinor: 300_000n,
      newCustomers: 0,
      customerNames: [],
    });
    expect(g.segments).toEqual(
      expect.arrayContaining([
        { segment: "Enterprise", openCount: 0, openMinor: 0n, wonCount: 1, wonMinor: 700_000n },
        { segment: "SMB", openCount: 1, openMinor: 200_000n, wonCount: 1, wonMinor: 100_000n },
        { segment: null, openCount: 1, openMinor: 300_000n, wonCount: 0, wonMinor: 0n },
      ]),
    );
    expect(g.upkeep).toMatchObject({
      monthKey: "2026-10",
      addedByRep: [{ userId: "UBOB01", count: 2 }],
      bounced: 1,
      bouncedNames: ["Bounced <b@beta.example>"],
      quietAccounts: 1,
      quietNames: ["Acme"],
    });
    const text = messageAsText(digestMessage(await buildFunnelDigest({ db }, { at: AT, settings })));
    expect(text).toContain("Last 7 days: 2 new deals worth €5,000 · 1 new customer (Beta)");
    expect(text).toContain("SMB: open €2,000 (1 deal) · won this quarter €1,000 (1)");
    expect(text).toContain("Bounced emails: 1 (Bounced &lt;b@beta.example&gt;)");
    expect(text).toContain("No answer or check in 12 months: 1 account (Acme)");
  });

  it("no contact upkeep after the month's first week", async () => {
    const g = await buildGrowthDigest(
      { db: t.database.db },
      { at: new Date("2026-11-16T08:00:00Z"), settings },
    );
    expect(g.upkeep).toBeNull();
  });
});
