import { setAwayUntil } from "../../db/users.js";
import { renderProblem } from "../../i18n/problem.js";
import { t } from "../../i18n/t.js";
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
    return ctx.reply(notice(t(actor.lang, "away.back")));
  }
  const now = services.clock.now();
  const day = parseDate(cmd.until, {
    now,
    timezone: actor.timezone,
    what: "parse.what.away",
    lang: actor.lang,
  });
  if (!day.ok)
    return ctx.reply(
      invalidMessage([renderProblem(actor.lang, day.problem)], "/deal away until 2027-01-04", actor.lang),
    );
  if (day.value.date < todayIn(actor.timezone, now)) {
    return ctx.reply(
      invalidMessage(
        [t(actor.lang, "away.past", { date: formatDay(day.value.date, actor.lang) })],
        "/deal away until 2027-01-04",
        actor.lang,
      ),
    );
  }
  await setAwayUntil(services.db, actor.id, day.value.date);
  return ctx.reply(
    notice(
      t(actor.lang, "away.set", { date: formatDay(day.value.date, actor.lang) }),
      t(actor.lang, "away.setTip"),
    ),
  );
}
