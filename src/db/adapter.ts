import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { AUTOCHECKPOINT_PAGES } from "./checkpointer.js";
import type { DatabaseTarget } from "./target.js";

/** What src/db uses of better-sqlite3's connection, directly (see SqliteNow in client.ts). */
export interface SqliteConnection {
  readonly inTransaction: boolean;
  readonly open: boolean;
  prepare(sql: string): SqliteStatement;
  pragma(source: string): unknown;
}

export interface SqliteStatement {
  get(...params: unknown[]): unknown;
  run(...params: unknown[]): unknown;
}

/** What src/db uses of the pg pool, directly (see PgNow in client.ts). */
export interface PgPool {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

export interface AdapterFactory {
  factory: PrismaBetterSQLite3 | PrismaPg;
  /** SQLite: the connection Prisma's adapter opened (once it has), to use directly. */
  sqliteConnection?: () => SqliteConnection | undefined;
  /** PostgreSQL: the pool Prisma's adapter opened (once it has), to use directly. */
  pgPool?: () => PgPool | undefined;
  /** PostgreSQL: ends every connection of that pool at once, idle or still in use. */
  endPgConnections?: () => void;
}

/** The Prisma driver adapter for a database target (no Prisma engine binaries needed). */
export function createAdapterFactory(target: DatabaseTarget): AdapterFactory {
  if (target.provider === "sqlite") {
    mkdirSync(dirname(target.file), { recursive: true });
    const factory = new PrismaBetterSQLite3({ url: target.file, timeout: 5000 });
    // WAL (set by the migration) with synchronous=NORMAL, as better-sqlite3's build defaults to,
    // made explicit: a commit is in the WAL file, safe from a crash or kill of the process, with
    // no fsync on the event loop per write; "full" (DEALBOT_SQLITE_SYNCHRONOUS) adds one (README "Database").
    const synchronous = target.synchronous ?? "normal";
    const connection = holdClient<SqliteConnection>(factory, (client) => {
      client.pragma(`synchronous = ${synchronous === "full" ? "FULL" : "NORMAL"}`);
      // Checkpoints run on their own thread in the app (./checkpointer.ts); this is the safety net.
      client.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
    });
    return {
      factory,
      sqliteConnection: () => {
        const open = connection();
        return open?.open ? open : undefined;
      },
    };
  }
  // Connections stay open while idle (pg closes them after 10 s by default): a new connection's
  // first queries fill its caches, so the weekly digest after an idle spell took 1.6 s instead
  // of 1.0 s at 100k deals (bench/digest-scale, README). An idle connection does not keep the
  // process from exiting.
  const factory = new PrismaPg({
    connectionString: target.url,
    max: 10,
    idleTimeoutMillis: 0,
    allowExitOnIdle: true,
  });
  // The pool's connections, as it opens and removes them (its public events).
  const connections = new Set<PgConnection>();
  const pgPool = holdClient<PgPool & PgPoolEvents>(factory, (pool) => {
    pool.on("connect", (connection) => connections.add(connection));
    pool.on("remove", (connection) => connections.delete(connection));
  });
  return {
    factory,
    pgPool,
    endPgConnections: () => {
      for (const connection of connections) connection.end().catch(() => {});
    },
  };
}

interface PgConnection {
  end(): Promise<void>;
}

interface PgPoolEvents {
  on(event: "connect" | "remove", listener: (connection: PgConnection) => void): unknown;
}

/**
 * Prisma connects lazily, through the factory: keeps hold of the driver client (better-sqlite3
 * connection, pg pool) of the adapter it opens, for the few statements src/db runs directly.
 */
function holdClient<T>(
  factory: { connect(): Promise<unknown> },
  onConnect?: (client: T) => void,
): () => T | undefined {
  let client: T | undefined;
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    client = (adapter as { client: T }).client;
    onConnect?.(client);
    return adapter;
  };
  return () => client;
}
