import { setAwayUntil } from "../../db/users.js";
import { parseDate, todayIn } from "../../parse/date.js";
import type { DealCommand } from "../../parse/deal-command.js";
import { invalidMessage, notice } from "../views/change-message.js";
import { formatDay } from "../views/format.js";
import type { CommandContext } from "./context.js";

/** `/deal away until <date>`: no weekly nudges until then (inclusive); `/deal away off` resumes them. */
export async function awayCommand(
  ctx: CommandContext,
  cmd: Extract<DealCommand, { kind: "away" }>,
): Promise<void> {
  const { services, actor } = ctx;
  if (cmd.until === null) {
    await setAwayUntil(services.db, actor.id, null);
    return ctx.reply(notice("Welcome back! Your weekly nudges are on again."));
  }
  const now = services.clock.now();
  const day = parseDate(cmd.until, { now, timezone: actor.timezone, what: "Away until" });
  if (!day.ok) return ctx.reply(invalidMessage([day.error], "/deal away until 2027-01-04"));
  if (day.value.date < todayIn(actor.timezone, now)) {
    return ctx.reply(
      invalidMessage(
        [`${formatDay(day.value.date)} is in the past. Give the last day you are away.`],
        "/deal away until 2027-01-04",
      ),
    );
  }
  await setAwayUntil(services.db, actor.id, day.value.date);
  return ctx.reply(
    notice(
      `Enjoy your time off! No weekly nudges until ${day.value.label} (inclusive).`,
      "Back early? `/deal away off`",
    ),
  );
}
