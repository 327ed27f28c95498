import pg from "pg";
import { type Background, background as processBackground } from "../background.js";
import { PrismaClient as PostgresClient } from "../generated/postgresql/client.js";
import { PrismaClient as SqliteClient } from "../generated/sqlite/client.js";
import { createAdapterFactory, SqliteAdapterFactory } from "./adapter.js";
import { type BulkSql, inPostgresTransaction, sqliteBulk } from "./bulk-sql.js";
import { gateQueries } from "./query-gate.js";
import type { DatabaseTarget } from "./target.js";

export type * from "../generated/sqlite/client.js";
export { Prisma } from "../generated/sqlite/client.js";

/**
 * The Prisma client the data layer codes against. Both providers are generated
 * from the same models (prisma/models.prisma), so their model APIs match; we type
 * against the SQLite client because it is the narrower one (no `mode:
 * "insensitive"`, no `skipDuplicates`), so nothing PostgreSQL-only slips in.
 */
export type Db = SqliteClient;

export interface Database {
  /** For requests (and anything a person waits for in the same request). */
  readonly db: Db;
  /** The same database for work after acks and for jobs: its queries give way to requests (src/background.ts). */
  readonly backgroundDb: Db;
  readonly provider: DatabaseTarget["provider"];
  /** Resolves true when the database answers a trivial query within `timeoutMs`. */
  ping(timeoutMs?: number): Promise<boolean>;
  /** Runs `work` in one transaction with plain driver SQL, for bulk imports (./bulk-sql.ts). */
  bulk<T>(work: (sql: BulkSql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export function openDatabase(target: DatabaseTarget, background: Background = processBackground): Database {
  const adapter = createAdapterFactory(target);
  const client =
    target.provider === "sqlite"
      ? new SqliteClient({ adapter })
      : // Same models, same API (see Db above); only the generated SQL differs.
        (new PostgresClient({ adapter }) as unknown as Db);
  const { foreground: db, background: backgroundDb } = gateQueries(client, {
    serialize: target.provider === "sqlite",
    background,
  });
  let closed = false;
  let pool: pg.Pool | undefined;
  return {
    db,
    backgroundDb,
    provider: target.provider,
    async ping(timeoutMs = 2000) {
      if (closed) return false;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      });
      const query = db.$queryRawUnsafe("SELECT 1").then(
        () => true,
        () => false,
      );
      try {
        return await Promise.race([query, timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
    async bulk(work) {
      if (adapter instanceof SqliteAdapterFactory) {
        // In a Prisma transaction (the query gate holds other queries meanwhile) on its connection.
        return db.$transaction(
          async () => {
            if (!adapter.connection) throw new Error("the SQLite connection is not open");
            return work(sqliteBulk(adapter.connection));
          },
          { timeout: 120_000 },
        );
      }
      if (target.provider !== "postgresql") throw new Error("unreachable");
      pool ??= new pg.Pool({ connectionString: target.url, max: 2 });
      return inPostgresTransaction(pool, work);
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool?.end();
      await db.$disconnect();
    },
  };
}

/** True when `error` is a unique-constraint violation (Prisma P2002), on every provider. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
