import type { KnownBlock } from "@slack/types";
import type { DealRow } from "../../db/deals.js";
import { plural } from "../../plural.js";
import { context, fitBlocks, header, linesToSections, section } from "../blocks.js";
import { dealLine } from "./format.js";
import type { Message } from "./help.js";

/** The manager's weekly summary: their reps' deals stale past the escalation period, by rep, largest first. */
export function escalationMessage(input: {
  deals: DealRow[];
  staleDays: Record<string, number>;
  escalationDays: number;
}): Message {
  const byOwner = new Map<string, DealRow[]>();
  for (const deal of input.deals) byOwner.set(deal.ownerId, [...(byOwner.get(deal.ownerId) ?? []), deal]);
  const blocks: KnownBlock[] = [
    header(
      `${plural(input.deals.length, "deal")} on your team with no update for ${input.escalationDays}+ days`,
    ),
    section("Each rep was nudged about these. A word from you may help:"),
  ];
  for (const [ownerId, deals] of byOwner) {
    blocks.push(section(`*<@${ownerId}>* · ${deals.length}`));
    blocks.push(
      ...linesToSections(
        deals.map(
          (d) => `• ${dealLine(d, { stale: input.staleDays[String(d.id)] ?? input.escalationDays })}`,
        ),
      ),
    );
  }
  blocks.push(context("`/deal show #id` shows a deal's history."));
  return {
    text: `${plural(input.deals.length, "deal")} on your team with no update for ${input.escalationDays}+ days.`,
    blocks: fitBlocks(blocks),
  };
}
