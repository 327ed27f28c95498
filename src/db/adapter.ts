import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type BetterSqlite3 from "better-sqlite3";
import type { DatabaseTarget } from "./target.js";

/**
 * The better-sqlite3 adapter factory, remembering the connection it opened: bulk
 * imports write through it directly, inside a Prisma transaction (see ./bulk-sql.ts).
 * The adapter keeps it as its `client` property (@prisma/adapter-better-sqlite3 6.19).
 */
export class SqliteAdapterFactory extends PrismaBetterSQLite3 {
  connection: BetterSqlite3.Database | undefined;

  override async connect() {
    const adapter = await super.connect();
    this.connection = (adapter as unknown as { client: BetterSqlite3.Database }).client;
    return adapter;
  }
}

/** The Prisma driver adapter for a database target (no Prisma engine binaries needed). */
export function createAdapterFactory(target: DatabaseTarget): SqliteAdapterFactory | PrismaPg {
  if (target.provider === "sqlite") {
    mkdirSync(dirname(target.file), { recursive: true });
    return new SqliteAdapterFactory({ url: target.file, timeout: 5000 });
  }
  return new PrismaPg({ connectionString: target.url, max: 10 });
}
