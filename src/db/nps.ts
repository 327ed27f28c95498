import {
  type Db,
  isUniqueViolation,
  type NpsResponse,
  type NpsSurvey,
  type SurveyChannel,
  type SurveyTrigger,
} from "./client.js";

export type { NpsResponse, NpsSurvey, SurveyChannel, SurveyTrigger };

export interface NewSurvey {
  contactId: number;
  accountId: number;
  dealId: number | null;
  trigger: SurveyTrigger;
  channel: SurveyChannel;
  tokenHash: string;
  expiresAt: Date;
  requestedBy: string | null;
  dedupeKey: string;
  createdAt: Date;
}

/** Creates a survey; null when one with the same dedupe key exists (another run or replica made it). */
export async function insertSurvey(db: Db, input: NewSurvey): Promise<NpsSurvey | null> {
  try {
    return await db.npsSurvey.create({
      data: { ...input, status: "pending", nextAttemptAt: input.createdAt },
    });
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}

/** When the contact was last surveyed (any survey created after `since`), for the 90-day rule. */
export async function lastSurveySince(db: Db, contactId: number, since: Date): Promise<Date | null> {
  const row = await db.npsSurvey.findFirst({
    where: { contactId, createdAt: { gt: since } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  return row?.createdAt ?? null;
}

/** Surveys whose (first or next) send is due: new, or failed with a retry time that has come. */
export async function dueSurveyIds(db: Db, now: Date, limit: number): Promise<number[]> {
  const rows = await db.npsSurvey.findMany({
    where: { status: { in: ["pending", "failed"] }, nextAttemptAt: { lte: now }, expiresAt: { gt: now } },
    orderBy: { nextAttemptAt: "asc" },
    take: limit,
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

export const surveyContextSelect = {
  id: true,
  contactId: true,
  accountId: true,
  dealId: true,
  trigger: true,
  channel: true,
  tokenHash: true,
  expiresAt: true,
  status: true,
  attempts: true,
  nextAttemptAt: true,
  sentAt: true,
  createdAt: true,
  contact: {
    select: { id: true, name: true, email: true, slackUserId: true, language: true, optedOut: true },
  },
  account: { select: { id: true, name: true, ownerId: true, segment: true } },
  response: {
    select: { id: true, score: true, comment: true, respondedAt: true, updatedAt: true },
  },
} as const;

export type SurveyContext = NonNullable<Awaited<ReturnType<typeof findSurvey>>>;

export async function findSurvey(db: Db, id: number) {
  return db.npsSurvey.findUnique({ where: { id }, select: surveyContextSelect });
}

export async function findSurveyByTokenHash(db: Db, tokenHash: string) {
  return db.npsSurvey.findUnique({ where: { tokenHash }, select: surveyContextSelect });
}

/**
 * Claims one send attempt (compare-and-set on status and attempts), so two
 * runners never send the same survey. The claim leases the row until
 * `leaseUntil` (a crashed sender's survey is retried after it) and installs the
 * new link token's hash: only the token in the message being sent works.
 */
export async function claimSurveySend(
  db: Db,
  survey: { id: number; status: string; attempts: number },
  claim: { tokenHash: string; expiresAt: Date; leaseUntil: Date; now: Date },
): Promise<boolean> {
  if (survey.status !== "pending" && survey.status !== "failed") return false;
  const { count } = await db.npsSurvey.updateMany({
    where: {
      id: survey.id,
      status: survey.status,
      attempts: survey.attempts,
      nextAttemptAt: { lte: claim.now },
    },
    data: {
      attempts: survey.attempts + 1,
      tokenHash: claim.tokenHash,
      expiresAt: claim.expiresAt,
      nextAttemptAt: claim.leaseUntil,
    },
  });
  return count === 1;
}

/** Records the outcome of attempt number `attempt` (ignored if another attempt has taken over since). */
export async function markSurveySent(db: Db, id: number, attempt: number, at: Date): Promise<void> {
  await db.npsSurvey.updateMany({
    where: { id, attempts: attempt, status: { in: ["pending", "failed"] } },
    data: { status: "sent", sentAt: at, nextAttemptAt: null, lastError: null },
  });
}

/** A failed attempt: retried at `retryAt`, or never (null) when it cannot succeed. */
export async function markSurveyFailed(
  db: Db,
  id: number,
  attempt: number,
  error: string,
  retryAt: Date | null,
): Promise<void> {
  await db.npsSurvey.updateMany({
    where: { id, attempts: attempt, status: { in: ["pending", "failed"] } },
    data: { status: "failed", lastError: error.slice(0, 500), nextAttemptAt: retryAt },
  });
}

export type SaveResponseOutcome =
  | { kind: "saved"; response: NpsResponse; created: boolean; previousScore: number | null }
  /** The answer was given more than the change window ago. */
  | { kind: "closed" }
  /** The answer changed after the form was shown (a replayed or stale form). */
  | { kind: "stale" };

/**
 * Saves a score (and, when given, a comment): the first answer, or a change
 * within the window. `expectedVersion` (the response's updatedAt in ms, 0 when
 * none) makes a replayed form a no-op.
 */
export async function saveResponse(
  db: Db,
  input: {
    surveyId: number;
    score: number;
    comment: string | null | undefined;
    at: Date;
    changeableSince: Date;
    expectedVersion?: number;
  },
): Promise<SaveResponseOutcome> {
  return db.$transaction(async (tx) => {
    const existing = await tx.npsResponse.findUnique({ where: { surveyId: input.surveyId } });
    if (input.expectedVersion !== undefined && (existing?.updatedAt.getTime() ?? 0) !== input.expectedVersion)
      return { kind: "stale" as const };
    if (!existing) {
      try {
        const response = await tx.npsResponse.create({
          data: {
            surveyId: input.surveyId,
            score: input.score,
            comment: input.comment ?? null,
            respondedAt: input.at,
          },
        });
        await tx.npsSurvey.update({ where: { id: input.surveyId }, data: { status: "answered" } });
        return { kind: "saved" as const, response, created: true, previousScore: null };
      } catch (error) {
        if (isUniqueViolation(error)) return { kind: "stale" as const };
        throw error;
      }
    }
    if (existing.respondedAt < input.changeableSince) return { kind: "closed" as const };
    const changed = await tx.npsResponse.updateMany({
      where: { id: existing.id, updatedAt: existing.updatedAt },
      data: {
        score: input.score,
        ...(input.comment !== undefined ? { comment: input.comment } : {}),
      },
    });
    if (changed.count !== 1) return { kind: "stale" as const };
    const response = await tx.npsResponse.findUniqueOrThrow({ where: { id: existing.id } });
    return { kind: "saved" as const, response, created: false, previousScore: existing.score };
  });
}

/** Sets only the comment (Slack's comment modal), within the change window. */
export async function saveComment(
  db: Db,
  input: { surveyId: number; comment: string | null; changeableSince: Date },
): Promise<boolean> {
  const { count } = await db.npsResponse.updateMany({
    where: { surveyId: input.surveyId, respondedAt: { gte: input.changeableSince } },
    data: { comment: input.comment },
  });
  return count === 1;
}

export async function findResponse(db: Db, id: number) {
  return db.npsResponse.findUnique({
    where: { id },
    select: {
      id: true,
      score: true,
      comment: true,
      respondedAt: true,
      followUpAssigneeId: true,
      followUpOutcome: true,
      followUpClosedAt: true,
      survey: { select: surveyContextSelect },
    },
  });
}
export type ResponseDetails = NonNullable<Awaited<ReturnType<typeof findResponse>>>;

/** Assigns the follow-up of an open detractor response to `userId`. */
export async function assignFollowUp(db: Db, responseId: number, userId: string): Promise<boolean> {
  const { count } = await db.npsResponse.updateMany({
    where: { id: responseId, followUpClosedAt: null },
    data: { followUpAssigneeId: userId },
  });
  return count === 1;
}

/** Closes a follow-up with its outcome (once; a second close changes nothing). */
export async function closeFollowUp(
  db: Db,
  input: { responseId: number; userId: string; outcome: string; at: Date },
): Promise<boolean> {
  const { count } = await db.npsResponse.updateMany({
    where: { id: input.responseId, followUpClosedAt: null },
    data: { followUpOutcome: input.outcome, followUpClosedAt: input.at },
  });
  if (count === 1) {
    await db.npsResponse.updateMany({
      where: { id: input.responseId, followUpAssigneeId: null },
      data: { followUpAssigneeId: input.userId },
    });
  }
  return count === 1;
}

/** Detractor answers whose follow-up is not closed, oldest first. */
export async function openFollowUps(db: Db, limit: number) {
  return db.npsResponse.findMany({
    where: { score: { lte: 6 }, followUpClosedAt: null },
    orderBy: { respondedAt: "asc" },
    take: limit,
    select: {
      id: true,
      score: true,
      comment: true,
      respondedAt: true,
      followUpAssigneeId: true,
      survey: {
        select: { contact: { select: { name: true } }, account: { select: { name: true, ownerId: true } } },
      },
    },
  });
}
export type OpenFollowUp = Awaited<ReturnType<typeof openFollowUps>>[number];

/** Won deals closed in (from, to]. */
export async function wonDealsClosedBetween(db: Db, from: Date, to: Date) {
  return db.deal.findMany({
    where: { status: "won", closedAt: { gt: from, lte: to }, accountId: { not: null } },
    select: { id: true, accountId: true },
    orderBy: { id: "asc" },
  });
}

/** Accounts with an open deal or a deal won since `wonSince`. */
export async function activeAccountIds(db: Db, wonSince: Date): Promise<number[]> {
  const rows = await db.account.findMany({
    where: {
      deals: { some: { OR: [{ status: "open" }, { status: "won", closedAt: { gte: wonSince } }] } },
    },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return rows.map((r) => r.id);
}

export async function surveyableContacts(db: Db, accountId: number) {
  return db.contact.findMany({
    // Opted-out contacts are listed too: createSurvey skips them (and the sweep counts them).
    where: { accountId },
    select: { id: true, accountId: true, email: true, slackUserId: true, optedOut: true, name: true },
    orderBy: { id: "asc" },
  });
}

/** Responses in [from, to) with what the digest breaks them down by. */
export async function responsesBetween(db: Db, from: Date, to: Date) {
  return db.npsResponse.findMany({
    where: { respondedAt: { gte: from, lt: to } },
    orderBy: { respondedAt: "desc" },
    select: {
      id: true,
      score: true,
      comment: true,
      respondedAt: true,
      survey: {
        select: {
          channel: true,
          contact: { select: { name: true } },
          account: { select: { name: true, ownerId: true, segment: true } },
        },
      },
    },
  });
}

/** Surveys sent in [from, to), per channel. */
export async function surveysSentBetween(
  db: Db,
  from: Date,
  to: Date,
): Promise<Record<SurveyChannel, number>> {
  const groups = await db.npsSurvey.groupBy({
    by: ["channel"],
    where: { sentAt: { gte: from, lt: to } },
    _count: { _all: true },
  });
  const counts: Record<SurveyChannel, number> = { email: 0, slack: 0 };
  for (const g of groups) counts[g.channel] = g._count._all;
  return counts;
}
