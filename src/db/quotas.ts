import type { Db } from "./client.js";

export interface QuotaRow {
  subject: string;
  period: string;
  amountMinor: bigint;
  currency: string;
}

/** Quotas for the given periods ("2026-11", "2026-Q4"), of every subject or of some. */
export async function listQuotas(
  db: Db,
  input: { periods: string[]; subjects?: string[] },
): Promise<QuotaRow[]> {
  if (input.periods.length === 0) return [];
  return db.quota.findMany({
    where: { period: { in: input.periods }, ...(input.subjects ? { subject: { in: input.subjects } } : {}) },
    select: { subject: true, period: true, amountMinor: true, currency: true },
  });
}

/** Sets (or replaces) one quota. `subject` is a Slack user id or "team". */
export async function upsertQuota(db: Db, quota: QuotaRow): Promise<void> {
  // The user link is for cascades; a quota may be set before Dealbot has met the person.
  const known = quota.subject !== "team" && (await db.user.count({ where: { id: quota.subject } })) > 0;
  const userId = known ? quota.subject : null;
  await db.quota.upsert({
    where: { subject_period: { subject: quota.subject, period: quota.period } },
    create: { ...quota, userId },
    update: { amountMinor: quota.amountMinor, currency: quota.currency, userId },
  });
}
