// A database holding the digest benchmarks' dataset (bench/digest-dataset.ts) of N deals: fresh
// and dropped at the end, or kept between runs (`keep`), since seeding 100k deals / 1M events takes
// minutes. A kept SQLite file lives in the system's temporary directory; a kept PostgreSQL database
// is named dealbot_digest_keep_<deals> (another name with BENCH_KEEP). Either is only used once seeding finished (it is built
// under a temporary name and renamed), and pending migrations (new indexes) are applied to it.
// SQLite statistics: the app never runs ANALYZE, so by default the SQLite file has none (as a
// real team's database); `analyze` runs ANALYZE, as the benchmark did until issue 13's fixes.
// PostgreSQL is always analyzed (its autovacuum does it in real life).
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { openDatabase } from "../src/db/client.js";
import { migrationsDir, runMigrations } from "../src/db/migrate.js";
import type { DatabaseTarget } from "../src/db/target.js";
import { seedDataset } from "./digest-dataset.js";

/** Where kept datasets live (BENCH_KEEP: another name, e.g. to keep a dataset for the code before a schema change). */
const KEEP = process.env.BENCH_KEEP ?? "dealbot_digest_keep";

export interface DigestDatabase {
  target: DatabaseTarget;
  label: string;
  /** Seconds spent seeding; 0 when a kept dataset was reused. */
  seedSeconds: number;
  /** Drops a fresh database; leaves a kept one. */
  release(): Promise<void>;
}

async function adminQuery(url: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

const urlOf = (serverUrl: string, name: string) => {
  const address = new URL(serverUrl);
  address.pathname = `/${name}`;
  return address.toString();
};

async function seedInto(target: DatabaseTarget, deals: number): Promise<number> {
  await runMigrations(target, migrationsDir(target.provider));
  const app = openDatabase(target);
  const start = performance.now();
  try {
    await seedDataset(app.db, target, deals);
  } finally {
    await app.close();
  }
  return (performance.now() - start) / 1000;
}

/** The dataset of `deals` deals on SQLite (no `postgresUrl`) or on the given PostgreSQL server. */
export async function digestDatabase(
  postgresUrl: string | undefined,
  deals: number,
  keep: boolean,
  analyze = false,
): Promise<DigestDatabase> {
  const database = await openDataset(postgresUrl, deals, keep);
  if (database.target.provider === "sqlite") await sqliteStatistics(database.target.file, analyze);
  return database;
}

async function sqliteStatistics(file: string, analyze: boolean): Promise<void> {
  const sqlite = new Database(file);
  try {
    if (analyze) sqlite.exec("ANALYZE");
    else if (sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'`).get())
      sqlite.exec("DELETE FROM sqlite_stat1");
  } finally {
    sqlite.close();
  }
}

async function openDataset(
  postgresUrl: string | undefined,
  deals: number,
  keep: boolean,
): Promise<DigestDatabase> {
  if (postgresUrl) {
    const name = keep ? `${KEEP}_${deals}` : `dealbot_digest_${Date.now().toString(36)}`;
    const label = `PostgreSQL (${name})`;
    const drop = (db: string) => adminQuery(postgresUrl, `DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    const exists = async (db: string) =>
      (await adminQuery(postgresUrl, `SELECT 1 FROM pg_database WHERE datname = '${db}'`)).length > 0;
    if (keep && (await exists(name))) {
      const target: DatabaseTarget = { provider: "postgresql", url: urlOf(postgresUrl, name) };
      await runMigrations(target, migrationsDir("postgresql"));
      return { target, label, seedSeconds: 0, release: async () => {} };
    }
    const building = keep ? `${name}_seeding` : name;
    await drop(building);
    await adminQuery(postgresUrl, `CREATE DATABASE ${building}`);
    const seedSeconds = await seedInto({ provider: "postgresql", url: urlOf(postgresUrl, building) }, deals);
    if (keep) await adminQuery(postgresUrl, `ALTER DATABASE ${building} RENAME TO ${name}`);
    const target: DatabaseTarget = { provider: "postgresql", url: urlOf(postgresUrl, name) };
    return { target, label, seedSeconds, release: keep ? async () => {} : () => drop(name).then(() => {}) };
  }
  if (keep) {
    const dir = join(tmpdir(), KEEP.replaceAll("_", "-"));
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `digest-${deals}.db`);
    const target: DatabaseTarget = { provider: "sqlite", file };
    if (existsSync(file)) {
      await runMigrations(target, migrationsDir("sqlite"));
      return { target, label: `SQLite (${file})`, seedSeconds: 0, release: async () => {} };
    }
    const building = `${file}.seeding`;
    for (const suffix of ["", "-wal", "-shm"]) rmSync(building + suffix, { force: true });
    const seedSeconds = await seedInto({ provider: "sqlite", file: building }, deals);
    // Fold the write-ahead log into the file before renaming it.
    const checkpoint = openDatabase({ provider: "sqlite", file: building });
    await checkpoint.db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
    await checkpoint.close();
    renameSync(building, file);
    for (const suffix of ["-wal", "-shm"]) rmSync(building + suffix, { force: true });
    return { target, label: `SQLite (${file})`, seedSeconds, release: async () => {} };
  }
  const dir = mkdtempSync(join(tmpdir(), "dealbot-digest-bench-"));
  const target: DatabaseTarget = { provider: "sqlite", file: join(dir, "dealbot.db") };
  const seedSeconds = await seedInto(target, deals);
  return {
    target,
    label: "SQLite",
    seedSeconds,
    release: async () => rmSync(dir, { recursive: true, force: true }),
  };
}
