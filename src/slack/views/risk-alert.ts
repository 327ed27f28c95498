import type { KnownBlock } from "@slack/types";
import type { DealRow } from "../../db/deals.js";
import type { HitRate } from "../../domain/risk/hit-rate.js";
import type { Lang } from "../../i18n/languages.js";
import { t } from "../../i18n/t.js";
import { context, fitBlocks, header, linesToSections, section } from "../blocks.js";
import { escapeMrkdwn } from "../mrkdwn.js";
import { dealTitle, formatDay, formatMonth, money } from "./format.js";
import type { Message } from "./help.js";

export interface FlaggedDeal {
  deal: DealRow;
  reasons: string[];
}

/** Σ per currency, "€120,000 + $5,000". */
function total(deals: DealRow[], lang: Lang): string {
  const sums = new Map<string, bigint>();
  for (const d of deals) sums.set(d.currency, (sums.get(d.currency) ?? 0n) + d.amountMinor);
  if (sums.size === 0) return t(lang, "risk.alert.nothing");
  return [...sums].map(([currency, minor]) => money(minor, currency, lang)).join(" + ");
}

/** The track record line: how far to trust the alert. */
export function hitRateLine(rate: HitRate | undefined, month: string | undefined, lang: Lang = "en"): string {
  if (!rate || !month) return t(lang, "risk.alert.noRecord");
  return t(lang, "risk.alert.record", {
    month: formatMonth(month, lang),
    flagged: rate.flagged,
    slippedFlagged: rate.flaggedThatSlippedOrLost,
    unflagged: rate.slippedUnflagged,
    slipped: rate.slipped,
  });
}

/** The managers' consolidated alert: totals, then flagged deals by rep, largest first, each with its reasons. */
export function riskAlertMessage(input: {
  /** The month at stake, "2026-11". */
  month: string;
  committed: DealRow[];
  /** Open deals whose close date fell in an earlier month (flagged too). */
  pastDue?: DealRow[];
  flagged: FlaggedDeal[];
  lastMonth: { rate: HitRate | undefined; month: string | undefined };
  names: Map<string, string>;
  /** The team's language (a channel post). */
  lang?: Lang;
}): Message {
  const lang = input.lang ?? "en";
  const month = formatMonth(input.month, lang);
  const pastDue = input.pastDue ?? [];
  const atRisk = input.flagged.map((f) => f.deal);
  const flaggedIds = new Set(atRisk.map((d) => d.id));
  const safe = input.committed.filter((d) => !flaggedIds.has(d.id));
  const blocks: KnownBlock[] = [
    header(t(lang, "risk.alert.header", { month })),
    section(
      [
        t(lang, "risk.alert.expected", {
          month,
          total: total(input.committed, lang),
          count: input.committed.length,
        }),
        t(lang, "risk.alert.split", {
          atRisk: total(atRisk, lang),
          atRiskCount: atRisk.length,
          safe: total(safe, lang),
          safeCount: safe.length,
        }),
        ...(pastDue.length > 0
          ? [t(lang, "risk.pastDueEarlier", { count: pastDue.length, amount: total(pastDue, lang) })]
          : []),
      ].join("\n"),
    ),
    context(hitRateLine(input.lastMonth.rate, input.lastMonth.month, lang)),
  ];
  if (input.flagged.length === 0) {
    blocks.push(section(t(lang, "risk.alert.allClear", { month })));
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
        t(lang, "risk.alert.owner", {
          name,
          owner: ownerId,
          count: deals.length,
          total: total(
            deals.map((f) => f.deal),
            lang,
          ),
        }),
      ),
    );
    blocks.push(
      ...linesToSections(
        deals.map(({ deal, reasons }) =>
          t(lang, "risk.alert.deal", {
            deal: dealTitle(deal),
            amount: money(deal.amountMinor, deal.currency, lang),
            date: formatDay(deal.closeOn, lang),
            reasons: reasons.map(escapeMrkdwn).join("; "),
          }),
        ),
      ),
    );
  }
  blocks.push(context(t(lang, "risk.alert.footer")));
  return {
    text: t(lang, "risk.alert.text", { month, count: atRisk.length, total: total(atRisk, lang) }),
    blocks: fitBlocks(blocks),
  };
}
