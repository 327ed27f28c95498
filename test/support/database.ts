import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";
import { type Database, openDatabase } from "../../src/db/client.js";
import type { DatabaseTarget } from "../../src/db/target.js";
import { adminQuery, withDatabase } from "./global-setup.js";
import {
  dropDatabase,
  giveBackPostgresDatabase,
  newDatabaseName,
  takePostgresDatabase,
} from "./postgres-databases.js";

export interface TestDatabase {
  target: DatabaseTarget;
  /** The URL a config would carry (DATABASE_URL). */
  url: string;
  database: Database;
  drop(): Promise<void>;
}

export const testProvider = (): DatabaseTarget["provider"] =>
  process.env.DEALBOT_TEST_PROVIDER === "postgresql" ? "postgresql" : "sqlite";

/** A fresh, migrated database of the provider under test (SQLite file, or PostgreSQL when TEST_DATABASE_URL is set). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const { target, url, cleanup } = await freshTarget();
  const database = openDatabase(target);
  return {
    target,
    url,
    database,
    async drop() {
      await timed("closing the database's connections", () => database.close());
      await timed("dropping or emptying the test database", cleanup);
    },
  };
}

/** A fresh migrated database without a client, for tests that open their own. */
export async function freshTarget(): Promise<{
  target: DatabaseTarget;
  url: string;
  cleanup(): Promise<void>;
}> {
  if (testProvider() === "postgresql") {
    const admin = process.env.TEST_DATABASE_URL!;
    const name = await takePostgresDatabase(admin, inject("postgresTemplate"));
    const url = withDatabase(admin, name);
    return {
      target: { provider: "postgresql", url },
      url,
      cleanup: () => giveBackPostgresDatabase(admin, name),
    };
  }
  const dir = mkdtempSync(join(tmpdir(), "dealbot-db-"));
  const file = join(dir, "dealbot.db");
  copyFileSync(inject("sqliteTemplate"), file);
  return {
    target: { provider: "sqlite", file },
    url: `file:${file}`,
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** An empty (unmigrated) database location, for migration tests. */
export async function emptyTarget(): Promise<{ target: DatabaseTarget; cleanup(): Promise<void> }> {
  if (testProvider() === "postgresql") {
    const admin = process.env.TEST_DATABASE_URL!;
    const name = newDatabaseName(inject("postgresTemplate"));
    await adminQuery(admin, `CREATE DATABASE ${name}`);
    return {
      target: { provider: "postgresql", url: withDatabase(admin, name) },
      cleanup: () => dropDatabase(admin, name),
    };
  }
  const dir = mkdtempSync(join(tmpdir(), "dealbot-db-"));
  return {
    target: { provider: "sqlite", file: join(dir, "nested", "dealbot.db") },
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Names a teardown step that takes long, so a hook timeout says where it hung. */
export async function timed(step: string, run: () => Promise<unknown>): Promise<void> {
  const warn = setTimeout(() => console.warn(`test teardown: ${step}: still running after 15 s`), 15_000);
  try {
    await run();
  } finally {
    clearTimeout(warn);
  }
}
