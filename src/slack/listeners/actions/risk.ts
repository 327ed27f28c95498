import { z } from "zod";
import { loadActor, mayActFor, refusalFor } from "../../../domain/deals/actor.js";
import { getDeal } from "../../../domain/deals/get-deals.js";
import { commitOnRiskAlert } from "../../../domain/nudges/confirm-on-nudge.js";
import { getTeamSettings } from "../../../domain/settings/get-team-settings.js";
import { t } from "../../../i18n/t.js";
import { withDirectory } from "../../../notify/directory.js";
import { refreshHomes } from "../../../notify/publish-home.js";
import type { Services } from "../../../services.js";
import { refreshNudge } from "../../nudges/refresh-nudge.js";
import { notice } from "../../views/change-message.js";
import { refusalText } from "../../views/refusal.js";
import { buttonListener } from "./button.js";

const valueSchema = z.object({ k: z.string().min(1), deal: z.number().int().positive() });

/** "Confirm for <month>" on a risk alert: the owner commits the deal to this month (and it counts as an update). */
export const riskCommit = (services: Services) =>
  buttonListener(services, valueSchema, async ({ value, userId, reply, services }) => {
    const settings = await getTeamSettings(services);
    const actor = await loadActor(withDirectory(services), userId, settings.timezone, settings.language);
    const deal = await getDeal(services, value.deal);
    if (!deal) return reply(notice(t(actor.lang, "reply.dealGone")));
    if (!mayActFor(actor, deal.ownerId))
      return reply(
        notice(`:no_entry: ${refusalText(refusalFor(actor, deal.ownerId, `“${deal.name}”`), actor.lang)}`),
      );
    const marked = await commitOnRiskAlert(services, { key: value.k, actor, deal });
    if (marked) await refreshNudge(services, marked.delivery, marked.payload);
    await refreshHomes(services, [actor.id]);
  });
