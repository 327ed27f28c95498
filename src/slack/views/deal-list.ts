import type { KnownBlock } from "@slack/types";
import type { DealRow } from "../../db/deals.js";
import type { Lang } from "../../i18n/languages.js";
import { t } from "../../i18n/t.js";
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
  lang?: Lang;
}): Message {
  const lang = input.lang ?? "en";
  const whose = { self: input.self ? "yes" : "no", owner: input.ownerId };
  const filters = input.filters.length
    ? t(lang, "list.filters", { filters: input.filters.map(escapeMrkdwn).join(", ") })
    : "";
  if (input.deals.length === 0) {
    const text = t(lang, "list.none", { ...whose, filters });
    return { text, blocks: [section(`${text} ${t(lang, "list.noneTip")}`)] };
  }
  const byMonth = new Map<string, typeof input.deals>();
  for (const item of input.deals) {
    const month = item.deal.closeOn.slice(0, 7);
    byMonth.set(month, [...(byMonth.get(month) ?? []), item]);
  }
  const total = String(input.total);
  const blocks: KnownBlock[] = [section(t(lang, "list.heading", { ...whose, filters, total }))];
  for (const [month, items] of byMonth) {
    const sums = new Map<string, bigint>();
    for (const { deal } of items) sums.set(deal.currency, (sums.get(deal.currency) ?? 0n) + deal.amountMinor);
    const sum = [...sums].map(([currency, minor]) => money(minor, currency, lang)).join(" + ");
    blocks.push(
      context(
        t(lang, "list.month", { month: formatMonth(month, lang), count: String(items.length), total: sum }),
      ),
    );
    blocks.push(
      ...linesToSections(
        items.map(
          ({ deal, stale }) => `• ${dealLine(deal, stale === undefined ? { lang } : { stale, lang })}`,
        ),
      ),
    );
  }
  if (input.total > input.deals.length) {
    blocks.push(context(t(lang, "list.more", { count: String(input.total - input.deals.length) })));
  }
  return { text: t(lang, "list.text", { ...whose, total }), blocks: fitBlocks(blocks) };
}
