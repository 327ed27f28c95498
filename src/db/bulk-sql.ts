import type BetterSqlite3 from "better-sqlite3";
import pg from "pg";

/** What bulk writes use of better-sqlite3's connection (the one Prisma's adapter opened). */
export type SqliteBulkConnection = Pick<BetterSqlite3.Database, "prepare">;

/**
 * Plain SQL for bulk writes (imports), straight through the database driver.
 * Prisma's client costs tens of microseconds per bound value even for a raw
 * multi-row INSERT (bench/import-deals: a third of a 100k-row import's CPU), which
 * a file of 100k deals pays a million times. SQL is written once with `?`
 * placeholders and quoted identifiers; values are JavaScript values (Date, bigint,
 * string, number, null) and come back the same way (ids and counts as numbers).
 */
export interface BulkSql {
  readonly provider: "sqlite" | "postgresql";
  /** The rows a query returns. */
  all(sql: string, params?: readonly unknown[]): Promise<Record<string, unknown>[]>;
  /** Runs a statement; how many rows it changed. */
  run(sql: string, params?: readonly unknown[]): Promise<number>;
  /**
   * Inserts `rows` (values in `columns` order) into `table`; with `returning`, those
   * columns of each inserted row, in the order given. SQLite runs one prepared
   * statement per row (cheapest there); PostgreSQL sends multi-row INSERTs.
   */
  insert(
    table: string,
    columns: readonly string[],
    rows: readonly (readonly unknown[])[],
    returning?: readonly string[],
  ): Promise<Record<string, unknown>[]>;
}

const quote = (names: readonly string[]) => names.map((n) => `"${n}"`).join(", ");
const placeholders = (count: number) => `(${new Array(count).fill("?").join(", ")})`;

/** SQLite through the better-sqlite3 connection Prisma's adapter uses (inside its transaction). */
export function sqliteBulk(connection: SqliteBulkConnection): BulkSql {
  const statements = new Map<string, BetterSqlite3.Statement>();
  const prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = connection.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  // Stored as Prisma's adapter stores them, so Prisma reads them back unchanged.
  const toSqlite = (value: unknown) => {
    if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
    if (typeof value === "boolean") return value ? 1 : 0;
    return value;
  };
  // The adapter turns on safe integers: integers come back as bigint. Ids and counts fit a number.
  const fromSqlite = (row: Record<string, unknown>, keepBigint: ReadonlySet<string>) => {
    for (const [key, value] of Object.entries(row))
      if (typeof value === "bigint" && !keepBigint.has(key)) row[key] = Number(value);
    return row;
  };
  const keep = new Set(["amountMinor"]);
  return {
    provider: "sqlite",
    async all(sql, params = []) {
      const rows = prepare(sql).all(...params.map(toSqlite)) as Record<string, unknown>[];
      return rows.map((row) => fromSqlite(row, keep));
    },
    async run(sql, params = []) {
      return prepare(sql).run(...params.map(toSqlite)).changes;
    },
    async insert(table, columns, rows, returning) {
      const back = returning?.length ? ` RETURNING ${quote(returning)}` : "";
      const statement = prepare(
        `INSERT INTO "${table}" (${quote(columns)}) VALUES ${placeholders(columns.length)}${back}`,
      );
      const out: Record<string, unknown>[] = [];
      for (const row of rows) {
        const values = row.map(toSqlite);
        if (back) out.push(fromSqlite(statement.get(...values) as Record<string, unknown>, keep));
        else statement.run(...values);
      }
      return out;
    },
  };
}

// PostgreSQL's limit is 65,535 bound values per statement.
const MAX_VALUES = 30_000;

/** PostgreSQL through one pg client (in a transaction the caller opened on it). */
export function postgresBulk(client: pg.ClientBase): BulkSql {
  const numbered = (sql: string) => {
    let n = 0;
    return sql.replace(/\?/g, () => `$${++n}`);
  };
  // Prisma keeps DateTime as a UTC timestamp without zone: send and read UTC wall-clock text.
  const toPg = (value: unknown) => {
    if (value instanceof Date) return value.toISOString();
    if (typeof value === "bigint") return value.toString();
    return value;
  };
  const query = async (sql: string, params: readonly unknown[]) =>
    client.query({ text: numbered(sql), values: params.map(toPg), types: PG_TYPES });
  return {
    provider: "postgresql",
    async all(sql, params = []) {
      return (await query(sql, params)).rows;
    },
    async run(sql, params = []) {
      return (await query(sql, params)).rowCount ?? 0;
    },
    async insert(table, columns, rows, returning) {
      const back = returning?.length ? ` RETURNING ${quote(returning)}` : "";
      const perStatement = Math.max(1, Math.floor(MAX_VALUES / columns.length));
      const out: Record<string, unknown>[] = [];
      for (let i = 0; i < rows.length; i += perStatement) {
        const chunk = rows.slice(i, i + perStatement);
        const sql = `INSERT INTO "${table}" (${quote(columns)}) VALUES ${chunk.map(() => placeholders(columns.length)).join(", ")}${back}`;
        const result = await query(sql, chunk.flat());
        out.push(...result.rows);
      }
      // Multi-row INSERT … RETURNING gives the rows in VALUES order in practice, but SQL does
      // not promise it: callers match returned rows by a key column, never by position.
      return out;
    },
  };
}

const TIMESTAMP = 1114;
const INT8 = 20;
const PG_TYPES = {
  getTypeParser: ((oid: number, format?: "text" | "binary") => {
    if (oid === TIMESTAMP) return (text: string) => new Date(`${text.replace(" ", "T")}Z`);
    if (oid === INT8) return (text: string) => BigInt(text);
    return pg.types.getTypeParser(oid, format);
  }) as pg.CustomTypesConfig["getTypeParser"],
};

/** Runs `work` in one transaction on its own pooled PostgreSQL connection. */
export async function inPostgresTransaction<T>(
  pool: pg.Pool,
  work: (sql: BulkSql) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    try {
      const result = await work(postgresBulk(client));
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    }
  } finally {
    client.release();
  }
}
