import type { KnownBlock } from "@slack/types";
import type { DealRow } from "../../db/deals.js";
import type { NudgePayload } from "../../domain/nudges/nudge-payload.js";
import type { Lang } from "../../i18n/languages.js";
import { t } from "../../i18n/t.js";
import { actions, button, context, fitBlocks, header, section } from "../blocks.js";
import { NUDGE_ACTIONS, RISK_ACTIONS } from "../ids.js";
import { escapeMrkdwn } from "../mrkdwn.js";
import { dealLine, formatDay, formatMonth } from "./format.js";
import type { Message } from "./help.js";
import { nudgeValue } from "./nudge-message.js";

function doneLine(outcome: string, month: string, lang: Lang): string {
  if (outcome === "committed") return t(lang, "risk.dm.confirmed", { month });
  if (outcome.startsWith("pushed:"))
    return t(lang, "risk.dm.moved", { date: formatDay(outcome.slice(7), lang) });
  if (outcome === "lost") return t(lang, "risk.dm.lost");
  if (outcome === "won") return t(lang, "risk.dm.won");
  return t(lang, "risk.dm.updated");
}

/** "November" for the Confirm button: the month's own name in the owner's language. */
function monthName(month: string | undefined, lang: Lang): string {
  if (!month) return t(lang, "risk.thisMonth");
  if (lang === "en") return formatMonth(month, lang).split(" ")[0] ?? month;
  return new Intl.DateTimeFormat(lang, { month: "long", timeZone: "UTC" }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
}

/**
 * The owner's DM, in the language kept in its payload (so a redraw after a click
 * keeps it): their flagged deals with the reasons, and one click to confirm, move
 * or lose each.
 */
export function riskDmMessage(input: {
  deliveryKey: string;
  deals: DealRow[];
  payload: NudgePayload;
}): Message {
  const { payload } = input;
  const lang = payload.lang;
  const month = payload.month ? formatMonth(payload.month, lang) : t(lang, "risk.thisMonth");
  const byId = new Map(input.deals.map((d) => [d.id, d]));
  const deals = payload.dealIds.flatMap((id) => byId.get(id) ?? []);
  const open = deals.filter((d) => !payload.done[String(d.id)]);
  const blocks: KnownBlock[] = [
    header(
      open.length === 0
        ? t(lang, "risk.dm.allSet.header")
        : t(lang, "risk.dm.header", { count: deals.length, month }),
    ),
    section(t(lang, "risk.dm.intro", { month })),
  ];
  for (const deal of deals) {
    blocks.push(section(dealLine(deal, { lang })));
    const reasons = payload.reasons[String(deal.id)] ?? [];
    const outcome = payload.done[String(deal.id)];
    blocks.push(
      context(outcome ? doneLine(outcome, month, lang) : `:warning: ${reasons.map(escapeMrkdwn).join("; ")}`),
    );
    if (!outcome) {
      const value = nudgeValue(input.deliveryKey, deal.id);
      // A deal past due from an earlier month cannot be confirmed as it stands: move it or close it.
      const confirm = payload.pastDue.includes(deal.id)
        ? []
        : [
            button(
              t(lang, "risk.confirm.button", { month: monthName(payload.month, lang) }),
              RISK_ACTIONS.commit,
              value,
              "primary",
            ),
          ];
      blocks.push(
        actions([
          ...confirm,
          button(t(lang, "risk.move.button"), NUDGE_ACTIONS.push, value),
          button(t(lang, "risk.lost.button"), NUDGE_ACTIONS.lost, value, "danger"),
        ]),
      );
    }
  }
  return {
    text: t(lang, "risk.dm.text", { count: open.length, month }),
    blocks: fitBlocks(blocks),
  };
}
