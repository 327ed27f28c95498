import { randomBytes } from "node:crypto";
import pg from "pg";
import { adminQuery, withDatabase } from "./global-setup.js";

/**
 * PostgreSQL test databases, cheaply. CREATE DATABASE … TEMPLATE and DROP DATABASE cost about
 * half a second together (each waits for a checkpoint), once per test. So a database a test is
 * done with is emptied (TRUNCATE … RESTART IDENTITY, tens of milliseconds) and handed to the
 * next test of the same file. One that cannot be emptied cleanly (a session of the test still
 * connected, a table renamed by the test, a lock held) is dropped instead, with one attempt
 * and no waiting: global teardown drops whatever is left, so teardown never fails a test.
 */
const emptied: string[] = [];
let templateTables: Promise<string[]> | undefined;

export async function takePostgresDatabase(admin: string, template: string): Promise<string> {
  const reused = emptied.pop();
  if (reused) return reused;
  const name = newDatabaseName(template);
  await adminQuery(admin, `CREATE DATABASE ${name} TEMPLATE ${template}`);
  // Read off a fresh copy, not the template: a session on the template fails every CREATE meanwhile.
  templateTables ??= tablesOf(withDatabase(admin, name));
  await templateTables;
  return name;
}

export async function giveBackPostgresDatabase(admin: string, name: string): Promise<void> {
  if (await empty(withDatabase(admin, name))) {
    emptied.push(name);
    return;
  }
  await dropDatabase(admin, name);
}

/** dealbot_t_<run>_…: the run's own (see global-setup.ts), dropped at its end. */
export const newDatabaseName = (template: string) =>
  `${template.replace("dealbot_tpl_", "dealbot_t_")}_${randomBytes(6).toString("hex")}`;

/**
 * Drops a test database, once and without waiting: FORCE cannot end a backend of another
 * role (autovacuum may be working on it just then), and global teardown drops what is left.
 */
export async function dropDatabase(admin: string, name: string): Promise<void> {
  await adminQuery(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
}

async function empty(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    // A backend of the test that is still going could write into the next test's data.
    if (!(await aloneWithin(client, 500))) return false;
    const expected = await templateTables;
    const actual = await listTables(client);
    if (!expected || expected.join() !== actual.join()) return false;
    await client.query("SET lock_timeout = '1s'");
    await client.query(`TRUNCATE ${expected.join(", ")} RESTART IDENTITY CASCADE`);
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Sessions closed by the test may take a moment to leave pg_stat_activity. */
async function aloneWithin(client: pg.Client, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  for (;;) {
    const { rows } = await client.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
    );
    if (rows[0]?.n === 0) return true;
    if (Date.now() >= until) return false;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function tablesOf(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await listTables(client);
  } finally {
    await client.end();
  }
}

/** The app's tables; Prisma's migration record stays, as in the template. */
async function listTables(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT quote_ident(tablename) AS name FROM pg_tables
      WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`,
  );
  return rows.map((row) => row.name);
}
