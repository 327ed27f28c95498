import { type Db, isUniqueViolation, type Prisma } from "./client.js";

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

/** Whether the request identified by `key` was handled already. */
export async function isHandled(db: Db, key: string): Promise<boolean> {
  return (await db.idempotencyKey.findUnique({ where: { key }, select: { key: true } })) !== null;
}

/** Forgets keys older than `before`; Slack never retries after minutes, users rarely after hours. */
export async function purgeHandledBefore(db: Db, before: Date): Promise<number> {
  const { count } = await db.idempotencyKey.deleteMany({ where: { createdAt: { lt: before } } });
  return count;
}

export const DUPLICATE = Symbol("duplicate request");

/**
 * Runs `work` in a transaction that also records `key`, so the change and the
 * fact it was applied commit together. A request seen before (even one racing
 * in parallel on another connection) returns DUPLICATE and changes nothing.
 */
export async function onceInTransaction<T>(
  db: Db,
  key: string | null,
  at: Date,
  work: (tx: Prisma.TransactionClient) => Promise<T>,
): Promise<T | typeof DUPLICATE> {
  try {
    return await db.$transaction(async (tx) => {
      if (key) await tx.idempotencyKey.create({ data: { key, createdAt: at } });
      return work(tx);
    });
  } catch (error) {
    if (
      isUniqueViolation(error) &&
      (error as { meta?: { modelName?: string } }).meta?.modelName === "IdempotencyKey"
    ) {
      return DUPLICATE;
    }
    throw error;
  }
}
