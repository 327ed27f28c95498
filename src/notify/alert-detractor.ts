import { findDeliveriesByKeys } from "../db/deliveries.js";
import { findResponse, type ResponseDetails } from "../db/nps.js";
import type { DetractorPlan } from "../domain/nps/detractor-plan.js";
import { isDetractor } from "../domain/nps/nps-policy.js";
import { getTeamSettings } from "../domain/settings/get-team-settings.js";
import type { Lang } from "../i18n/languages.js";
import type { Services } from "../services.js";
import { type DetractorAlert, npsDetractorMessage } from "../slack/views/nps-detractor-message.js";
import { deliverMessage } from "./deliver-message.js";
import { storedLanguage } from "./user-language.js";

export const JOB_ID = "nps-detractor";

const keysOf = (responseId: number) => [
  `nps-detractor:${responseId}:owner`,
  `nps-detractor:${responseId}:channel`,
];

/** The owner's DM is in the owner's language; the NPS channel's post in the team's. */
async function languageOf(services: Services, key: string, response: ResponseDetails): Promise<Lang> {
  const ownerId = response.survey.account.ownerId;
  if (key.endsWith(":owner") && ownerId) return (await storedLanguage(services, ownerId)).lang;
  return (await getTeamSettings(services)).language;
}

export function detractorAlertOf(response: ResponseDetails): DetractorAlert {
  return {
    responseId: response.id,
    score: response.score,
    comment: response.comment,
    contactName: response.survey.contact.name,
    accountName: response.survey.account.name,
    ownerId: response.survey.account.ownerId,
    channel: response.survey.channel,
    assigneeId: response.followUpAssigneeId,
    outcome: response.followUpOutcome,
    closed: response.followUpClosedAt !== null,
  };
}

/** Carries out a domain's detractor plan: alerts for a new detractor answer, else a redraw. */
export async function notifyDetractor(services: Services, plan: DetractorPlan | null): Promise<void> {
  if (!plan) return;
  if (plan.action === "alert") await alertDetractor(services, plan.responseId);
  else await refreshDetractorAlerts(services, plan.responseId);
}

/**
 * A detractor answer DMs the account owner and posts to the NPS channel at
 * once, each exactly once per response (delivery keys), with Take it / Log outcome.
 */
export async function alertDetractor(services: Services, responseId: number): Promise<{ sent: number }> {
  const response = await findResponse(services.db, responseId);
  if (!response || !isDetractor(response.score)) return { sent: 0 };
  const settings = await getTeamSettings(services);
  const [ownerKey, channelKey] = keysOf(responseId);
  const targets: [string, string][] = [];
  if (response.survey.account.ownerId) targets.push([ownerKey!, response.survey.account.ownerId]);
  if (settings.channels.nps) targets.push([channelKey!, settings.channels.nps]);
  if (targets.length === 0)
    services.logger.warn(
      { responseId },
      "a detractor answer has no account owner and no NPS channel to tell",
    );
  let sent = 0;
  for (const [key, recipient] of targets) {
    const outcome = await deliverMessage(services, {
      key,
      jobId: JOB_ID,
      recipient,
      build: async () => {
        const latest = (await findResponse(services.db, responseId)) ?? response;
        return npsDetractorMessage(detractorAlertOf(latest), await languageOf(services, key, latest));
      },
    });
    if (outcome.status === "sent") sent += 1;
  }
  return { sent };
}

/** Re-renders the alert messages already sent for a response (comment added, taken, closed). */
export async function refreshDetractorAlerts(services: Services, responseId: number): Promise<void> {
  const response = await findResponse(services.db, responseId);
  if (!response) return;
  const deliveries = await findDeliveriesByKeys(services.db, keysOf(responseId));
  for (const delivery of deliveries) {
    if (delivery.status !== "sent" || !delivery.channelId || !delivery.messageTs) continue;
    const message = npsDetractorMessage(
      detractorAlertOf(response),
      await languageOf(services, delivery.key, response),
    );
    await services.slack.chat
      .update({
        channel: delivery.channelId,
        ts: delivery.messageTs,
        text: message.text,
        blocks: message.blocks,
      })
      .catch((error) =>
        services.logger.warn(
          { err: error, responseId, key: delivery.key },
          "could not update a detractor alert",
        ),
      );
  }
}
