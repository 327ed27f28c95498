import type { KnownBlock } from "@slack/types";
import type { DealRow } from "../../db/deals.js";
import type { NudgePayload } from "../../domain/nudges/nudge-payload.js";
import type { Lang } from "../../i18n/languages.js";
import { t } from "../../i18n/t.js";
import { actions, button, context, header, section } from "../blocks.js";
import { NUDGE_ACTIONS } from "../ids.js";
import { LIMITS } from "../limits.js";
import { dealLine, formatDay } from "./format.js";
import type { Message } from "./help.js";

/** What a click on a nudge carries: the message's delivery key and the deal. */
export const nudgeValue = (deliveryKey: string, dealId?: number) =>
  JSON.stringify(dealId === undefined ? { k: deliveryKey } : { k: deliveryKey, deal: dealId });

function doneLine(outcome: string, lang: Lang): string {
  if (outcome === "confirmed") return t(lang, "nudge.outcomeConfirmed");
  if (outcome === "updated") return t(lang, "nudge.outcomeUpdated");
  if (outcome.startsWith("pushed:"))
    return t(lang, "nudge.outcomePushed", { date: formatDay(outcome.slice(7), lang) });
  if (outcome === "lost") return t(lang, "nudge.outcomeLost");
  if (outcome === "won") return t(lang, "nudge.outcomeWon");
  return t(lang, "nudge.outcomeDone");
}

/**
 * The weekly nudge DM, in the rep's language (kept in its payload): their stale
 * deals, largest first, each with one-click answers; deals already handled show
 * what was done instead of buttons.
 */
export function nudgeMessage(input: {
  deliveryKey: string;
  deals: DealRow[];
  payload: NudgePayload;
}): Message {
  const { deliveryKey, payload } = input;
  const lang = payload.lang;
  const byId = new Map(input.deals.map((d) => [d.id, d]));
  const deals = payload.dealIds.flatMap((id) => byId.get(id) ?? []);
  const open = deals.filter((d) => !payload.done[String(d.id)]);
  const total = payload.dealIds.length + payload.rest.length;
  const blocks: KnownBlock[] = [
    header(open.length === 0 ? t(lang, "nudge.done.header") : t(lang, "nudge.header", { count: total })),
  ];
  if (payload.page === 1) {
    blocks.push(section(open.length === 0 ? t(lang, "nudge.doneIntro") : t(lang, "nudge.intro")));
  }
  const pastDue = new Set(payload.pastDue);
  for (const deal of deals) {
    const outcome = payload.done[String(deal.id)];
    const stale = payload.staleDays[String(deal.id)];
    const due = pastDue.has(deal.id);
    const line = dealLine(deal, stale === undefined ? { lang } : { stale, lang });
    blocks.push(
      section(due ? `${t(lang, "nudge.pastDue", { date: formatDay(deal.closeOn, lang) })}\n${line}` : line),
    );
    if (outcome) blocks.push(context(doneLine(outcome, lang)));
    else {
      const value = nudgeValue(deliveryKey, deal.id);
      // A past-due deal closed, slipped or died: the answers are a new date, won or lost.
      blocks.push(
        actions(
          due
            ? [
                button(t(lang, "nudge.push.button"), NUDGE_ACTIONS.push, value, "primary"),
                button(t(lang, "nudge.won.button"), NUDGE_ACTIONS.won, value),
                button(t(lang, "nudge.lost.button"), NUDGE_ACTIONS.lost, value, "danger"),
                button(t(lang, "nudge.update.button"), NUDGE_ACTIONS.update, value),
              ]
            : [
                button(t(lang, "nudge.confirm.button"), NUDGE_ACTIONS.confirm, value, "primary"),
                button(t(lang, "nudge.update.button"), NUDGE_ACTIONS.update, value),
                button(t(lang, "nudge.push.button"), NUDGE_ACTIONS.push, value),
                button(t(lang, "nudge.lost.button"), NUDGE_ACTIONS.lost, value, "danger"),
              ],
        ),
      );
    }
  }
  const tail: KnownBlock[] = [];
  if (open.length > 1) {
    const all = t(lang, "nudge.all.button", { count: open.length });
    tail.push(actions([button(all, NUDGE_ACTIONS.all, nudgeValue(deliveryKey))]));
  }
  if (payload.rest.length > 0) {
    tail.push(
      section(t(lang, "nudge.rest", { count: payload.rest.length }), {
        accessory: button(t(lang, "nudge.more.button"), NUDGE_ACTIONS.more, nudgeValue(deliveryKey)),
      }),
    );
  }
  tail.push(context(t(lang, "nudge.footer")));
  const all = [...blocks, ...tail].slice(0, LIMITS.blocksPerMessage);
  const text = open.length === 0 ? t(lang, "nudge.doneText") : t(lang, "nudge.text", { count: open.length });
  return { text, blocks: all };
}
