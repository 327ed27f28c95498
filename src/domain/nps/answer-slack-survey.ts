import { findSurvey, type SurveyContext, saveComment } from "../../db/nps.js";
import type { Services } from "../../services.js";
import type { DetractorPlan } from "./detractor-plan.js";
import { isDetractor, NPS_POLICY } from "./nps-policy.js";
import { type RecordOutcome, recordNpsResponse } from "./record-nps-response.js";

export type SlackAnswerOutcome =
  | (RecordOutcome & { survey: SurveyContext })
  | { kind: "not-yours" }
  | { kind: "unknown" };

/**
 * A score button in a survey DM: only the surveyed contact may answer. Detractor alerts are
 * left to the caller (`outcome.detractor`), to send after the comment modal is open.
 */
export async function answerSlackSurvey(
  services: Pick<Services, "db" | "clock">,
  input: { surveyId: number; userId: string; score: number },
): Promise<SlackAnswerOutcome> {
  const survey = await findSurvey(services.db, input.surveyId);
  if (!survey) return { kind: "unknown" };
  if (survey.channel !== "slack" || survey.contact.slackUserId !== input.userId) return { kind: "not-yours" };
  const outcome = await recordNpsResponse(services, { survey, score: input.score });
  return { ...outcome, survey };
}

export type CommentOutcome =
  /** With the detractor alerts to redraw (the comment shows in them), if the answer is one. */
  { kind: "saved"; detractor: DetractorPlan | null } | { kind: "closed" } | { kind: "not-yours" };

/** The comment modal after a score button: sets the comment within the change window. */
export async function commentSlackSurvey(
  services: Pick<Services, "db" | "clock">,
  input: { surveyId: number; userId: string; comment: string | null },
): Promise<CommentOutcome> {
  const survey = await findSurvey(services.db, input.surveyId);
  if (!survey || survey.contact.slackUserId !== input.userId) return { kind: "not-yours" };
  const now = services.clock.now();
  const comment = input.comment?.trim().slice(0, NPS_POLICY.maxCommentLength) || null;
  const saved = await saveComment(services.db, {
    surveyId: survey.id,
    comment,
    changeableSince: new Date(now.getTime() - NPS_POLICY.changeWindowMs),
  });
  if (!saved) return { kind: "closed" };
  const detractor: DetractorPlan | null =
    survey.response && isDetractor(survey.response.score)
      ? { responseId: survey.response.id, action: "refresh" }
      : null;
  return { kind: "saved", detractor };
}
