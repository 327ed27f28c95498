import { claimDelivery, findDeliveryByKey, markDeliveryFailed, markDeliverySent } from "../db/deliveries.js";
import { saveSnapshot } from "../db/snapshots.js";
import {
  FUNNEL_SNAPSHOT,
  type FunnelDigest,
  funnelSnapshotOf,
} from "../domain/digest/build-funnel-digest.js";
import type { TeamSettings } from "../domain/settings/team-settings.js";
import type { JobSummary } from "../jobs/job.js";
import { readerOf } from "../reads/heavy-reads.js";
import type { Services } from "../services.js";
import { slackErrorCode } from "../slack/client.js";
import { digestMessage } from "../slack/views/digest.js";
import { renderDigestChart } from "../slack/views/digest-chart.js";
import { formatDay } from "../slack/views/format.js";
import { DELIVERY_POLICY, deliverMessage } from "./deliver-message.js";
import { failureKind } from "./delivery-errors.js";
import { joinIfPublic } from "./find-posted.js";
import { notifyDeliveryProblem } from "./notify-delivery-problem.js";
import { RateGate } from "./rate-gate.js";

/**
 * Posts the week's digest to each digest channel, once per channel and week
 * (key `weekly-digest:<monday>:<channel>`), then uploads its chart there once
 * (its own claim, `…:chart`), so a retried run neither posts nor uploads twice.
 * Also keeps this week's funnel, for next week's "change since last week".
 */
export async function sendWeeklyDigest(
  services: Pick<Services, "db" | "slack" | "clock" | "logger" | "config" | "reads">,
  options: { at: Date; settings: TeamSettings; jobId: string },
): Promise<JobSummary> {
  const { db, logger } = services;
  const channels = options.settings.channels.digest;
  if (channels.length === 0) {
    logger.info("no digest channel configured (DEALBOT_CHANNEL_DIGEST or /deal admin); digest not sent");
    return { channels: 0 };
  }
  const digest = await readerOf(services).read("funnelDigest", {
    at: options.at,
    settings: options.settings,
  });
  const week = digest.periods.weekOf;
  await saveSnapshot(db, {
    kind: FUNNEL_SNAPSHOT,
    periodKey: week,
    data: JSON.stringify(funnelSnapshotOf(digest.funnel.stages)),
    takenAt: options.at,
  });
  const message = digestMessage(digest);
  let chart: Buffer | null | undefined;
  const summary = { channels: channels.length, sent: 0, already: 0, skipped: 0, failed: 0, charts: 0 };
  for (const channel of channels) {
    const key = `${options.jobId}:${week}:${channel}`;
    const outcome = await deliverMessage(services, {
      key,
      jobId: options.jobId,
      recipient: channel,
      build: () => message,
    });
    if (outcome.status === "sent") summary.sent++;
    else if (outcome.status === "already") summary.already++;
    else if (outcome.status === "skipped") summary.skipped++;
    else summary.failed++;
    if (outcome.status !== "sent" && outcome.status !== "already") continue;
    const channelId =
      outcome.status === "sent"
        ? outcome.channelId
        : ((await findDeliveryByKey(db, key))?.channelId ?? channel);
    if (chart === undefined) chart = renderChart(digest, services);
    if (!chart) continue;
    const uploaded = await uploadChart(services, {
      key: `${key}:chart`,
      jobId: options.jobId,
      channelId,
      chart,
      week,
    });
    if (uploaded === "uploaded") summary.charts++;
    else if (uploaded === "failed") summary.failed++;
  }
  return summary;
}

function renderChart(digest: FunnelDigest, { logger }: Pick<Services, "logger">): Buffer | null {
  try {
    return renderDigestChart(digest);
  } catch (error) {
    // The text carries every number: a digest without its picture is still complete.
    logger.warn({ err: error }, "could not render the digest chart; posting the digest without it");
    return null;
  }
}

/** Uploads the chart to a channel once per key; true when it was uploaded now. */
async function uploadChart(
  services: Pick<Services, "db" | "slack" | "clock" | "logger" | "config">,
  input: { key: string; jobId: string; channelId: string; chart: Buffer; week: string },
): Promise<"uploaded" | "not-now" | "failed"> {
  const { db, slack, clock, logger } = services;
  const claim = await claimDelivery(db, {
    key: input.key,
    jobId: input.jobId,
    recipient: input.channelId,
    now: clock.now(),
    staleAfterMs: DELIVERY_POLICY.staleAfterMs,
  });
  // A claim left "sending" by a crashed run may have uploaded already: a missing chart beats a double one.
  if (!claim.claimed) return claim.reason === "later" ? "failed" : "not-now";
  const gate = new RateGate();
  // Sharing a file needs the bot in the channel (chat:write.public covers text only): join public ones.
  const joinError = await joinIfPublic(services, gate, input.channelId);
  if (joinError)
    logger.warn({ channel: input.channelId, code: joinError }, "could not join the digest channel");
  try {
    await slack.files.uploadV2({
      channel_id: input.channelId,
      file: input.chart,
      filename: `pipeline-${input.week}.png`,
      title: `Pipeline, week of ${formatDay(input.week)}`,
      initial_comment: `Pipeline chart, week of ${formatDay(input.week)}`,
    });
    await markDeliverySent(db, claim.delivery.id, { channelId: input.channelId, ts: "", at: clock.now() });
    return "uploaded";
  } catch (error) {
    const code = slackErrorCode(error) ?? (error as Error).message;
    const kind = failureKind(code, input.channelId);
    const retryAt =
      kind === "permanent" ? null : new Date(clock.now().getTime() + DELIVERY_POLICY.retryBackoffMs[0]!);
    logger.warn({ key: input.key, code, kind }, "could not upload the digest chart");
    await markDeliveryFailed(db, claim.delivery.id, code, retryAt);
    if (kind === "admin" || kind === "permanent")
      await notifyDeliveryProblem(services, {
        deliveryKey: input.key,
        jobId: input.jobId,
        channelId: input.channelId,
        code,
        retrying: retryAt !== null,
      }).catch((notifyError) => logger.warn({ err: notifyError }, "could not tell the admins"));
    return retryAt ? "failed" : "not-now";
  }
}
