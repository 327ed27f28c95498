import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { findDeal } from "../../../db/deals.js";
import { loadCatalog } from "../../../domain/catalog/load-catalog.js";
import type { Services } from "../../../services.js";
import { notice } from "../../views/change-message.js";
import { dealFormView, formValuesOf } from "../../views/deal-form.js";
import { replier } from "../replier.js";
import { withErrorReply } from "../reply-errors.js";

/** "Update" next to a deal (Home tab, /deal show): opens the update form, prefilled. */
export function editButton(services: Services) {
  return async ({
    ack,
    body,
    action,
    respond,
  }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs) => {
    await ack();
    const reply = replier(services, body.user.id, body.response_url ? respond : undefined);
    await withErrorReply(services.logger, reply, async () => {
      const [deal, catalog] = await Promise.all([
        findDeal(services.db, Number(action.value)),
        loadCatalog(services),
      ]);
      if (!deal) return reply(notice("That deal no longer exists."));
      await services.slack.views.open({
        trigger_id: body.trigger_id,
        view: dealFormView({
          mode: "update",
          dealId: deal.id,
          catalog,
          values: formValuesOf(deal),
          metadata: {
            dealId: deal.id,
            version: deal.version,
            ...(body.response_url ? { responseUrl: body.response_url } : {}),
          },
        }),
      });
    });
  };
}
