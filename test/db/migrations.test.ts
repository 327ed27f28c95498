import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.js";
import { MigrationError, migrationsDir, readMigrations, runMigrations } from "../../src/db/migrate.js";
import { emptyTarget, testProvider } from "../support/database.js";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function empty() {
  const { target, cleanup } = await emptyTarget();
  cleanups.push(cleanup);
  return target;
}

describe(`migrations on ${testProvider()}`, () => {
  it("bring an empty database to the current schema, then do nothing", async () => {
    const target = await empty();
    const dir = migrationsDir(target.provider);
    const all = readMigrations(dir).map((m) => m.name);
    expect(all.length).toBeGreaterThan(0);

    expect(await runMigrations(target, dir)).toEqual({ applied: all, alreadyApplied: 0 });
    expect(await runMigrations(target, dir)).toEqual({ applied: [], alreadyApplied: all.length });

    // Every model is usable through Prisma after migrating.
    const database = openDatabase(target);
    cleanups.unshift(() => database.close());
    const { db } = database;
    const user = await db.user.create({ data: { id: "U1", name: "Ann" } });
    const stage = await db.stage.create({
      data: { key: "lead", name: "Lead", position: 1, probability: 10 },
    });
    const deal = await db.deal.create({
      data: {
        name: "Acme",
        nameKey: "acme",
        ownerId: user.id,
        stageId: stage.id,
        amountMinor: 9_007_199_254_740_993n, // above 2^53: money survives as an exact integer
        currency: "EUR",
        closeOn: "2026-12-04",
        lastActivityAt: new Date("2026-11-23T09:00:00Z"),
      },
    });
    expect((await db.deal.findUniqueOrThrow({ where: { id: deal.id } })).amountMinor).toBe(
      9_007_199_254_740_993n,
    );
    expect(await database.ping()).toBe(true);
  });

  it("record what they applied where `prisma migrate` looks for it", async () => {
    const target = await empty();
    await runMigrations(target, migrationsDir(target.provider));
    const database = openDatabase(target);
    cleanups.unshift(() => database.close());
    const rows = await database.db.$queryRawUnsafe<{ migration_name: string; checksum: string }[]>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(
      readMigrations(migrationsDir(target.provider)).map((m) => [m.name, m.checksum]),
    );
  });

  it("apply once when several processes start together", async () => {
    const target = await empty();
    const dir = migrationsDir(target.provider);
    const results = await Promise.all([1, 2, 3].map(() => runMigrations(target, dir)));
    const applied = results.flatMap((r) => r.applied);
    expect(applied).toEqual(readMigrations(dir).map((m) => m.name));
  });

  it("refuse a migration that was edited after it was applied", async () => {
    const target = await empty();
    const copy = mkdtempSync(join(tmpdir(), "dealbot-migrations-"));
    cpSync(migrationsDir(target.provider), copy, { recursive: true });
    await runMigrations(target, copy);
    const first = readMigrations(copy)[0]!;
    const file = join(copy, first.name, "migration.sql");
    writeFileSync(file, `${readFileSync(file, "utf8")}\n-- edited\n`);
    await expect(runMigrations(target, copy)).rejects.toThrow(MigrationError);
    await expect(runMigrations(target, copy)).rejects.toThrow(/was changed after it was applied/);
  });

  it("roll back a failing migration whole and say which", async () => {
    const target = await empty();
    const copy = mkdtempSync(join(tmpdir(), "dealbot-migrations-"));
    cpSync(migrationsDir(target.provider), copy, { recursive: true });
    const bad = join(copy, "29991231000000_broken");
    cpSync(join(copy, readMigrations(copy)[0]!.name), bad, { recursive: true });
    writeFileSync(
      join(bad, "migration.sql"),
      `CREATE TABLE "Half" ("id" INTEGER);\nSELECT * FROM "NoSuchTable";\n`,
    );
    await expect(runMigrations(target, copy)).rejects.toThrow(/29991231000000_broken failed/);

    const database = openDatabase(target);
    cleanups.unshift(() => database.close());
    // The good migration stayed; nothing of the broken one did.
    expect(await database.db.user.count()).toBe(0);
    await expect(database.db.$queryRawUnsafe(`SELECT * FROM "Half"`)).rejects.toThrow();
  });
});
