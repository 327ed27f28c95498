import { buildNpsDigest } from "../domain/nps/build-nps-digest.js";
import type { TeamSettings } from "../domain/settings/team-settings.js";
import type { Services } from "../services.js";
import { npsDigestMessage } from "../slack/views/nps-digest-message.js";
import { deliverMessage } from "./deliver-message.js";

/**
 * The monthly NPS digest (the month before `at`, in team time), rendered and posted once
 * to the NPS channel (its delivery key is the month and channel).
 */
export async function sendNpsDigest(
  services: Services,
  input: { at: Date; settings: TeamSettings; jobId: string },
): Promise<Record<string, string | number>> {
  const channel = input.settings.channels.nps;
  if (!channel) {
    services.logger.warn(
      "nps-digest: no NPS channel set (DEALBOT_CHANNEL_NPS or /deal admin); nothing posted",
    );
    return { posted: 0, skipped: "no NPS channel" };
  }
  const digest = await buildNpsDigest(services, { at: input.at, timezone: input.settings.timezone });
  const outcome = await deliverMessage(services, {
    key: `nps-digest:${digest.month}:${channel}`,
    jobId: input.jobId,
    recipient: channel,
    build: () => npsDigestMessage(digest, input.settings.language),
  });
  return {
    month: digest.month,
    responses: digest.responses,
    nps: digest.nps ?? "none",
    posted: outcome.status === "sent" ? 1 : 0,
  };
}
