import type { DealRow } from "../../db/deals.js";
import { findDeal } from "../../db/deals.js";
import { resolveDeal } from "../../domain/deals/resolve-deal.js";
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
  if (chosenDealId !== undefined) {
    const deal = await findDeal(ctx.services.db, chosenDealId);
    if (!deal) await ctx.reply(notice(`Deal #${chosenDealId} no longer exists.`));
    return deal ?? undefined;
  }
  const found = await resolveDeal(ctx.services, ref);
  if (found.kind === "found") return found.deal;
  if (found.kind === "ambiguous") {
    await ctx.reply(chooserMessage(found.query, found.candidates, ctx.text));
    return undefined;
  }
  const tip = found.suggestions.length
    ? `Did you mean ${found.suggestions.map((s) => `*${escapeMrkdwn(s)}*`).join(", ")}?`
    : "Try `/deal list` to see your deals, or refer to one by number, e.g. `#42`.";
  await ctx.reply(notice(`I found no deal matching “${escapeMrkdwn(found.query)}”. ${tip}`));
  return undefined;
}
