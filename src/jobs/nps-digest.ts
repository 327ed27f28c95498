import { buildNpsDigest } from "../domain/nps/build-nps-digest.js";
import { deliverMessage } from "../notify/deliver-message.js";
import { npsDigestMessage } from "../slack/views/nps-digest-message.js";
import type { JobDefinition, JobSummary } from "./job.js";

/** Monthly NPS digest in the NPS channel: the month before, by channel, rep and segment, with open follow-ups. */
export const npsDigest: JobDefinition = {
  id: "nps-digest",
  description:
    "Monthly NPS digest in the NPS channel: score, trend, response rates, by rep and segment, open follow-ups.",
  schedule: (settings) => ({ every: "month", day: 1, time: "09:00", timezone: settings.timezone }),
  async run(ctx): Promise<JobSummary> {
    const channel = ctx.settings.channels.nps;
    if (!channel) {
      ctx.logger.warn("nps-digest: no NPS channel set (DEALBOT_CHANNEL_NPS or /deal admin); nothing posted");
      return { posted: 0, skipped: "no NPS channel" };
    }
    const digest = await buildNpsDigest(ctx, { at: ctx.at, timezone: ctx.settings.timezone });
    const outcome = await deliverMessage(ctx, {
      key: `nps-digest:${digest.month}:${channel}`,
      jobId: "nps-digest",
      recipient: channel,
      build: () => npsDigestMessage(digest),
    });
    return {
      month: digest.month,
      responses: digest.responses,
      nps: digest.nps ?? "none",
      posted: outcome.status === "sent" ? 1 : 0,
    };
  },
};
