import type { KnownBlock } from "@slack/types";
import type { DealRow } from "../../db/deals.js";
import type { NudgePayload } from "../../domain/nudges/nudge-payload.js";
import { plural } from "../../plural.js";
import { actions, button, context, fitBlocks, header, section } from "../blocks.js";
import { NUDGE_ACTIONS, RISK_ACTIONS } from "../ids.js";
import { escapeMrkdwn } from "../mrkdwn.js";
import { dealLine, formatDay } from "./format.js";
import type { Message } from "./help.js";
import { nudgeValue } from "./nudge-message.js";

function doneLine(outcome: string, month: string): string {
  if (outcome === "committed") return `:white_check_mark: Confirmed for ${month}.`;
  if (outcome.startsWith("pushed:")) return `:calendar: Moved to ${formatDay(outcome.slice(7))}.`;
  if (outcome === "lost") return ":x: Marked lost.";
  if (outcome === "won") return ":tada: Won.";
  return ":ballot_box_with_check: Updated.";
}

/** The owner's DM: their flagged deals with the reasons, and one click to confirm, move or lose each. */
export function riskDmMessage(input: {
  deliveryKey: string;
  deals: DealRow[];
  payload: NudgePayload;
  monthLabel: string;
}): Message {
  const { payload, monthLabel } = input;
  const byId = new Map(input.deals.map((d) => [d.id, d]));
  const deals = payload.dealIds.flatMap((id) => byId.get(id) ?? []);
  const open = deals.filter((d) => !payload.done[String(d.id)]);
  const blocks: KnownBlock[] = [
    header(
      open.length === 0
        ? "All set, thank you!"
        : `${deals.length === 1 ? "A deal" : `${deals.length} deals`} may slip from ${monthLabel}`,
    ),
    section(
      `These are expected to close in ${monthLabel}, but show signs of slipping. Ten days are left to act:`,
    ),
  ];
  for (const deal of deals) {
    blocks.push(section(dealLine(deal)));
    const reasons = payload.reasons[String(deal.id)] ?? [];
    const outcome = payload.done[String(deal.id)];
    blocks.push(
      context(outcome ? doneLine(outcome, monthLabel) : `:warning: ${reasons.map(escapeMrkdwn).join("; ")}`),
    );
    if (!outcome) {
      const value = nudgeValue(input.deliveryKey, deal.id);
      // A deal past due from an earlier month cannot be confirmed as it stands: move it or close it.
      const confirm = payload.pastDue.includes(deal.id)
        ? []
        : [button(`Confirm for ${monthLabel.split(" ")[0]}`, RISK_ACTIONS.commit, value, "primary")];
      blocks.push(
        actions([
          ...confirm,
          button("Move to…", NUDGE_ACTIONS.push, value),
          button("Mark lost…", NUDGE_ACTIONS.lost, value, "danger"),
        ]),
      );
    }
  }
  return {
    text: `${plural(open.length, "deal")} may slip from ${monthLabel}.`,
    blocks: fitBlocks(blocks),
  };
}
