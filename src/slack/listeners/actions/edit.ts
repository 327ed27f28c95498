import { z } from "zod";
import { loadCatalog } from "../../../domain/catalog/load-catalog.js";
import { getDeal } from "../../../domain/deals/get-deals.js";
import { storedLanguage } from "../../../notify/user-language.js";
import type { Services } from "../../../services.js";
import { notice } from "../../views/change-message.js";
import { updateFormView } from "../../views/deal-form.js";
import { buttonListener } from "./button.js";

/** "Update" next to a deal (Home tab, /deal show): opens the update form, prefilled. */
export const editButton = (services: Services) =>
  buttonListener(
    services,
    z.coerce.number().int().positive(),
    async (click) => {
      const { services } = click;
      const [deal, catalog, { lang }] = await Promise.all([
        getDeal(services, click.value),
        loadCatalog(services),
        storedLanguage(services, click.userId),
      ]);
      if (!deal) return click.reply(notice("That deal no longer exists."));
      await services.slack.views.open({
        trigger_id: click.triggerId,
        view: updateFormView(
          deal,
          catalog,
          click.responseUrl ? { responseUrl: click.responseUrl } : {},
          lang,
        ),
      });
    },
    { opensForm: true },
  );
