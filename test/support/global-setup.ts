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
    const run = randomBytes(4).toString("hex");
    // Held while this run goes on: another run at the same time leaves our databases alone.
    const alive = new pg.Client({ connectionString: url });
    await alive.connect();
    await alive.query("SELECT pg_advisory_lock(hashtext($1))", [runLockName(run)]);
    await dropTestDatabases(url, (other) => other !== run);
    const name = `dealbot_tpl_${run}`;
    await adminQuery(url, `CREATE DATABASE ${name}`);
    await runMigrations(
      { provider: "postgresql", url: withDatabase(url, name) },
      migrationsDir("postgresql"),
    );
    project.provide("postgresTemplate", name);
    project.provide("sqliteTemplate", "");
    return async () => {
      await alive.end(); // our lock goes with it
      await dropTestDatabases(url, (other) => other === run);
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

const runLockName = (run: string) => `dealbot-test-run:${run}`;

/**
 * Drops the test databases of the runs `chosen` picks (a run's template dealbot_tpl_<run> and
 * its databases dealbot_t_<run>_…), except those of another run still going (it holds its lock).
 */
async function dropTestDatabases(url: string, chosen: (run: string) => boolean) {
  // "_" is a LIKE wildcard: escaped, so 'dealbot\_t%' matches only our names.
  const left = await adminQuery(
    url,
    String.raw`SELECT datname FROM pg_database WHERE datname LIKE 'dealbot\_t%'`,
  );
  const byRun = new Map<string, string[]>();
  for (const { datname } of left.rows as { datname: string }[]) {
    const run = /^dealbot_(?:tpl|t)_([0-9a-f]+)/.exec(datname)?.[1];
    if (run && chosen(run)) byRun.set(run, [...(byRun.get(run) ?? []), datname]);
  }
  for (const [run, names] of byRun) {
    const free = await adminQuery(
      url,
      `SELECT pg_try_advisory_lock(hashtext('${runLockName(run)}')) AS free`,
    );
    if (!(free.rows[0] as { free: boolean }).free) continue;
    // The template last: the databases copied from it go first.
    const template = (name: string) => name.startsWith("dealbot_tpl_");
    for (const name of names.sort((a, b) => Number(template(a)) - Number(template(b))))
      await dropDatabaseSoon(url, name);
  }
}

/** FORCE cannot end autovacuum (another role's backend), which is done in a moment: try again. */
async function dropDatabaseSoon(url: string, name: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      await adminQuery(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      return;
    } catch (error) {
      if (attempt === 5) {
        console.warn(`could not drop the test database ${name}: ${(error as Error).message}`);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}
