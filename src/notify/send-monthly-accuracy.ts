import { buildAccuracy } from "../domain/digest/build-accuracy.js";
import { digestPeriods } from "../domain/digest/periods.js";
import type { TeamSettings } from "../domain/settings/team-settings.js";
import type { JobSummary } from "../jobs/job.js";
import type { Services } from "../services.js";
import { accuracyPostMessage } from "../slack/views/accuracy-post.js";
import { deliverMessage } from "./deliver-message.js";
import { RateGate } from "./rate-gate.js";

/**
 * The short forecast-accuracy post on the 1st: for the month that just ended (the month
 * before `month`, team calendar), start-of-month commit against won per rep and team,
 * and the trend. Posted to each digest channel once per month (key
 * `<job>:<month>:<channel>`), so a retried or caught-up run, or a second replica, never
 * posts twice.
 */
export async function sendMonthlyAccuracy(
  services: Pick<Services, "db" | "slack" | "clock" | "logger" | "config">,
  options: { at: Date; month: Date; settings: TeamSettings; jobId: string },
): Promise<JobSummary> {
  const { settings } = options;
  const channels = settings.channels.digest;
  if (channels.length === 0) {
    services.logger.info("no digest channel configured; forecast accuracy post not sent");
    return { channels: 0 };
  }
  // The periods as of the slot (the 1st), so a run caught up on the 3rd reports the same month.
  const periods = digestPeriods(options.month, settings.timezone);
  const accuracy = await buildAccuracy(services.db, {
    currency: settings.currency,
    months: periods.months,
  });
  const month = accuracy.months.at(-1) ?? periods.month.key;
  const message = accuracyPostMessage({
    accuracy,
    month,
    currency: settings.currency,
    lang: settings.language,
  });
  const gate = new RateGate();
  const summary = { channels: channels.length, month, sent: 0, already: 0, skipped: 0, failed: 0 };
  for (const channel of channels) {
    const outcome = await deliverMessage(services, {
      key: `${options.jobId}:${month}:${channel}`,
      jobId: options.jobId,
      recipient: channel,
      gate,
      build: () => message,
    });
    if (outcome.status === "sent") summary.sent++;
    else if (outcome.status === "already" || outcome.status === "busy") summary.already++;
    else if (outcome.status === "skipped") summary.skipped++;
    else summary.failed++;
  }
  return summary;
}
