import { type UndoOutcome, undoChange } from "../../domain/deals/undo-last-change.js";
import { t } from "../../i18n/t.js";
import { withDirectory } from "../../notify/directory.js";
import { refreshHomes } from "../../notify/publish-home.js";
import { escapeMrkdwn } from "../mrkdwn.js";
import { notice } from "../views/change-message.js";
import { replyWithOutcome, tellIfSavedEarlier } from "./after-change.js";
import type { CommandContext } from "./context.js";

/** `/deal undo` (or the Undo button, with the change's event id). */
export async function undoCommand(ctx: CommandContext, eventId?: number): Promise<void> {
  const outcome = await undoChange(withDirectory(ctx.services), {
    actor: ctx.actor,
    source: eventId ? "button" : "command",
    requestKey: ctx.requestKey,
    ...(eventId ? { eventId } : {}),
  });
  await replyToUndo(ctx, outcome);
}

async function replyToUndo(ctx: CommandContext, outcome: UndoOutcome): Promise<void> {
  const { lang } = ctx.actor;
  switch (outcome.kind) {
    case "nothing-to-undo":
      return ctx.reply(notice(t(lang, "undo.nothing")));
    case "too-late":
      return ctx.reply(notice(t(lang, "undo.tooLate")));
    case "changed-since":
      return ctx.reply(
        notice(
          t(lang, "undo.changedSince", {
            name: escapeMrkdwn(outcome.name),
            people: outcome.by.map((id) => `<@${id}>`).join(", "),
          }),
        ),
      );
    case "duplicate":
      return tellIfSavedEarlier(ctx.reply, ctx.services.work, ctx.actor.lang);
    case "deleted":
      await ctx.reply(notice(t(lang, "undo.deleted", { name: escapeMrkdwn(outcome.name) })));
      return refreshHomes(ctx.services, [ctx.actor.id]);
    default:
      return replyWithOutcome(ctx, outcome, [], "undone");
  }
}
