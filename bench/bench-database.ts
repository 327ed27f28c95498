// A fresh migrated database for a benchmark, outside vitest (test/support/database.ts needs
// vitest's inject): a temporary SQLite file, or a new PostgreSQL database dropped at the end.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { migrationsDir, runMigrations } from "../src/db/migrate.js";
import type { DatabaseTarget } from "../src/db/target.js";

export interface BenchDatabase {
  target: DatabaseTarget;
  url: string;
  /** What the report calls it: "SQLite" or "PostgreSQL (<name>)". */
  label: string;
  /** Removes it; safe to call twice. */
  drop(): Promise<void>;
}

/** A fresh migrated database: a temporary SQLite file, or a new database on the given PostgreSQL server. */
export async function createBenchDatabase(
  postgresUrl: string | undefined,
  prefix = "dealbot_bench",
): Promise<BenchDatabase> {
  if (postgresUrl) {
    const name = `${prefix}_${randomBytes(5).toString("hex")}`;
    await adminQuery(postgresUrl, `CREATE DATABASE ${name}`);
    const address = new URL(postgresUrl);
    address.pathname = `/${name}`;
    const url = address.toString();
    const target: DatabaseTarget = { provider: "postgresql", url };
    let dropped = false;
    const drop = async () => {
      if (dropped) return;
      dropped = true;
      await adminQuery(postgresUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    };
    try {
      await runMigrations(target, migrationsDir("postgresql"));
    } catch (error) {
      await drop();
      throw error;
    }
    return { target, url, label: `PostgreSQL (${name})`, drop };
  }
  const dir = mkdtempSync(join(tmpdir(), `${prefix.replaceAll("_", "-")}-`));
  const file = join(dir, "dealbot.db");
  const target: DatabaseTarget = { provider: "sqlite", file };
  await runMigrations(target, migrationsDir("sqlite"));
  return {
    target,
    url: `file:${file}`,
    label: "SQLite",
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
