import { sendMonthlyAccuracy } from "../notify/send-monthly-accuracy.js";
import type { JobDefinition } from "./job.js";

const DAY_MS = 24 * 3600_000;

/** Last month's forecast accuracy, a short post to the digest channel(s) on the 1st, 09:00 team time. */
export const monthlyAccuracy: JobDefinition = {
  id: "monthly-accuracy",
  description:
    "Last month's start-of-month commit against won, per rep and team, to the digest channel(s) on the 1st.",
  schedule: (settings) => ({ every: "month", day: 1, time: "09:00", timezone: settings.timezone }),
  // Still worth posting in the first week if the bot was down on the 1st.
  catchUpMs: 7 * DAY_MS,
  async run(ctx) {
    return sendMonthlyAccuracy(ctx, {
      at: ctx.at,
      month: ctx.slot.at,
      settings: ctx.settings,
      jobId: "monthly-accuracy",
    });
  },
};
