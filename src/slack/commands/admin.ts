import type { DealCommand } from "../../parse/deal-command.js";
import { notice } from "../views/change-message.js";
import type { CommandContext } from "./context.js";

/** `/deal admin`: team settings, for admins. */
export async function adminCommand(
  ctx: CommandContext,
  _cmd: Extract<DealCommand, { kind: "admin" }>,
): Promise<void> {
  if (ctx.actor.role !== "admin") {
    return ctx.reply(
      notice(":no_entry: Only Dealbot admins can change team settings. Ask an admin, or set DEALBOT_ADMINS."),
    );
  }
  return ctx.reply(notice("Team settings are coming soon."));
}
