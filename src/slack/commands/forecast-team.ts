import { recordCall } from "../../domain/forecast/record-call.js";
import { renderProblem } from "../../i18n/problem.js";
import { t } from "../../i18n/t.js";
import { formatAmount } from "../../parse/amount.js";
import type { DealCommand } from "../../parse/deal-command.js";
import { readerOf } from "../../reads/heavy-reads.js";
import { invalidMessage } from "../views/change-message.js";
import { teamForecastMessage } from "../views/team-forecast.js";
import type { CommandContext } from "./context.js";

/** `/deal forecast team` and `/deal forecast team call <amount> [month|quarter]`. */
export async function forecastTeamCommand(
  ctx: CommandContext,
  cmd: Extract<DealCommand, { kind: "forecast-team" | "forecast-call" }>,
): Promise<void> {
  const { actor, services, settings } = ctx;
  if (actor.role === "rep")
    return ctx.reply(invalidMessage([t(actor.lang, "teamForecast.notManager")], undefined, actor.lang));
  const at = services.clock.now();
  let note: string | undefined;
  if (cmd.kind === "forecast-call") {
    const call = await recordCall(services, {
      managerId: actor.id,
      amount: cmd.amount,
      period: cmd.period === "quarter" ? "quarter" : "month",
      settings,
    });
    if (!call.ok)
      return ctx.reply(
        invalidMessage(
          [
            call.problem === "amount"
              ? renderProblem(actor.lang, call.amountProblem)
              : t(actor.lang, "teamForecast.currency", { currency: call.currency }),
          ],
          undefined,
          actor.lang,
        ),
      );
    const { period, amountMinor } = call;
    note = t(actor.lang, "teamForecast.callRecorded", {
      period,
      amount: formatAmount(amountMinor, settings.currency, actor.lang),
    });
  }
  if (actor.reportIds.length === 0)
    return ctx.reply(
      invalidMessage(
        [[note, t(actor.lang, "teamForecast.noReps")].filter(Boolean).join(" ")],
        undefined,
        actor.lang,
      ),
    );
  const forecast = await readerOf(services).read("teamForecast", {
    at,
    settings,
    managerId: actor.id,
    repIds: actor.reportIds,
  });
  return ctx.reply(teamForecastMessage(forecast, note, actor.lang));
}
