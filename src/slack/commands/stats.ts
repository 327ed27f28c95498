import { compareActivity } from "../../domain/activities/activity-stats.js";
import { mayActFor } from "../../domain/deals/actor.js";
import { t } from "../../i18n/t.js";
import type { DealCommand } from "../../parse/deal-command.js";
import { readerOf } from "../../reads/heavy-reads.js";
import { activityStatsBlock } from "../views/activity-stats.js";
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
      invalidMessage(
        [
          ctx.actor.role === "manager"
            ? t(ctx.actor.lang, "stats.notYourTeam", { user: userId })
            : t(ctx.actor.lang, "stats.ownOnly"),
        ],
        undefined,
        ctx.actor.lang,
      ),
    );
  }
  const stats = await readerOf(ctx.services).read("repStats", {
    at: ctx.services.clock.now(),
    settings: ctx.settings,
    userId,
  });
  const message = repStatsMessage(stats, ctx.actor.lang);
  const activity = await compareActivity(ctx.services, {
    at: ctx.services.clock.now(),
    timezone: ctx.settings.timezone,
    userId,
    weeks: 4,
  });
  // The activity section goes before the closing footnote.
  message.blocks.splice(
    Math.max(0, message.blocks.length - 1),
    0,
    activityStatsBlock(activity, ctx.actor.lang),
  );
  return ctx.reply(message);
}
