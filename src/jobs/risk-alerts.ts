import { sendRiskAlerts } from "../notify/send-risk-alerts.js";
import type { JobDefinition } from "./job.js";

const DAY_MS = 24 * 3600_000;

/**
 * The "20th of the month" alert: on the team's risk day (a weekend moves it to
 * Monday) at 09:00 team time. Caught up for a week if the bot was down.
 */
export const riskAlerts: JobDefinition = {
  id: "risk-alerts",
  description: "On the 20th (team time), flags this month's deals likely to slip, to managers and owners.",
  schedule: (settings) => ({
    every: "month",
    day: settings.risk.day,
    time: settings.risk.time,
    timezone: settings.timezone,
    weekendToMonday: true,
  }),
  catchUpMs: 7 * DAY_MS,
  async run(ctx) {
    return sendRiskAlerts(ctx, {
      at: ctx.at,
      settings: ctx.settings,
      jobId: "risk-alerts",
      month: ctx.slot.at,
    });
  },
};
