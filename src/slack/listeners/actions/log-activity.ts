import { z } from "zod";
import { openDealsToLog } from "../../../domain/activities/log-activity.js";
import { loadActor } from "../../../domain/deals/actor.js";
import { getDeal } from "../../../domain/deals/get-deals.js";
import { getTeamSettings } from "../../../domain/settings/get-team-settings.js";
import { t } from "../../../i18n/t.js";
import { withDirectory } from "../../../notify/directory.js";
import type { Services } from "../../../services.js";
import { LIMITS } from "../../limits.js";
import { notice } from "../../views/change-message.js";
import { logActivityFormView } from "../../views/log-activity-form.js";
import { buttonListener } from "./button.js";

/** "Log activity" on a deal (its reply, /deal show) or on the Home tab (no deal: the form asks). */
export const logActivityButton = (services: Services) =>
  buttonListener(
    services,
    z.union([z.literal(""), z.coerce.number().int().positive()]),
    async (click) => {
      const { services } = click;
      const settings = await getTeamSettings(services);
      const actor = await loadActor(
        withDirectory(services),
        click.userId,
        settings.timezone,
        settings.language,
      );
      const metadata = click.responseUrl ? { responseUrl: click.responseUrl } : {};
      if (click.value === "") {
        const choices = await openDealsToLog(services, actor.id, LIMITS.optionsPerSelect);
        if (choices.length === 0) return click.reply(notice(t(actor.lang, "activity.noDeals")));
        return services.slack.views.open({
          trigger_id: click.triggerId,
          view: logActivityFormView({ lang: actor.lang, choices, metadata }),
        });
      }
      const deal = await getDeal(services, click.value);
      if (!deal) return click.reply(notice(t(actor.lang, "reply.dealGone")));
      await services.slack.views.open({
        trigger_id: click.triggerId,
        view: logActivityFormView({ lang: actor.lang, deal, metadata }),
      });
    },
    { opensForm: true },
  );
