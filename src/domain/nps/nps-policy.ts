/** The rules of NPS surveys, written down once. */
export const NPS_POLICY = {
  /** A link works this long after the survey is sent. */
  tokenTtlMs: 30 * 24 * 3600_000,
  /** An answer can be changed this long after it was first given. */
  changeWindowMs: 7 * 24 * 3600_000,
  /** Never more than one survey per contact in this many days. */
  minDaysBetweenSurveys: 90,
  /** Won deals are surveyed N days after the win; a win older than N + this is never surveyed (e.g. on first install). */
  wonGraceDays: 14,
  /** An account is active when it has an open deal or a win in this many days. */
  activeAccountWonDays: 365,
  /** A send attempt holds the survey this long; a crashed sender's survey is retried after it. */
  sendLeaseMs: 10 * 60_000,
  retryBackoffMs: [5 * 60_000, 30 * 60_000, 2 * 3600_000, 6 * 3600_000, 24 * 3600_000],
  maxAttempts: 6,
  /** Comments longer than this are cut. */
  maxCommentLength: 2000,
} as const;

export const DAY_MS = 24 * 3600_000;

export type NpsCategory = "promoter" | "passive" | "detractor";

export function categoryOf(score: number): NpsCategory {
  if (score >= 9) return "promoter";
  if (score >= 7) return "passive";
  return "detractor";
}

export const isDetractor = (score: number) => score <= 6;

/** Retry time after failed attempt number `attempt` (1-based), or null to give up. */
export function retryAfter(attempt: number, now: Date): Date | null {
  if (attempt >= NPS_POLICY.maxAttempts) return null;
  const backoff = NPS_POLICY.retryBackoffMs[Math.min(attempt - 1, NPS_POLICY.retryBackoffMs.length - 1)]!;
  return new Date(now.getTime() + backoff);
}

/** NPS: % promoters minus % detractors, rounded; null without answers. */
export function npsScore(scores: readonly number[]): number | null {
  if (scores.length === 0) return null;
  const promoters = scores.filter((s) => s >= 9).length;
  const detractors = scores.filter((s) => s <= 6).length;
  return Math.round(((promoters - detractors) * 100) / scores.length);
}
