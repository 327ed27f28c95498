import { z } from "zod";
import { findDeal } from "../../../db/deals.js";
import { recordConfirmation } from "../../../db/staleness.js";
import { loadCatalog } from "../../../domain/catalog/load-catalog.js";
import { type Actor, loadActor, mayActFor, refusalFor } from "../../../domain/deals/actor.js";
import { markNudge, withDone } from "../../../domain/nudges/mark-nudge.js";
import { getTeamSettings } from "../../../domain/settings/get-team-settings.js";
import { todayIn } from "../../../parse/date.js";
import type { AfterAckOptions, Services } from "../../../services.js";
import { refreshHomes } from "../../home/publish-home.js";
import { refreshNudge } from "../../nudges/refresh-nudge.js";
import { notice } from "../../views/change-message.js";
import { updateFormView } from "../../views/deal-form.js";
import { lostFormView } from "../../views/lost-form.js";
import { pushFormView } from "../../views/push-form.js";
import type { Reply } from "../replier.js";
import { buttonListener } from "./button.js";

const valueSchema = z.object({ k: z.string().min(1), deal: z.number().int().positive().optional() });

/** Shared shape of every nudge button: read the value, check the clicker may act on the deal. */
function nudgeButton(
  services: Services,
  handle: (input: Handled) => Promise<void>,
  options: AfterAckOptions = {},
) {
  return buttonListener(
    services,
    valueSchema,
    async ({ value, userId, triggerId, reply, actionTs, services }) => {
      const settings = await getTeamSettings(services);
      const actor = await loadActor(services, userId, settings.timezone, settings.language);
      const deal = value.deal ? await findDeal(services.db, value.deal) : null;
      if (value.deal && !deal) return reply(notice("That deal no longer exists."));
      if (deal && !mayActFor(actor, deal.ownerId)) {
        return reply(notice(`:no_entry: ${refusalFor(actor, deal.ownerId, `“${deal.name}”`)}`));
      }
      await handle({ services, key: value.k, deal, actor, triggerId, reply, actionTs });
    },
    options,
  );
}

interface Handled {
  /** The services the click's work runs with (see buttonListener). */
  services: Services;
  key: string;
  deal: Awaited<ReturnType<typeof findDeal>>;
  actor: Actor;
  triggerId: string;
  reply: Reply;
  actionTs: string;
}

async function confirmAndMark(services: Services, key: string, actor: Actor, dealIds: number[]) {
  for (const dealId of dealIds) {
    await recordConfirmation(services.db, {
      dealId,
      actorId: actor.id,
      source: "button",
      at: services.clock.now(),
      requestKey: `nudge-confirm:${key}:${dealId}`,
    });
  }
  const marked = await markNudge(services, { key, update: withDone(dealIds, "confirmed") });
  if (marked) await refreshNudge(services, marked.delivery, marked.payload);
  await refreshHomes(services, [actor.id]);
}

/** "Still on track": a confirmation that resets the deal's staleness. */
export const nudgeConfirm = (services: Services) =>
  nudgeButton(services, async ({ services, key, deal, actor }) => {
    if (deal) await confirmAndMark(services, key, actor, [deal.id]);
  });

/** "All on track": confirms every deal of the message not handled yet. */
export const nudgeAll = (services: Services) =>
  nudgeButton(services, async ({ services, key, actor, reply }) => {
    const marked = await markNudge(services, { key, update: (p) => p });
    if (!marked) return reply(notice("This nudge has expired."));
    const open = marked.payload.dealIds.filter((id) => !marked.payload.done[String(id)]);
    const own = [];
    for (const id of open) {
      const deal = await findDeal(services.db, id);
      if (deal && mayActFor(actor, deal.ownerId)) own.push(id);
    }
    await confirmAndMark(services, key, actor, own);
  });

/** "Update…": the update form; saving it marks the deal on the nudge. */
export const nudgeUpdate = (services: Services) =>
  nudgeButton(
    services,
    async ({ services, key, deal, triggerId }) => {
      if (!deal) return;
      await services.slack.views.open({
        trigger_id: triggerId,
        view: updateFormView(deal, await loadCatalog(services), { nudgeKey: key }),
      });
    },
    { opensForm: true },
  );

/** "Push…": a date picker for a new close date. */
export const nudgePush = (services: Services) =>
  nudgeButton(
    services,
    async ({ services, key, deal, actor, triggerId }) => {
      if (!deal) return;
      await services.slack.views.open({
        trigger_id: triggerId,
        view: pushFormView({
          deal,
          today: todayIn(actor.timezone, services.clock.now()),
          metadata: { dealId: deal.id, version: deal.version, nudgeKey: key },
        }),
      });
    },
    { opensForm: true },
  );

/** "Lost…": the team's loss reasons. */
export const nudgeLost = (services: Services) =>
  nudgeButton(
    services,
    async ({ services, key, deal, triggerId }) => {
      if (!deal) return;
      const catalog = await loadCatalog(services);
      await services.slack.views.open({
        trigger_id: triggerId,
        view: lostFormView({
          deal,
          reasons: catalog.lossReasons,
          metadata: { dealId: deal.id, version: deal.version, nudgeKey: key },
        }),
      });
    },
    { opensForm: true },
  );
