import { recordForecastCall } from "../../db/forecast-team.js";
import { digestPeriods } from "../../domain/digest/periods.js";
import { formatAmount, parseAmount } from "../../parse/amount.js";
import type { DealCommand } from "../../parse/deal-command.js";
import { readerOf } from "../../reads/heavy-reads.js";
import { invalidMessage } from "../views/change-message.js";
import { teamForecastMessage } from "../views/team-forecast.js";
import type { CommandContext } from "./context.js";

const NOT_A_MANAGER =
  "/deal forecast team is for managers: it rolls up your reps' forecasts. Yours is /deal forecast. An admin sets up teams in /deal admin.";

/** `/deal forecast team` and `/deal forecast team call <amount> [month|quarter]`. */
export async function forecastTeamCommand(
  ctx: CommandContext,
  cmd: Extract<DealCommand, { kind: "forecast-team" | "forecast-call" }>,
): Promise<void> {
  const { actor, services, settings } = ctx;
  if (actor.role === "rep") return ctx.reply(invalidMessage([NOT_A_MANAGER]));
  const at = services.clock.now();
  let note: string | undefined;
  if (cmd.kind === "forecast-call") {
    const amount = parseAmount(cmd.amount, { defaultCurrency: settings.currency });
    if (!amount.ok) return ctx.reply(invalidMessage([amount.error]));
    if (amount.value.currency !== settings.currency)
      return ctx.reply(invalidMessage([`Record the call in the team currency, ${settings.currency}.`]));
    const periods = digestPeriods(at, settings.timezone);
    const period = cmd.period === "quarter" ? periods.quarter.key : periods.month.key;
    await recordForecastCall(services.db, {
      subject: actor.id,
      period,
      amountMinor: amount.value.minor,
      currency: settings.currency,
      recordedAt: at,
    });
    note = `:white_check_mark: Your call for ${period}: ${formatAmount(amount.value.minor, settings.currency, settings.locale)}.`;
  }
  if (actor.reportIds.length === 0)
    return ctx.reply(
      invalidMessage([
        `${note ? `${note} ` : ""}No reps on your team yet: an admin adds them in /deal admin.`,
      ]),
    );
  const forecast = await readerOf(services).read("teamForecast", {
    at,
    settings,
    managerId: actor.id,
    repIds: actor.reportIds,
  });
  return ctx.reply(teamForecastMessage(forecast, note));
}
