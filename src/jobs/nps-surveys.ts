import { createDueSurveys } from "../domain/nps/create-due-surveys.js";
import { sendDueSurveys } from "../notify/send-survey.js";
import type { JobDefinition } from "./job.js";

/**
 * Hourly sweep: creates the NPS surveys that are due (N days after a won deal,
 * one relationship survey per contact of each active account per quarter) and
 * sends them, retrying surveys whose email or DM failed earlier.
 */
export const npsSurveys: JobDefinition = {
  id: "nps-surveys",
  description:
    "Sends NPS surveys (email or Slack DM): N days after a won deal, once a quarter per active account; retries failed sends.",
  schedule: () => ({ every: "minutes", minutes: 60 }),
  async run(ctx) {
    const created = await createDueSurveys(ctx, { at: ctx.at, settings: ctx.settings });
    return { ...created, ...(await sendDueSurveys(ctx, { at: ctx.at })) };
  },
};
