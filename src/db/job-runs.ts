import { type Db, isUniqueViolation } from "./client.js";

export type ClaimResult =
  | { claimed: true; runId: number; attempt: number }
  | { claimed: false; reason: "done" | "running" | "gave-up" | "backing-off" | "lost-race" };

export interface ClaimOptions {
  jobId: string;
  periodKey: string;
  scheduledAt: Date;
  instanceId: string;
  now: Date;
  /** A running claim whose heartbeat is older than this is taken over (its runner died). */
  staleAfterMs: number;
  maxAttempts: number;
  /** Wait after a failed attempt before the next, multiplied by the attempt number. */
  retryBackoffMs: number;
}

/**
 * Claims the run of `jobId` for one period. The unique (jobId, periodKey) row is
 * the lock: exactly one caller creates it. A failed or abandoned run is taken
 * over with a compare-and-set on its previous state, so again only one wins.
 */
export async function claimJobRun(db: Db, o: ClaimOptions): Promise<ClaimResult> {
  try {
    const run = await db.jobRun.create({
      data: {
        jobId: o.jobId,
        periodKey: o.periodKey,
        scheduledAt: o.scheduledAt,
        claimedBy: o.instanceId,
        startedAt: o.now,
        heartbeatAt: o.now,
      },
      select: { id: true },
    });
    return { claimed: true, runId: run.id, attempt: 1 };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  const existing = await db.jobRun.findUnique({
    where: { jobId_periodKey: { jobId: o.jobId, periodKey: o.periodKey } },
    select: { id: true, status: true, attempts: true, heartbeatAt: true, finishedAt: true },
  });
  if (!existing) return { claimed: false, reason: "lost-race" };
  if (existing.status === "done") return { claimed: false, reason: "done" };
  // A run whose deliveries are still failing is swept again for as long as its slot is due.
  if (existing.status !== "retrying" && existing.attempts >= o.maxAttempts)
    return { claimed: false, reason: "gave-up" };
  if (existing.status === "running" && o.now.getTime() - existing.heartbeatAt.getTime() < o.staleAfterMs) {
    return { claimed: false, reason: "running" };
  }
  const backoff = existing.status === "retrying" ? o.retryBackoffMs : o.retryBackoffMs * existing.attempts;
  if (
    (existing.status === "failed" || existing.status === "retrying") &&
    existing.finishedAt &&
    o.now.getTime() - existing.finishedAt.getTime() < backoff
  ) {
    return { claimed: false, reason: "backing-off" };
  }
  const taken = await db.jobRun.updateMany({
    where: { id: existing.id, status: existing.status, attempts: existing.attempts },
    data: {
      status: "running",
      claimedBy: o.instanceId,
      attempts: existing.attempts + 1,
      startedAt: o.now,
      heartbeatAt: o.now,
      finishedAt: null,
      error: null,
    },
  });
  if (taken.count !== 1) return { claimed: false, reason: "lost-race" };
  return { claimed: true, runId: existing.id, attempt: existing.attempts + 1 };
}

export async function heartbeatJobRun(db: Db, runId: number, now: Date): Promise<void> {
  await db.jobRun.update({ where: { id: runId }, data: { heartbeatAt: now } });
}

export async function finishJobRun(
  db: Db,
  runId: number,
  outcome: { status: "done" | "retrying"; summary: unknown } | { status: "failed"; error: string },
  now: Date,
): Promise<void> {
  await db.jobRun.update({
    where: { id: runId },
    data: {
      status: outcome.status,
      finishedAt: now,
      heartbeatAt: now,
      summary: outcome.status === "failed" ? null : JSON.stringify(outcome.summary ?? {}),
      error: outcome.status === "failed" ? outcome.error.slice(0, 2000) : null,
    },
  });
}

export async function findJobRun(db: Db, jobId: string, periodKey: string) {
  return db.jobRun.findUnique({ where: { jobId_periodKey: { jobId, periodKey } } });
}

/** The latest run of each job, for `dealbot status`. */
export async function latestJobRuns(db: Db) {
  const latest = await db.jobRun.groupBy({ by: ["jobId"], _max: { id: true } });
  const ids = latest.map((row) => row._max.id).filter((id): id is number => id !== null);
  return db.jobRun.findMany({ where: { id: { in: ids } }, orderBy: { jobId: "asc" } });
}
