import type { DealRow } from "../../db/deals.js";
import { findDeal } from "../../db/deals.js";
import { resolveDeal } from "../../domain/deals/resolve-deal.js";
import { t } from "../../i18n/t.js";
import type { DealRef } from "../../parse/deal-ref.js";
import { escapeMrkdwn } from "../mrkdwn.js";
import { notice } from "../views/change-message.js";
import { chooserMessage } from "../views/chooser.js";
import type { CommandContext } from "./context.js";

/**
 * The deal a command refers to. When the name matches several deals the user
 * gets a chooser (their click re-runs the command on the chosen one); when it
 * matches none, the closest names. Either way this replies and returns undefined.
 */
export async function findDealOrAsk(
  ctx: CommandContext,
  ref: DealRef,
  chosenDealId: number | undefined,
): Promise<DealRow | undefined> {
  const { lang } = ctx.actor;
  if (chosenDealId !== undefined) {
    const deal = await findDeal(ctx.services.db, chosenDealId);
    if (!deal) await ctx.reply(notice(t(lang, "reply.dealIdGone", { id: String(chosenDealId) })));
    return deal ?? undefined;
  }
  const found = await resolveDeal(ctx.services, ref);
  if (found.kind === "found") return found.deal;
  if (found.kind === "ambiguous") {
    await ctx.reply(chooserMessage(found.query, found.candidates, ctx.text, lang));
    return undefined;
  }
  const tip = found.suggestions.length
    ? t(lang, "reply.noMatchSuggest", {
        names: found.suggestions.map((s) => `*${escapeMrkdwn(s)}*`).join(", "),
      })
    : t(lang, "reply.noMatchTip");
  await ctx.reply(notice(t(lang, "reply.noMatch", { query: escapeMrkdwn(found.query), tip })));
  return undefined;
}
