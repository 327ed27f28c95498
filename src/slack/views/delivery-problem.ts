import type { MessageKey } from "../../i18n/catalogs/index.js";
import type { Lang } from "../../i18n/languages.js";
import { t } from "../../i18n/t.js";
import { context, section } from "../blocks.js";
import { escapeMrkdwn } from "../mrkdwn.js";
import type { Message } from "./help.js";

const WHAT: Record<string, MessageKey> = {
  "weekly-digest": "delivery.what.weeklyDigest",
  "risk-alerts": "delivery.what.riskAlerts",
  "nps-digest": "delivery.what.npsDigest",
  "nps-surveys": "delivery.what.npsSurveys",
};

/** What an admin must do so Dealbot can post to a channel, by Slack's error code. */
function advice(lang: Lang, problem: { code: string; needed?: string; channelId: string }): string {
  switch (problem.code) {
    case "not_in_channel":
    case "channel_not_found":
      return problem.channelId.startsWith("G") || problem.code === "channel_not_found"
        ? t(lang, "delivery.advice.private")
        : t(lang, "delivery.advice.invite");
    case "missing_scope":
      return t(lang, "delivery.advice.scope", { scope: escapeMrkdwn(problem.needed ?? "?") });
    case "is_archived":
      return t(lang, "delivery.advice.archived");
    default:
      return t(lang, "delivery.advice.other", { code: escapeMrkdwn(problem.code) });
  }
}

/** The DM an admin gets (in their language), once, when a message could not be posted to a channel. */
export function deliveryProblemMessage(
  problem: {
    jobId: string;
    channelId: string;
    code: string;
    needed?: string;
    retrying: boolean;
  },
  lang: Lang = "en",
): Message {
  const known = WHAT[problem.jobId];
  const what = known ? t(lang, known) : t(lang, "delivery.what.other", { job: escapeMrkdwn(problem.jobId) });
  const line = t(lang, "delivery.line", { what, channel: problem.channelId, advice: advice(lang, problem) });
  const next = t(lang, problem.retrying ? "delivery.retrying" : "delivery.noRetry");
  return { text: line, blocks: [section(line), context(next)] };
}
