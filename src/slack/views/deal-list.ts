import type { KnownBlock } from "@slack/types";
import type { DealRow } from "../../db/deals.js";
import { context, fitBlocks, linesToSections, section } from "../blocks.js";
import { escapeMrkdwn } from "../mrkdwn.js";
import { dealLine, formatMonth, money } from "./format.js";
import type { Message } from "./help.js";

/** Open deals grouped by close month, each line marked when stale, cut with "and N more". */
export function dealListMessage(input: {
  ownerId: string;
  self: boolean;
  deals: { deal: DealRow; stale: number | undefined }[];
  total: number;
  filters: string[];
}): Message {
  const whose = input.self ? "Your" : `<@${input.ownerId}>'s`;
  const filtered = input.filters.length ? ` (${input.filters.map(escapeMrkdwn).join(", ")})` : "";
  if (input.deals.length === 0) {
    const text = `${whose} open deals${filtered}: none.`;
    return {
      text,
      blocks: [section(`${text} Create one with \`/deal new Acme amount 12k close next friday\`.`)],
    };
  }
  const byMonth = new Map<string, typeof input.deals>();
  for (const item of input.deals) {
    const month = item.deal.closeOn.slice(0, 7);
    byMonth.set(month, [...(byMonth.get(month) ?? []), item]);
  }
  const blocks: KnownBlock[] = [section(`*${whose} open deals${filtered}: ${input.total}*`)];
  for (const [month, items] of byMonth) {
    const sums = new Map<string, bigint>();
    for (const { deal } of items) sums.set(deal.currency, (sums.get(deal.currency) ?? 0n) + deal.amountMinor);
    const total = [...sums].map(([currency, minor]) => money(minor, currency)).join(" + ");
    blocks.push(context(`*Closing ${formatMonth(month)}* · ${items.length} · ${total}`));
    blocks.push(
      ...linesToSections(
        items.map(({ deal, stale }) => `• ${dealLine(deal, stale === undefined ? {} : { stale })}`),
      ),
    );
  }
  if (input.total > input.deals.length) {
    blocks.push(
      context(
        `…and ${input.total - input.deals.length} more. Narrow it down: \`/deal list stage proposal closing this month\`.`,
      ),
    );
  }
  return { text: `${whose.replace(/<@|>/g, "")} open deals: ${input.total}`, blocks: fitBlocks(blocks) };
}
