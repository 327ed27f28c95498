import { assignFollowUp, closeFollowUp, findResponse } from "../../db/nps.js";
import { AppError } from "../../errors.js";
import { phrase } from "../../i18n/phrase.js";
import type { Services } from "../../services.js";
import type { DetractorPlan } from "./detractor-plan.js";

/** "Take it": `userId` owns the follow-up of a detractor answer until it is closed; the alerts are redrawn. */
export async function takeFollowUp(
  services: Pick<Services, "db">,
  input: { responseId: number; userId: string },
): Promise<DetractorPlan> {
  const taken = await assignFollowUp(services.db, input.responseId, input.userId);
  if (!taken) throw new AppError("nps_follow_up_closed", phrase("nps.followUpClosed"));
  return { responseId: input.responseId, action: "refresh" };
}

/**
 * "Log outcome": records what came of the follow-up and closes it. Returns the alerts
 * to redraw, or null when the follow-up was already closed.
 */
export async function logFollowUpOutcome(
  services: Pick<Services, "db" | "clock">,
  input: { responseId: number; userId: string; outcome: string },
): Promise<DetractorPlan | null> {
  const closed = await closeFollowUp(services.db, { ...input, at: services.clock.now() });
  return closed ? { responseId: input.responseId, action: "refresh" } : null;
}

/** Who the detractor is, for the outcome form's label. */
export async function detractorName(
  services: Pick<Services, "db">,
  responseId: number,
): Promise<string | undefined> {
  const response = await findResponse(services.db, responseId);
  return response ? `${response.survey.contact.name} (${response.survey.account.name})` : undefined;
}
