import type { KnownBlock } from "@slack/types";
import type { Lang } from "../../i18n/languages.js";
import { t } from "../../i18n/t.js";
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

/**
 * A detractor answer, for the account owner (in their language) and the NPS channel
 * (in the team's), with Take it / Log outcome until closed.
 */
export function npsDetractorMessage(alert: DetractorAlert, lang: Lang = "en"): Message {
  const blocks: KnownBlock[] = [
    section(
      t(lang, "nps.detractor.headline", {
        contact: escapeMrkdwn(alert.contactName),
        account: escapeMrkdwn(alert.accountName),
        score: String(alert.score),
        channel: alert.channel,
      }),
    ),
  ];
  blocks.push(section(alert.comment ? quote(alert.comment) : t(lang, "nps.detractor.noComment")));
  const status = [
    alert.ownerId
      ? t(lang, "nps.detractor.owner", { owner: alert.ownerId })
      : t(lang, "nps.detractor.noOwner"),
    alert.assigneeId
      ? t(lang, "nps.detractor.assignee", { user: alert.assigneeId })
      : t(lang, "nps.detractor.nobody"),
  ];
  if (alert.closed)
    status.push(t(lang, "nps.detractor.closed", { outcome: escapeAndTruncate(alert.outcome ?? "", 500) }));
  blocks.push(context(...status));
  if (!alert.closed) {
    const value = String(alert.responseId);
    blocks.push(
      actions([
        button(t(lang, "nps.detractor.take.button"), NPS_ACTIONS.take, value, "primary"),
        button(t(lang, "nps.detractor.outcome.button"), NPS_ACTIONS.outcome, value),
      ]),
    );
  }
  return {
    text: t(lang, "nps.detractor.text", {
      contact: alert.contactName,
      account: alert.accountName,
      score: String(alert.score),
    }).replace(/[<>&]/g, ""),
    blocks,
  };
}
