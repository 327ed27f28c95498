import { listUsersByRole } from "../db/users.js";
import type { Services } from "../services.js";
import { deliveryProblemMessage } from "../slack/views/delivery-problem.js";
import { deliverMessage } from "./deliver-message.js";
import { PROBLEM_JOB } from "./delivery-errors.js";
import { storedLanguage } from "./user-language.js";

export interface DeliveryProblem {
  /** The key of the delivery that failed: each admin hears about it once. */
  deliveryKey: string;
  jobId: string;
  channelId: string;
  /** Slack's error code, e.g. "not_in_channel". */
  code: string;
  /** For missing_scope: the scope Slack said is needed. */
  needed?: string;
  /** Whether Dealbot keeps retrying (within the job's period). */
  retrying: boolean;
}

/**
 * DMs each admin (DEALBOT_ADMINS and users with the admin role) what to do about a message
 * Dealbot could not post to a channel: once per failed delivery, not on every sweep
 * (each notice is itself a delivery with its own key).
 */
export async function notifyDeliveryProblem(
  services: Pick<Services, "db" | "slack" | "clock" | "logger" | "config">,
  problem: DeliveryProblem,
): Promise<number> {
  const admins = new Set([...services.config.admins, ...(await listUsersByRole(services.db, ["admin"]))]);
  let told = 0;
  for (const admin of admins) {
    const outcome = await deliverMessage(services, {
      key: `${PROBLEM_JOB}:${problem.deliveryKey}:${admin}`,
      jobId: PROBLEM_JOB,
      recipient: admin,
      build: async () => deliveryProblemMessage(problem, (await storedLanguage(services, admin)).lang),
    });
    if (outcome.status === "sent") told++;
  }
  return told;
}
