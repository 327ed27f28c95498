import type { PgPool } from "./adapter.js";
import { type NewWork, utcTimestamp } from "./slack-work.js";

/** At most this many rows in one INSERT (each row has 7 parameters). */
const MAX_BATCH = 200;

interface Waiting {
  row: NewWork;
  resolve: (id: number | null) => void;
  reject: (error: unknown) => void;
}

/**
 * The rows acks wait for, on PostgreSQL, written together: the rows of requests that arrive while
 * one INSERT is committing go into the next one, a single multi-row INSERT and one commit. Under a
 * burst each ack waits for at most two commits. Written one by one on the shared pool, half the
 * acks at 50 concurrent found no idle connection there (the work after earlier acks held them)
 * and waited for one: the insert's p99 was 232 ms, 28 ms with a connection at hand
 * (bench/ack-latency). A row is committed before its ack either way. Resolves each row's id, or
 * null when its key was recorded before (a replay).
 */
export class AckRows {
  #waiting: Waiting[] = [];
  #writing = false;
  /** INSERT statements made (each one commit), for tests. */
  inserts = 0;

  constructor(private readonly pool: () => PgPool | undefined) {}

  /** Undefined when the pool is not open yet (the caller writes the row through Prisma). */
  insert(row: NewWork): Promise<number | null> | undefined {
    const pool = this.pool();
    if (!pool) return undefined;
    const written = new Promise<number | null>((resolve, reject) => {
      this.#waiting.push({ row, resolve, reject });
    });
    if (!this.#writing) void this.#write(pool);
    return written;
  }

  async #write(pool: PgPool): Promise<void> {
    this.#writing = true;
    try {
      while (this.#waiting.length > 0) {
        const batch = this.#waiting.splice(0, MAX_BATCH);
        this.inserts += 1;
        try {
          const ids = await insertRows(
            pool,
            batch.map((w) => w.row),
          );
          // The first of several rows with one key (a retry in the same batch) is the one recorded.
          const given = new Set<string>();
          for (const { row, resolve } of batch) {
            const id = given.has(row.key) ? undefined : ids.get(row.key);
            given.add(row.key);
            resolve(id ?? null);
          }
        } catch (error) {
          for (const { reject } of batch) reject(error);
        }
      }
    } finally {
      this.#writing = false;
    }
  }
}

async function insertRows(pool: PgPool, rows: NewWork[]): Promise<Map<string, number>> {
  const values: unknown[] = [];
  const tuples = rows.map((row) => {
    const at = values.length;
    values.push(
      row.key,
      row.kind,
      row.body,
      row.userId,
      utcTimestamp(row.now),
      row.instanceId,
      utcTimestamp(row.leaseUntil),
    );
    return `($${at + 1}, $${at + 2}, $${at + 3}, $${at + 4}, $${at + 5}, $${at + 6}, $${at + 7}, 1)`;
  });
  const { rows: inserted } = await pool.query({
    // Named per batch size: PostgreSQL prepares each shape once per connection.
    name: `dealbot-insert-slack-work-${rows.length}`,
    text: `INSERT INTO "SlackWork" ("key", "kind", "body", "userId", "receivedAt", "claimedBy", "leaseUntil", "attempts")
           VALUES ${tuples.join(", ")} ON CONFLICT ("key") DO NOTHING RETURNING "id", "key"`,
    values,
  });
  return new Map((inserted as { id: number; key: string }[]).map((r) => [r.key, Number(r.id)]));
}
