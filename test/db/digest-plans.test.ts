import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { seedCatalogIfEmpty } from "../../src/db/catalog.js";
import type { Db, Prisma } from "../../src/db/client.js";
import { stageConversionAndOutcomes } from "../../src/db/digest-funnel.js";
import { openStageAges, stageStays } from "../../src/db/digest-hygiene.js";
import { DEFAULT_LOSS_REASONS, DEFAULT_STAGES } from "../../src/domain/setup/prepare-workspace.js";
import { createTestDatabase, type TestDatabase, testProvider } from "../support/database.js";

// The digest's stage-move queries on SQLite without statistics (as a real team's file: the app
// never runs ANALYZE): each must read one index range of its window per stage, and open deals'
// entry into their stage must be one look-up per deal. Without the index hints SQLite scanned
// the whole event index, or looked each open deal up through the stage index (whole seconds
// at 1M events, bench/digest-profile). Plans, not times, are asserted.

const AT = new Date("2026-11-23T08:00:00Z");
const DAY = 86_400_000;
let t: TestDatabase;
let db: Db;

/** The query plan of the SQL that `run` sends, on this database. */
async function planOf(run: (capturing: Db) => Promise<unknown>): Promise<string[]> {
  const sent: Prisma.Sql[] = [];
  const capturing = new Proxy(db, {
    get(target, prop, receiver) {
      if (prop === "$queryRaw")
        return async (sql: Prisma.Sql) => {
          sent.push(sql);
          return [];
        };
      return Reflect.get(target, prop, receiver);
    },
  });
  await run(capturing);
  const plans: string[] = [];
  for (const sql of sent) {
    const rows = await db.$queryRawUnsafe<{ detail: string }[]>(
      `EXPLAIN QUERY PLAN ${sql.sql}`,
      ...sql.values,
    );
    plans.push(rows.map((r) => r.detail).join("\n"));
  }
  return plans;
}

describe.runIf(testProvider() === "sqlite")("digest query plans on SQLite without statistics", () => {
  beforeEach(async () => {
    t = await createTestDatabase();
    db = t.database.db;
    await seedCatalogIfEmpty(db, DEFAULT_STAGES, DEFAULT_LOSS_REASONS);
  });
  afterEach(async () => t.drop());

  it("reads a window's stage moves as one index range per stage, never the whole index", async () => {
    const window = {
      from: new Date(AT.getTime() - 365 * DAY),
      to: new Date(AT.getTime() - 90 * DAY),
      asOf: AT,
      maturedBefore: new Map<number, Date>(),
      defaultMaturedBefore: new Date(AT.getTime() - 60 * DAY),
    };
    const [conversion] = await planOf((c) => stageConversionAndOutcomes(c, window));
    expect(conversion).toMatch(
      /SEARCH e USING COVERING INDEX DealEvent_toStageId_at_dealId_fromStageId_idx \(toStageId=\? AND at>\? AND at<\?\)/,
    );
    expect(conversion).not.toMatch(/SCAN e/);
    const [stays] = await planOf((c) => stageStays(c, { from: window.from, to: AT }));
    expect(stays).toMatch(
      /SEARCH w USING COVERING INDEX DealEvent_toStageId_at_dealId_fromStageId_idx \(toStageId=\? AND at>\? AND at<\?\)/,
    );
    expect(stays).toMatch(
      /SEARCH e USING COVERING INDEX DealEvent_dealId_at_toStageId_fromStageId_idx \(dealId=\?/,
    );
  });

  it("finds each open deal's entry into its stage through the deal's own history", async () => {
    const [plan] = await planOf((c) => openStageAges(c, { currency: "EUR", at: AT }));
    expect(plan).toMatch(
      /SEARCH e USING COVERING INDEX DealEvent_dealId_at_toStageId_fromStageId_idx \(dealId=\?\)/,
    );
    expect(plan).not.toMatch(/toStageId=\?/);
  });
});
