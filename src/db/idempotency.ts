import { type Db, isUniqueViolation } from "./client.js";

/**
 * Records that the request identified by `key` is being handled. Returns false
 * when it already was: a Slack retry, a double click or a re-sent command.
 */
export async function markHandled(db: Db, key: string, now: Date): Promise<boolean> {
  try {
    await db.idempotencyKey.create({ data: { key, createdAt: now } });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/** Forgets keys older than `before`; Slack never retries after minutes, users rarely after hours. */
export async function purgeHandledBefore(db: Db, before: Date): Promise<number> {
  const { count } = await db.idempotencyKey.deleteMany({ where: { createdAt: { lt: before } } });
  return count;
}
