import type { RequestFromFields } from "../../domain/deals/request-from-fields.js";
import { renderProblem } from "../../i18n/problem.js";
import { invalidMessage } from "../views/change-message.js";
import { stageChooserMessage } from "../views/pickers.js";
import type { CommandContext } from "./context.js";

/**
 * Answers a command whose fields could not be read. A stage that fits several of the team's
 * stages gets a picker (a click re-runs the command with the stage picked, on `dealId` when
 * the deal was already found); anything else is the error, nothing saved.
 */
export function replyUnreadFields(
  ctx: CommandContext,
  problem: Extract<RequestFromFields, { ok: false }>,
  example: string,
  dealId?: number,
): Promise<void> {
  if ("stageChoice" in problem)
    return ctx.reply(
      stageChooserMessage({
        typed: problem.stageChoice.typed,
        stages: problem.stageChoice.stages,
        commandText: ctx.text,
        ...(dealId !== undefined ? { dealId } : {}),
        lang: ctx.actor.lang,
      }),
    );
  return ctx.reply(invalidMessage([renderProblem(ctx.actor.lang, problem.problem)], example, ctx.actor.lang));
}
