import type { DealCommand } from "../../parse/deal-command.js";
import { readerOf } from "../../reads/heavy-reads.js";
import { repForecastMessage } from "../views/rep-forecast.js";
import type { CommandContext } from "./context.js";

/** `/deal forecast`: your own month and quarter: won, weighted open, target, gap and the deals that would close it. */
export async function forecastCommand(
  ctx: CommandContext,
  _cmd: Extract<DealCommand, { kind: "forecast" }>,
): Promise<void> {
  const forecast = await readerOf(ctx.services).read("repForecast", {
    at: ctx.services.clock.now(),
    settings: ctx.settings,
    userId: ctx.actor.id,
  });
  return ctx.reply(repForecastMessage(forecast));
}
