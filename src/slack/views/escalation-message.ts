import type { KnownBlock } from "@slack/types";
import type { DealRow } from "../../db/deals.js";
import type { Lang } from "../../i18n/languages.js";
import { t } from "../../i18n/t.js";
import { context, fitBlocks, header, linesToSections, section } from "../blocks.js";
import { dealLine } from "./format.js";
import type { Message } from "./help.js";

/**
 * The manager's weekly summary (in their language): their reps' deals stale past the
 * escalation period, by rep, largest first.
 */
export function escalationMessage(input: {
  deals: DealRow[];
  staleDays: Record<string, number>;
  escalationDays: number;
  lang?: Lang;
}): Message {
  const lang = input.lang ?? "en";
  const byOwner = new Map<string, DealRow[]>();
  for (const deal of input.deals) byOwner.set(deal.ownerId, [...(byOwner.get(deal.ownerId) ?? []), deal]);
  const counts = { count: input.deals.length, days: input.escalationDays };
  const blocks: KnownBlock[] = [
    header(t(lang, "escalation.header", counts)),
    section(t(lang, "escalation.intro")),
  ];
  for (const [ownerId, deals] of byOwner) {
    blocks.push(section(t(lang, "escalation.rep", { rep: ownerId, count: deals.length })));
    blocks.push(
      ...linesToSections(
        deals.map(
          (d) => `• ${dealLine(d, { stale: input.staleDays[String(d.id)] ?? input.escalationDays, lang })}`,
        ),
      ),
    );
  }
  blocks.push(context(t(lang, "escalation.footer")));
  return { text: t(lang, "escalation.text", counts), blocks: fitBlocks(blocks) };
}
