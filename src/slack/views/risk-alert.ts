import type { KnownBlock } from "@slack/types";
import type { DealRow } from "../../db/deals.js";
import type { HitRate } from "../../domain/risk/hit-rate.js";
import type { Lang } from "../../i18n/languages.js";
import { t } from "../../i18n/t.js";
import { plural } from "../../plural.js";
import { context, fitBlocks, header, linesToSections, section } from "../blocks.js";
import { escapeMrkdwn } from "../mrkdwn.js";
import { dealTitle, formatDay, money } from "./format.js";
import type { Message } from "./help.js";

export interface FlaggedDeal {
  deal: DealRow;
  reasons: string[];
}

/** Σ per currency, "€120,000 + $5,000". */
function total(deals: DealRow[]): string {
  const sums = new Map<string, bigint>();
  for (const d of deals) sums.set(d.currency, (sums.get(d.currency) ?? 0n) + d.amountMinor);
  if (sums.size === 0) return "nothing";
  return [...sums].map(([currency, minor]) => money(minor, currency)).join(" + ");
}

/** The track record line: how far to trust the alert. */
export function hitRateLine(rate: HitRate | undefined, label: string | undefined): string {
  if (!rate || !label) return "No track record yet: last month had no risk alert to judge.";
  return `Last month (${label}): ${rate.flagged} flagged, ${rate.flaggedThatSlippedOrLost} of them slipped or were lost; ${rate.slippedUnflagged} of ${rate.slipped} slips were not flagged.`;
}

/** The managers' consolidated alert: totals, then flagged deals by rep, largest first, each with its reasons. */
export function riskAlertMessage(input: {
  monthLabel: string;
  committed: DealRow[];
  /** Open deals whose close date fell in an earlier month (flagged too). */
  pastDue?: DealRow[];
  lang?: Lang;
  flagged: FlaggedDeal[];
  lastMonth: { rate: HitRate | undefined; label: string | undefined };
  names: Map<string, string>;
}): Message {
  const pastDue = input.pastDue ?? [];
  const atRisk = input.flagged.map((f) => f.deal);
  const flaggedIds = new Set(atRisk.map((d) => d.id));
  const safe = input.committed.filter((d) => !flaggedIds.has(d.id));
  const blocks: KnownBlock[] = [
    header(`Deals that may slip from ${input.monthLabel}`),
    section(
      `*Expected to close in ${input.monthLabel}:* ${total(input.committed)} in ${plural(input.committed.length, "deal")}\n` +
        `*At risk:* ${total(atRisk)} in ${plural(atRisk.length, "deal")}   ·   *Looking safe:* ${total(safe)} in ${plural(safe.length, "deal")}` +
        (pastDue.length > 0
          ? `\n${t(input.lang ?? "en", "risk.pastDueEarlier", { count: pastDue.length, amount: total(pastDue) })}`
          : ""),
    ),
    context(hitRateLine(input.lastMonth.rate, input.lastMonth.label)),
  ];
  if (input.flagged.length === 0) {
    blocks.push(section(`Nothing flagged: every deal expected in ${input.monthLabel} looks on track.`));
  }
  const byOwner = new Map<string, FlaggedDeal[]>();
  for (const f of input.flagged) byOwner.set(f.deal.ownerId, [...(byOwner.get(f.deal.ownerId) ?? []), f]);
  const owners = [...byOwner].sort((a, b) =>
    Number(
      b[1].reduce((s, f) => s + f.deal.amountMinor, 0n) - a[1].reduce((s, f) => s + f.deal.amountMinor, 0n),
    ),
  );
  for (const [ownerId, deals] of owners) {
    const name = escapeMrkdwn(input.names.get(ownerId) ?? ownerId);
    blocks.push(
      section(
        `*${name}* (<@${ownerId}>) · ${plural(deals.length, "deal")} · ${total(deals.map((f) => f.deal))}`,
      ),
    );
    blocks.push(
      ...linesToSections(
        deals.map(
          ({ deal, reasons }) =>
            `• ${dealTitle(deal)} · ${money(deal.amountMinor, deal.currency)} · closes ${formatDay(deal.closeOn)}: ${reasons.map(escapeMrkdwn).join("; ")}`,
        ),
      ),
    );
  }
  blocks.push(context("Owners got a DM to confirm, move or close each flagged deal."));
  return {
    text: `Deals that may slip from ${input.monthLabel}: ${plural(atRisk.length, "deal")} at risk (${total(atRisk)}).`,
    blocks: fitBlocks(blocks),
  };
}
