import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { migrationsDir, runMigrations } from "../../src/db/migrate.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** A migrated SQLite file each test copies. */
    sqliteTemplate: string;
    /** A migrated PostgreSQL database each test clones (CREATE DATABASE ... TEMPLATE). */
    postgresTemplate: string;
  }
}

/**
 * Migrates one template database per run, so each test gets a fresh, migrated
 * database by copying it instead of migrating again.
 */
export default async function setup(project: TestProject) {
  const provider = project.config.env?.DEALBOT_TEST_PROVIDER ?? "sqlite";
  if (provider === "postgresql") {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error("the postgresql test project needs TEST_DATABASE_URL");
    const name = `dealbot_tpl_${randomBytes(4).toString("hex")}`;
    await adminQuery(url, `CREATE DATABASE ${name}`);
    await runMigrations(
      { provider: "postgresql", url: withDatabase(url, name) },
      migrationsDir("postgresql"),
    );
    project.provide("postgresTemplate", name);
    project.provide("sqliteTemplate", "");
    return async () => {
      await dropTestDatabases(url, name);
    };
  }
  const dir = mkdtempSync(join(tmpdir(), "dealbot-test-"));
  const file = join(dir, "template.db");
  await runMigrations({ provider: "sqlite", file }, migrationsDir("sqlite"));
  project.provide("sqliteTemplate", file);
  project.provide("postgresTemplate", "");
  return () => rmSync(dir, { recursive: true, force: true });
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function adminQuery(url: string, sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Drops the template and any test database a crashed run left behind. */
async function dropTestDatabases(url: string, template: string) {
  // "_" is a LIKE wildcard: unescaped, 'dealbot_t_%' also matched other runs' templates (dealbot_tpl_…).
  const left = await adminQuery(
    url,
    String.raw`SELECT datname FROM pg_database WHERE datname LIKE 'dealbot\_t\_%'`,
  );
  for (const row of left.rows as { datname: string }[]) {
    await adminQuery(url, `DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`);
  }
  await adminQuery(url, `DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
}
