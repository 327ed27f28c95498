import { type Db, type Delivery, isUniqueViolation } from "./client.js";

export type { Delivery };

export type ClaimDelivery =
  | { claimed: true; delivery: Delivery }
  /** Sent, skipped for good, or in someone else's hands right now. */
  | { claimed: false; delivery: Delivery; reason: "done" | "busy" | "later" | "unsure" };

/**
 * Claims the right to send `key`: creates the row as "sending", or takes over
 * a failed one that is due for a retry. Exactly one caller wins.
 * A "sending" row older than `staleAfterMs` was left by a crashed runner: it is
 * returned as "unsure" so the caller can check Slack before sending again.
 */
export async function claimDelivery(
  db: Db,
  input: { key: string; jobId: string; recipient: string; payload?: string; now: Date; staleAfterMs: number },
): Promise<ClaimDelivery> {
  try {
    const delivery = await db.delivery.create({
      data: {
        key: input.key,
        jobId: input.jobId,
        recipient: input.recipient,
        status: "sending",
        attempts: 1,
        claimedAt: input.now,
        payload: input.payload ?? null,
      },
    });
    return { claimed: true, delivery };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  const existing = await db.delivery.findUniqueOrThrow({ where: { key: input.key } });
  if (existing.status === "sent" || existing.status === "skipped")
    return { claimed: false, delivery: existing, reason: "done" };
  if (existing.status === "sending") {
    const age = input.now.getTime() - (existing.claimedAt?.getTime() ?? 0);
    return { claimed: false, delivery: existing, reason: age > input.staleAfterMs ? "unsure" : "busy" };
  }
  if (existing.nextAttemptAt && existing.nextAttemptAt > input.now)
    return { claimed: false, delivery: existing, reason: "later" };
  return takeOver(db, existing, input.now);
}

/** Compare-and-set a row back to "sending" for one more attempt. */
export async function takeOver(db: Db, existing: Delivery, now: Date): Promise<ClaimDelivery> {
  const taken = await db.delivery.updateMany({
    where: { id: existing.id, status: existing.status, attempts: existing.attempts },
    data: { status: "sending", attempts: existing.attempts + 1, claimedAt: now },
  });
  if (taken.count !== 1) return { claimed: false, delivery: existing, reason: "busy" };
  return { claimed: true, delivery: await db.delivery.findUniqueOrThrow({ where: { id: existing.id } }) };
}

export async function markDeliverySent(
  db: Db,
  id: number,
  sent: { channelId: string; ts: string; at: Date },
) {
  await db.delivery.update({
    where: { id },
    data: { status: "sent", channelId: sent.channelId, messageTs: sent.ts, sentAt: sent.at, lastError: null },
  });
}

export async function markDeliveryFailed(db: Db, id: number, error: string, retryAt: Date | null) {
  await db.delivery.update({
    where: { id },
    data: retryAt
      ? { status: "failed", lastError: error.slice(0, 500), nextAttemptAt: retryAt }
      : { status: "skipped", lastError: error.slice(0, 500), nextAttemptAt: null },
  });
}

export async function findDelivery(db: Db, id: number): Promise<Delivery | null> {
  return db.delivery.findUnique({ where: { id } });
}

export async function findDeliveriesByKeys(db: Db, keys: string[]): Promise<Delivery[]> {
  if (keys.length === 0) return [];
  return db.delivery.findMany({ where: { key: { in: keys } } });
}

/**
 * Replaces a delivery's payload if it still holds `expected` (clicks on one
 * message can race); also records the first time the recipient acted.
 */
export async function updateDeliveryPayload(
  db: Db,
  id: number,
  expected: string | null,
  payload: string,
  actedAt: Date,
): Promise<boolean> {
  const { count } = await db.delivery.updateMany({ where: { id, payload: expected }, data: { payload } });
  if (count === 1) await db.delivery.updateMany({ where: { id, actedAt: null }, data: { actedAt } });
  return count === 1;
}

export async function findDeliveryByKey(db: Db, key: string): Promise<Delivery | null> {
  return db.delivery.findUnique({ where: { key } });
}

/** Keys of a job's deliveries since `since` that need nothing more (sent, or skipped for good). */
export async function settledDeliveryKeys(db: Db, jobId: string, since: Date): Promise<Set<string>> {
  const rows = await db.delivery.findMany({
    where: { jobId, createdAt: { gte: since }, status: { in: ["sent", "skipped"] } },
    select: { key: true },
  });
  return new Set(rows.map((r) => r.key));
}

/** Deliveries that failed (waiting for a retry, or given up on) since `since`, newest first. */
export async function failedDeliveries(db: Db, since: Date, limit = 50) {
  return db.delivery.findMany({
    where: { status: { in: ["failed", "skipped"] }, lastError: { not: null }, updatedAt: { gte: since } },
    orderBy: { updatedAt: "desc" },
    take: limit,
    select: {
      key: true,
      jobId: true,
      recipient: true,
      status: true,
      attempts: true,
      lastError: true,
      nextAttemptAt: true,
      updatedAt: true,
    },
  });
}
