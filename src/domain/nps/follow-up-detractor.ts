import { assignFollowUp, closeFollowUp, findResponse } from "../../db/nps.js";
import { AppError } from "../../errors.js";
import type { Services } from "../../services.js";
import { refreshDetractorAlerts } from "./alert-detractor.js";

/** "Take it": `userId` owns the follow-up of a detractor answer until it is closed. */
export async function takeFollowUp(
  services: Services,
  input: { responseId: number; userId: string },
): Promise<void> {
  const taken = await assignFollowUp(services.db, input.responseId, input.userId);
  if (!taken) throw new AppError("nps_follow_up_closed", "This follow-up is already closed.");
  await refreshDetractorAlerts(services, input.responseId);
}

/** "Log outcome": records what came of the follow-up and closes it. */
export async function logFollowUpOutcome(
  services: Services,
  input: { responseId: number; userId: string; outcome: string },
): Promise<boolean> {
  const closed = await closeFollowUp(services.db, { ...input, at: services.clock.now() });
  if (closed) await refreshDetractorAlerts(services, input.responseId);
  return closed;
}

/** Who the detractor is, for the outcome form's label. */
export async function detractorName(services: Services, responseId: number): Promise<string | undefined> {
  const response = await findResponse(services.db, responseId);
  return response ? `${response.survey.contact.name} (${response.survey.account.name})` : undefined;
}
