import { z } from "zod";
import { findDeal } from "../../../db/deals.js";
import { recordConfirmation } from "../../../db/staleness.js";
import { loadActor, mayActFor, refusalFor } from "../../../domain/deals/actor.js";
import { markNudge, withDone } from "../../../domain/nudges/mark-nudge.js";
import { getTeamSettings } from "../../../domain/settings/get-team-settings.js";
import type { Services } from "../../../services.js";
import { refreshHomes } from "../../home/publish-home.js";
import { refreshNudge } from "../../nudges/refresh-nudge.js";
import { notice } from "../../views/change-message.js";
import { buttonListener } from "./button.js";

const valueSchema = z.object({ k: z.string().min(1), deal: z.number().int().positive() });

/** "Confirm for <month>" on a risk alert: the owner commits the deal to this month (and it counts as an update). */
export const riskCommit = (services: Services) =>
  buttonListener(services, valueSchema, async ({ value, userId, reply, services }) => {
    const settings = await getTeamSettings(services);
    const actor = await loadActor(services, userId, settings.timezone, settings.language);
    const deal = await findDeal(services.db, value.deal);
    if (!deal) return reply(notice("That deal no longer exists."));
    if (!mayActFor(actor, deal.ownerId))
      return reply(notice(`:no_entry: ${refusalFor(actor, deal.ownerId, `“${deal.name}”`)}`));
    const marked = await markNudge(services, { key: value.k, update: withDone([deal.id], "committed") });
    await recordConfirmation(services.db, {
      dealId: deal.id,
      actorId: actor.id,
      source: "button",
      at: services.clock.now(),
      requestKey: `risk-commit:${value.k}:${deal.id}`,
      committedMonth: marked?.payload.month ?? deal.closeOn.slice(0, 7),
    });
    if (marked) await refreshNudge(services, marked.delivery, marked.payload);
    await refreshHomes(services, [actor.id]);
  });
