import { mayActFor } from "../../domain/deals/actor.js";
import type { DealCommand } from "../../parse/deal-command.js";
import { readerOf } from "../../reads/heavy-reads.js";
import { invalidMessage } from "../views/change-message.js";
import { repStatsMessage } from "../views/rep-stats.js";
import type { CommandContext } from "./context.js";

/** `/deal stats [@rep]`: reps see their own; managers their reps; admins anyone. */
export async function statsCommand(
  ctx: CommandContext,
  cmd: Extract<DealCommand, { kind: "stats" }>,
): Promise<void> {
  const userId = cmd.ownerId ?? ctx.actor.id;
  if (!mayActFor(ctx.actor, userId)) {
    return ctx.reply(
      invalidMessage([
        ctx.actor.role === "manager"
          ? `<@${userId}> is not on your team: you can see your own stats and your reps'.`
          : "You can see your own stats: /deal stats. Managers see their reps'.",
      ]),
    );
  }
  const stats = await readerOf(ctx.services).read("repStats", {
    at: ctx.services.clock.now(),
    settings: ctx.settings,
    userId,
  });
  return ctx.reply(repStatsMessage(stats));
}
