import { renderProblem } from "../../i18n/problem.js";
import { t } from "../../i18n/t.js";
import { parseDate, todayIn } from "../../parse/date.js";
import type { DealCommand } from "../../parse/deal-command.js";
import { invalidMessage } from "../views/change-message.js";
import { changeAndReply } from "./after-change.js";
import type { CommandContext } from "./context.js";
import { findDealOrAsk } from "./find-deal.js";

const EXAMPLE = "/deal snooze Acme until 2027-01-15 because the buyer is on leave";

/** `/deal snooze <deal> until <date> because <reason>`: not flagged as stale until then. */
export async function snoozeCommand(
  ctx: CommandContext,
  cmd: Extract<DealCommand, { kind: "snooze" }>,
  chosenDealId?: number,
): Promise<void> {
  const { services, actor } = ctx;
  let until: string | null = null;
  if (cmd.until !== null) {
    const now = services.clock.now();
    const day = parseDate(cmd.until, {
      now,
      timezone: actor.timezone,
      what: "parse.what.snooze",
      lang: actor.lang,
    });
    if (!day.ok)
      return ctx.reply(invalidMessage([renderProblem(actor.lang, day.problem)], EXAMPLE, actor.lang));
    if (day.value.date <= todayIn(actor.timezone, now)) {
      return ctx.reply(
        invalidMessage([t(actor.lang, "snooze.future", { example: EXAMPLE })], undefined, actor.lang),
      );
    }
    until = day.value.date;
  }
  const deal = await findDealOrAsk(ctx, cmd.ref, chosenDealId);
  if (!deal) return;
  await changeAndReply(ctx, deal, { snoozedUntil: until, snoozeReason: until ? (cmd.reason ?? null) : null });
}
