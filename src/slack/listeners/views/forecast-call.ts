import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import { loadActor } from "../../../domain/deals/actor.js";
import { recordCall } from "../../../domain/forecast/record-call.js";
import { getTeamSettings } from "../../../domain/settings/get-team-settings.js";
import { renderProblem } from "../../../i18n/problem.js";
import { t } from "../../../i18n/t.js";
import { withDirectory } from "../../../notify/directory.js";
import { refreshHomes } from "../../../notify/publish-home.js";
import { stripControls } from "../../../parse/clean-text.js";
import type { Services } from "../../../services.js";
import { viewStateSchema } from "../../forms/read-deal-form.js";
import { FORECAST_CALL_FORM, VALUE } from "../../ids.js";

/** Submit of the manager's forecast-call form (from the Home tab): records the call, then redraws Home. */
export function forecastCallSubmitted(services: Services) {
  return async ({ ack, body, view }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs) => {
    const state = viewStateSchema.safeParse(view.state.values);
    const values = state.success ? state.data : {};
    const amount = stripControls(values[FORECAST_CALL_FORM.amount]?.[VALUE]?.value ?? "").trim();
    const period =
      values[FORECAST_CALL_FORM.period]?.[VALUE]?.selected_option?.value === "quarter" ? "quarter" : "month";
    const settings = await getTeamSettings(services);
    const actor = await loadActor(
      withDirectory(services),
      body.user.id,
      settings.timezone,
      settings.language,
    );
    if (actor.role === "rep")
      return ack({
        response_action: "errors",
        errors: { [FORECAST_CALL_FORM.amount]: t(actor.lang, "homeForecast.managersOnly") },
      });
    const outcome = await recordCall(services, { managerId: actor.id, amount, period, settings });
    if (!outcome.ok)
      return ack({
        response_action: "errors",
        errors: {
          [FORECAST_CALL_FORM.amount]:
            outcome.problem === "amount"
              ? renderProblem(actor.lang, outcome.amountProblem)
              : t(actor.lang, "homeForecast.currency", { currency: outcome.currency }),
        },
      });
    await ack({ response_action: "clear" });
    await refreshHomes(services, [actor.id]);
  };
}
