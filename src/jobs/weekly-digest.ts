import { sendWeeklyDigest } from "../notify/send-weekly-digest.js";
import type { JobDefinition } from "./job.js";

/** The funnel digest, at the team's digest day and time (default Monday 08:00), to the digest channel(s). */
export const weeklyDigest: JobDefinition = {
  id: "weekly-digest",
  description: "Funnel digest with chart to the digest channel(s), weekly (default Monday 08:00 team time).",
  schedule: (settings) => ({
    every: "week",
    day: settings.digest.day,
    time: settings.digest.time,
    timezone: settings.timezone,
  }),
  // Worth sending the same day if the bot was down at the slot; a Thursday digest of Monday is noise.
  catchUpMs: 12 * 3600_000,
  async run(ctx) {
    return sendWeeklyDigest(ctx, { at: ctx.at, settings: ctx.settings, jobId: "weekly-digest" });
  },
};
