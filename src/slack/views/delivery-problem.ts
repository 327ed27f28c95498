import { context, section } from "../blocks.js";
import { escapeMrkdwn } from "../mrkdwn.js";
import type { Message } from "./help.js";

const WHAT: Record<string, string> = {
  "weekly-digest": "The weekly digest",
  "risk-alerts": "The risk alerts",
  "nps-digest": "The NPS digest",
  "nps-surveys": "An NPS alert",
};

/** What an admin must do so Dealbot can post to a channel, by Slack's error code. */
function advice(problem: { code: string; needed?: string; channelId: string }): string {
  switch (problem.code) {
    case "not_in_channel":
    case "channel_not_found":
      return problem.channelId.startsWith("G") || problem.code === "channel_not_found"
        ? "the channel is private (or was deleted): invite @Dealbot there by typing `/invite @Dealbot` in it, or pick another channel in `/deal admin`."
        : "invite @Dealbot: type `/invite @Dealbot` in the channel.";
    case "missing_scope":
      return `the app lacks the \`${escapeMrkdwn(problem.needed ?? "?")}\` permission: reinstall Dealbot from its manifest.yml (api.slack.com/apps → your app → Install App).`;
    case "is_archived":
      return "the channel is archived: pick another channel in `/deal admin`.";
    default:
      return `Slack answered \`${escapeMrkdwn(problem.code)}\`.`;
  }
}

/** The DM an admin gets, once, when a message could not be posted to a channel. */
export function deliveryProblemMessage(problem: {
  jobId: string;
  channelId: string;
  code: string;
  needed?: string;
  retrying: boolean;
}): Message {
  const what = WHAT[problem.jobId] ?? `A message (${escapeMrkdwn(problem.jobId)})`;
  const line = `${what} could not be posted to <#${problem.channelId}>: ${advice(problem)}`;
  const next = problem.retrying
    ? "Dealbot tries again on its own for the rest of this period; nothing else to do once that is fixed."
    : "Dealbot will not retry this one. `dealbot status` lists failed deliveries.";
  return { text: `:warning: ${line}`, blocks: [section(`:warning: ${line}`), context(next)] };
}
