import { t } from "../../i18n/t.js";
import type { DealCommand } from "../../parse/deal-command.js";
import { notice } from "../views/change-message.js";
import { changeAndReply } from "./after-change.js";
import type { CommandContext } from "./context.js";
import { findDealOrAsk } from "./find-deal.js";

/** `/deal won <deal>`: moves the deal to the team's won stage. */
export async function wonCommand(
  ctx: CommandContext,
  cmd: Extract<DealCommand, { kind: "won" }>,
  chosenDealId?: number,
): Promise<void> {
  const won = ctx.catalog.stages.find((s) => s.kind === "won");
  if (!won) return ctx.reply(notice(t(ctx.actor.lang, "reply.noWonStage")));
  const deal = await findDealOrAsk(ctx, cmd.ref, chosenDealId);
  if (!deal) return;
  await changeAndReply(ctx, deal, { stageId: won.id });
}
