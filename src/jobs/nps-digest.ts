import { sendNpsDigest } from "../notify/send-nps-digest.js";
import type { JobDefinition } from "./job.js";

/** Monthly NPS digest in the NPS channel: the month before, by channel, rep and segment, with open follow-ups. */
export const npsDigest: JobDefinition = {
  id: "nps-digest",
  description:
    "Monthly NPS digest in the NPS channel: score, trend, response rates, by rep and segment, open follow-ups.",
  schedule: (settings) => ({ every: "month", day: 1, time: "09:00", timezone: settings.timezone }),
  async run(ctx) {
    return sendNpsDigest(ctx, { at: ctx.at, settings: ctx.settings, jobId: "nps-digest" });
  },
};
