import { type SurveyContext, saveResponse } from "../../db/nps.js";
import type { Services } from "../../services.js";
import type { DetractorPlan } from "./detractor-plan.js";
import { isDetractor, NPS_POLICY } from "./nps-policy.js";

export type RecordOutcome =
  | {
      kind: "recorded";
      responseId: number;
      created: boolean;
      changeableUntil: Date;
      /** The detractor alerts to send or redraw (the caller hands it to src/notify), or null. */
      detractor: DetractorPlan | null;
    }
  /** The link has expired (30 days after sending). */
  | { kind: "expired" }
  /** The answer was given more than 7 days ago. */
  | { kind: "closed" }
  /** The form was out of date (replayed, or the answer changed since it was shown). */
  | { kind: "stale" };

/**
 * Records a score (and a comment) for a survey, or changes it within the
 * change window. A new detractor answer (0-6), or a change into one, returns a plan
 * to alert the account owner and the NPS channel; the caller sends it at once.
 */
export async function recordNpsResponse(
  services: Pick<Services, "db" | "clock">,
  input: {
    survey: SurveyContext;
    score: number;
    comment?: string | null;
    expectedVersion?: number;
  },
): Promise<RecordOutcome> {
  const now = services.clock.now();
  const { survey } = input;
  if (survey.expiresAt <= now) return { kind: "expired" };
  const comment =
    input.comment === undefined
      ? undefined
      : input.comment?.trim().slice(0, NPS_POLICY.maxCommentLength) || null;
  const saved = await saveResponse(services.db, {
    surveyId: survey.id,
    score: input.score,
    comment,
    at: now,
    changeableSince: new Date(now.getTime() - NPS_POLICY.changeWindowMs),
    ...(input.expectedVersion !== undefined ? { expectedVersion: input.expectedVersion } : {}),
  });
  if (saved.kind !== "saved") return saved;
  const { response } = saved;
  const becameDetractor =
    isDetractor(response.score) && (saved.previousScore === null || !isDetractor(saved.previousScore));
  const detractor: DetractorPlan | null = becameDetractor
    ? { responseId: response.id, action: "alert" }
    : isDetractor(response.score)
      ? { responseId: response.id, action: "refresh" }
      : null;
  return {
    kind: "recorded",
    responseId: response.id,
    created: saved.created,
    changeableUntil: new Date(response.respondedAt.getTime() + NPS_POLICY.changeWindowMs),
    detractor,
  };
}
