import pg from "pg";
import { type Background, background as processBackground } from "../background.js";
import { PrismaClient as PostgresClient } from "../generated/postgresql/client.js";
import { PrismaClient as SqliteClient } from "../generated/sqlite/client.js";
import { within } from "../time-limit.js";
import { createAdapterFactory, type PgPool, type SqliteConnection, type SqliteStatement } from "./adapter.js";
import { type BulkSql, inPostgresTransaction, type SqliteBulkConnection, sqliteBulk } from "./bulk-sql.js";
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
  readonly target: DatabaseTarget;
  /** SQLite only: its one connection, used directly for the few writes a request must not queue for. */
  readonly sqliteNow?: SqliteNow;
  /** PostgreSQL only: the pool under Prisma, for the few statements worth preparing by hand. */
  readonly pgPool?: () => PgPool | undefined;
  /**
   * PostgreSQL only: a connection of its own for the rows acks wait for (./ack-rows.ts), so an
   * ack never queues for a connection behind the work after earlier acks (bench/ack-latency).
   */
  readonly pgAckPool?: () => PgPool;
  /** Resolves true when the database answers a trivial query within `timeoutMs`. */
  ping(timeoutMs?: number): Promise<boolean>;
  /** Runs `work` in one transaction with plain driver SQL, for bulk imports (./bulk-sql.ts). */
  bulk<T>(work: (sql: BulkSql) => Promise<T>): Promise<T>;
  /**
   * Closes the connections. Bounded: after `timeoutMs` a connection still held (a query of work
   * past the shutdown grace, or a transaction Prisma never ended) is ended under it.
   */
  close(timeoutMs?: number): Promise<void>;
}

/** How long closing waits for connections in use to be given back. */
const CLOSE_TIMEOUT_MS = 3000;

export function openDatabase(target: DatabaseTarget, background: Background = processBackground): Database {
  const { factory: adapter, sqliteConnection, pgPool, endPgConnections } = createAdapterFactory(target);
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
  let bulkPool: pg.Pool | undefined;
  let ackPool: pg.Pool | undefined;
  return {
    db,
    backgroundDb,
    provider: target.provider,
    target,
    ...(sqliteConnection ? { sqliteNow: sqliteNow(sqliteConnection) } : {}),
    ...(pgPool ? { pgPool } : {}),
    ...(target.provider === "postgresql"
      ? { pgAckPool: () => (ackPool ??= new pg.Pool({ connectionString: target.url, max: 1 })) }
      : {}),
    async ping(timeoutMs = 2000) {
      if (closed) return false;
      const query = db.$queryRawUnsafe("SELECT 1").then(
        () => true,
        () => false,
      );
      return within(query, timeoutMs, false);
    },
    async bulk(work) {
      if (target.provider === "postgresql") {
        // Its own small pool: a transaction needs one client for its statements.
        bulkPool ??= new pg.Pool({ connectionString: target.url, max: 2 });
        return inPostgresTransaction(bulkPool, work);
      }
      // On the connection Prisma's adapter opened, inside a Prisma transaction (the query gate
      // holds other queries meanwhile, and SqliteNow stays off an open transaction).
      return db.$transaction(
        async () => {
          const connection = sqliteConnection?.();
          if (!connection) throw new Error("the SQLite connection is not open");
          return work(sqliteBulk(connection as unknown as SqliteBulkConnection));
        },
        { timeout: 120_000 },
      );
    },
    async close(timeoutMs = CLOSE_TIMEOUT_MS) {
      if (closed) return;
      closed = true;
      const ended = Promise.all([bulkPool?.end(), ackPool?.end(), db.$disconnect()]).then(() => true);
      if (!(await within(ended, timeoutMs, false))) endPgConnections?.();
    },
  };
}

/**
 * SQLite's connection, to use synchronously between other queries: `run` calls `fn` with it
 * at once, or returns undefined when it cannot (Prisma has not connected yet, or a transaction
 * is open on the connection: a write now would run inside it). Statements are prepared once.
 */
export interface SqliteNow {
  run<T>(fn: (connection: { prepare(sql: string): SqliteStatement }) => T): T | undefined;
}

function sqliteNow(connection: () => SqliteConnection | undefined): SqliteNow {
  let cachedFor: SqliteConnection | undefined;
  const statements = new Map<string, SqliteStatement>();
  return {
    run(fn) {
      const open = connection();
      if (!open || open.inTransaction) return undefined;
      if (cachedFor !== open) {
        cachedFor = open;
        statements.clear();
      }
      return fn({
        prepare(sql) {
          let statement = statements.get(sql);
          if (!statement) {
            statement = open.prepare(sql);
            statements.set(sql, statement);
          }
          return statement;
        },
      });
    },
  };
}

/** A DateTime as Prisma's SQLite adapter stores it (ISO 8601 with "+00:00"), for SQL written by hand. */
export function sqliteTimestamp(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

/** True when `error` is a unique-constraint violation (Prisma P2002), on every provider. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
