import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { loadCatalog } from "../../../domain/catalog/load-catalog.js";
import { getTeamSettings } from "../../../domain/settings/get-team-settings.js";
import { personLanguage } from "../../../i18n/languages.js";
import { ensureUser } from "../../../notify/ensure-user.js";
import { publishHome } from "../../../notify/publish-home.js";
import { storedLanguage } from "../../../notify/user-language.js";
import type { Services } from "../../../services.js";
import { dealFormView } from "../../views/deal-form.js";
import { forecastCallModal } from "../../views/home-forecast.js";

/** Home tab: "Refresh". */
export function homeRefreshButton(services: Services) {
  return async ({ ack, body }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs) => {
    await ack();
    await publishHome(services, body.user.id);
  };
}

/** Home tab: "New deal" opens the create form. */
export function homeNewButton(services: Services) {
  return async ({ ack, body }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs) => {
    await ack();
    const [catalog, settings, { lang }] = await Promise.all([
      loadCatalog(services),
      getTeamSettings(services),
      storedLanguage(services, body.user.id),
    ]);
    await services.slack.views.open({
      trigger_id: body.trigger_id,
      view: dealFormView({
        mode: "create",
        catalog,
        values: {
          currency: settings.currency,
          ownerId: body.user.id,
          stageId: catalog.stages.find((s) => s.kind === "open")?.id,
        },
        metadata: {},
        lang,
      }),
    });
  };
}

/** Home (managers): "Record your call" opens the forecast-call form. */
export function homeForecastCallButton(services: Services) {
  return async ({ ack, body }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs) => {
    await ack();
    const [user, settings] = await Promise.all([
      ensureUser(services, body.user.id),
      getTeamSettings(services),
    ]);
    await services.slack.views.open({
      trigger_id: body.trigger_id,
      view: forecastCallModal(personLanguage(user, settings.language), settings.currency),
    });
  };
}
