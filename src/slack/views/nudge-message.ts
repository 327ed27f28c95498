import type { KnownBlock } from "@slack/types";
import type { DealRow } from "../../db/deals.js";
import type { NudgePayload } from "../../domain/nudges/nudge-payload.js";
import { plural } from "../../plural.js";
import { actions, button, context, header, section } from "../blocks.js";
import { NUDGE_ACTIONS } from "../ids.js";
import { LIMITS } from "../limits.js";
import { dealLine, formatDay } from "./format.js";
import type { Message } from "./help.js";

/** What a click on a nudge carries: the message's delivery key and the deal. */
export const nudgeValue = (deliveryKey: string, dealId?: number) =>
  JSON.stringify(dealId === undefined ? { k: deliveryKey } : { k: deliveryKey, deal: dealId });

function doneLine(outcome: string): string {
  if (outcome === "confirmed") return ":white_check_mark: Still on track: confirmed.";
  if (outcome === "updated") return ":pencil2: Updated.";
  if (outcome.startsWith("pushed:")) return `:calendar: Close date pushed to ${formatDay(outcome.slice(7))}.`;
  if (outcome === "lost") return ":x: Marked lost.";
  if (outcome === "won") return ":tada: Won.";
  return ":ballot_box_with_check: Done.";
}

/**
 * The weekly nudge DM: the rep's stale deals, largest first, each with one-click
 * answers; deals already handled show what was done instead of buttons.
 */
export function nudgeMessage(input: {
  deliveryKey: string;
  deals: DealRow[];
  payload: NudgePayload;
}): Message {
  const { deliveryKey, payload } = input;
  const byId = new Map(input.deals.map((d) => [d.id, d]));
  const deals = payload.dealIds.flatMap((id) => byId.get(id) ?? []);
  const open = deals.filter((d) => !payload.done[String(d.id)]);
  const total = payload.dealIds.length + payload.rest.length;
  const blocks: KnownBlock[] = [
    header(
      open.length === 0
        ? "All done, thank you!"
        : `Weekly pipeline check: ${total === 1 ? "1 deal needs" : `${total} deals need`} a look`,
    ),
  ];
  if (payload.page === 1) {
    blocks.push(
      section(
        open.length === 0
          ? "Every deal in this list is handled. Your forecast is current."
          : "These deals have had no update for a while. One click each keeps your forecast honest:",
      ),
    );
  }
  const pastDue = new Set(payload.pastDue);
  for (const deal of deals) {
    const outcome = payload.done[String(deal.id)];
    const stale = payload.staleDays[String(deal.id)];
    const due = pastDue.has(deal.id);
    const line = dealLine(deal, stale === undefined ? {} : { stale });
    blocks.push(
      section(due ? `:rotating_light: *Close date ${formatDay(deal.closeOn)} has passed*\n${line}` : line),
    );
    if (outcome) blocks.push(context(doneLine(outcome)));
    else {
      const value = nudgeValue(deliveryKey, deal.id);
      // A past-due deal closed, slipped or died: the answers are a new date, won or lost.
      blocks.push(
        actions(
          due
            ? [
                button("Push…", NUDGE_ACTIONS.push, value, "primary"),
                button("Won", NUDGE_ACTIONS.won, value),
                button("Lost…", NUDGE_ACTIONS.lost, value, "danger"),
                button("Update…", NUDGE_ACTIONS.update, value),
              ]
            : [
                button("Still on track", NUDGE_ACTIONS.confirm, value, "primary"),
                button("Update…", NUDGE_ACTIONS.update, value),
                button("Push…", NUDGE_ACTIONS.push, value),
                button("Lost…", NUDGE_ACTIONS.lost, value, "danger"),
              ],
        ),
      );
    }
  }
  const tail: KnownBlock[] = [];
  if (open.length > 1)
    tail.push(actions([button(`All ${open.length} on track`, NUDGE_ACTIONS.all, nudgeValue(deliveryKey))]));
  if (payload.rest.length > 0) {
    tail.push(
      section(`…and ${payload.rest.length} more.`, {
        accessory: button("Show the rest", NUDGE_ACTIONS.more, nudgeValue(deliveryKey)),
      }),
    );
  }
  tail.push(
    context(
      "Away? `/deal away until <date>` pauses these. Waiting on the customer? `/deal snooze <deal> until <date> because <reason>`.",
    ),
  );
  const all = [...blocks, ...tail].slice(0, LIMITS.blocksPerMessage);
  const text =
    open.length === 0
      ? "Weekly pipeline check: all done."
      : `Weekly pipeline check: ${plural(open.length, "deal")} with no update for a while.`;
  return { text, blocks: all };
}
