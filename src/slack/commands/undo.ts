import { type UndoOutcome, undoChange } from "../../domain/deals/undo-last-change.js";
import { refreshHomes } from "../home/publish-home.js";
import { escapeMrkdwn } from "../mrkdwn.js";
import { notice } from "../views/change-message.js";
import { replyWithOutcome, tellIfSavedEarlier } from "./after-change.js";
import type { CommandContext } from "./context.js";

/** `/deal undo` (or the Undo button, with the change's event id). */
export async function undoCommand(ctx: CommandContext, eventId?: number): Promise<void> {
  const outcome = await undoChange(ctx.services, {
    actor: ctx.actor,
    source: eventId ? "button" : "command",
    requestKey: ctx.requestKey,
    ...(eventId ? { eventId } : {}),
  });
  await replyToUndo(ctx, outcome);
}

async function replyToUndo(ctx: CommandContext, outcome: UndoOutcome): Promise<void> {
  switch (outcome.kind) {
    case "nothing-to-undo":
      return ctx.reply(notice("There is nothing of yours to undo from the last 10 minutes."));
    case "too-late":
      return ctx.reply(
        notice(
          "That change is more than 10 minutes old, so it can't be undone. Change the deal back with `/deal update`.",
        ),
      );
    case "changed-since":
      return ctx.reply(
        notice(
          `:warning: *${escapeMrkdwn(outcome.name)}* was changed after your edit (by ${outcome.by.map((id) => `<@${id}>`).join(", ")}), so undo would overwrite their work. Nothing was changed; use \`/deal update\` instead.`,
        ),
      );
    case "duplicate":
      return tellIfSavedEarlier(ctx.reply, ctx.services.work);
    case "deleted":
      await ctx.reply(notice(`Undone: the new deal *${escapeMrkdwn(outcome.name)}* was removed.`));
      return refreshHomes(ctx.services, [ctx.actor.id]);
    default:
      return replyWithOutcome(ctx, outcome, [], "undone");
  }
}
