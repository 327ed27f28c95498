import { recentEvents } from "../../db/deals.js";
import type { DealCommand } from "../../parse/deal-command.js";
import { dealDetails } from "../views/deal-details.js";
import type { CommandContext } from "./context.js";
import { findDealOrAsk } from "./find-deal.js";

export const HISTORY_LIMIT = 10;

/** `/deal show <deal>`: every field and the recent history. */
export async function showCommand(
  ctx: CommandContext,
  cmd: Extract<DealCommand, { kind: "show" }>,
  chosenDealId?: number,
): Promise<void> {
  const deal = await findDealOrAsk(ctx, cmd.ref, chosenDealId);
  if (!deal) return;
  const history = await recentEvents(ctx.services.db, deal.id, HISTORY_LIMIT);
  await ctx.reply(dealDetails(deal, history, ctx.catalog, ctx.actor.timezone, ctx.actor.lang));
}
