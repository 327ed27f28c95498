import type { KnownBlock } from "@slack/types";
import { actions, button, context, section } from "../blocks.js";
import { NPS_ACTIONS } from "../ids.js";
import { escapeAndTruncate, escapeMrkdwn } from "../mrkdwn.js";
import type { Message } from "./help.js";

export interface DetractorAlert {
  responseId: number;
  score: number;
  comment: string | null;
  contactName: string;
  accountName: string;
  ownerId: string | null;
  channel: "email" | "slack";
  assigneeId: string | null;
  outcome: string | null;
  closed: boolean;
}

const quote = (text: string) =>
  escapeAndTruncate(text, 1500)
    .split("\n")
    .map((line) => `>${line}`)
    .join("\n");

/** A detractor answer, for the account owner and the NPS channel, with Take it / Log outcome until closed. */
export function npsDetractorMessage(alert: DetractorAlert): Message {
  const who = `${escapeMrkdwn(alert.contactName)} at *${escapeMrkdwn(alert.accountName)}*`;
  const blocks: KnownBlock[] = [
    section(`:rotating_light: *Detractor:* ${who} scored *${alert.score}*/10 (by ${alert.channel}).`),
  ];
  blocks.push(section(alert.comment ? quote(alert.comment) : "_No comment._"));
  const status = [
    alert.ownerId ? `Account owner: <@${alert.ownerId}>` : "No account owner",
    alert.assigneeId ? `Follow-up: <@${alert.assigneeId}>` : "Follow-up: nobody yet",
  ];
  if (alert.closed) status.push(`Closed: ${escapeAndTruncate(alert.outcome ?? "", 500)}`);
  blocks.push(context(...status));
  if (!alert.closed) {
    const value = String(alert.responseId);
    blocks.push(
      actions([
        button("Take it", NPS_ACTIONS.take, value, "primary"),
        button("Log outcome", NPS_ACTIONS.outcome, value),
      ]),
    );
  }
  return {
    text: `Detractor: ${alert.contactName} at ${alert.accountName} scored ${alert.score}/10`.replace(
      /[<>&]/g,
      "",
    ),
    blocks,
  };
}
