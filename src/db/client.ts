import { PrismaClient as PostgresClient } from "../generated/postgresql/client.js";
import { PrismaClient as SqliteClient } from "../generated/sqlite/client.js";
import { createAdapterFactory } from "./adapter.js";
import { gateSqlite } from "./sqlite-gate.js";
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
  readonly db: Db;
  readonly provider: DatabaseTarget["provider"];
  /** Resolves true when the database answers a trivial query within `timeoutMs`. */
  ping(timeoutMs?: number): Promise<boolean>;
  close(): Promise<void>;
}

export function openDatabase(target: DatabaseTarget): Database {
  const adapter = createAdapterFactory(target);
  const db =
    target.provider === "sqlite"
      ? gateSqlite(new SqliteClient({ adapter }))
      : // Same models, same API (see Db above); only the generated SQL differs.
        (new PostgresClient({ adapter }) as unknown as Db);
  let closed = false;
  return {
    db,
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
    async close() {
      if (closed) return;
      closed = true;
      await db.$disconnect();
    },
  };
}

/** True when `error` is a unique-constraint violation (Prisma P2002), on every provider. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
