import type { WonDeal } from "../../db/wins.js";
import type { OutboundMessage } from "../../notify/deliver-message.js";
import { formatAmount } from "../../parse/amount.js";
import { escapeMrkdwn } from "../mrkdwn.js";

/** ":tada: Maria Lopez won Acme renewal (Acme): €12,500" — who and how much, one line. */
export function winAnnouncement(deal: WonDeal, locale = "en"): OutboundMessage {
  const account = deal.account && deal.account !== deal.name ? ` (${escapeMrkdwn(deal.account)})` : "";
  const text = `:tada: <@${deal.ownerId}> won *${escapeMrkdwn(deal.name)}*${account}: *${formatAmount(deal.amountMinor, deal.currency, locale)}*`;
  return { text, blocks: [{ type: "section", text: { type: "mrkdwn", text } }] };
}
