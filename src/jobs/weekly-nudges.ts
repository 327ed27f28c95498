import { sendWeeklyNudges } from "../notify/send-weekly-nudges.js";
import type { JobDefinition } from "./job.js";

/**
 * Each rep's weekly nudge, at the team's nudge day and time on the rep's own
 * clock. The job sweeps every 15 minutes, so reps across timezones are nudged
 * at their local time, and a sweep missed while the bot was down is caught up
 * by the next one (the same local day).
 */
export const weeklyNudges: JobDefinition = {
  id: "weekly-nudges",
  description:
    "One DM per rep per week listing their stale deals (rep's timezone); managers get stale-deal escalations.",
  schedule: () => ({ every: "minutes", minutes: 15 }),
  async run(ctx) {
    return sendWeeklyNudges(ctx, { at: ctx.at, settings: ctx.settings, jobId: "weekly-nudges" });
  },
};
