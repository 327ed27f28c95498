import { z } from "zod";
import { loadCatalog } from "../../../domain/catalog/load-catalog.js";
import { type Actor, loadActor, mayActFor, refusalFor } from "../../../domain/deals/actor.js";
import { changeDeal } from "../../../domain/deals/change-deal.js";
import { getDeal } from "../../../domain/deals/get-deals.js";
import { confirmOnNudge } from "../../../domain/nudges/confirm-on-nudge.js";
import { markNudge, withDone } from "../../../domain/nudges/mark-nudge.js";
import { getTeamSettings } from "../../../domain/settings/get-team-settings.js";
import { t } from "../../../i18n/t.js";
import { withDirectory } from "../../../notify/directory.js";
import { refreshHomes } from "../../../notify/publish-home.js";
import { todayIn } from "../../../parse/date.js";
import type { AfterAckOptions, Services } from "../../../services.js";
import { escapeMrkdwn } from "../../mrkdwn.js";
import { refreshNudge } from "../../nudges/refresh-nudge.js";
import { notice } from "../../views/change-message.js";
import { updateFormView } from "../../views/deal-form.js";
import { lostFormView } from "../../views/lost-form.js";
import { pushFormView } from "../../views/push-form.js";
import { refusalText } from "../../views/refusal.js";
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
      const actor = await loadActor(withDirectory(services), userId, settings.timezone, settings.language);
      const deal = value.deal ? await getDeal(services, value.deal) : null;
      if (value.deal && !deal) return reply(notice(t(actor.lang, "reply.dealGone")));
      if (deal && !mayActFor(actor, deal.ownerId)) {
        return reply(
          notice(`:no_entry: ${refusalText(refusalFor(actor, deal.ownerId, `“${deal.name}”`), actor.lang)}`),
        );
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
  deal: Awaited<ReturnType<typeof getDeal>>;
  actor: Actor;
  triggerId: string;
  reply: Reply;
  actionTs: string;
}

/** Confirms on the nudge (domain), then redraws it and the Home tab. */
async function confirm(
  services: Services,
  input: Parameters<typeof confirmOnNudge>[1],
  reply: Reply,
): Promise<void> {
  const outcome = await confirmOnNudge(services, input);
  if (outcome.status === "expired") return reply(notice(t(input.actor.lang, "reply.nudgeExpired")));
  if (outcome.marked) await refreshNudge(services, outcome.marked.delivery, outcome.marked.payload);
  await refreshHomes(services, [input.actor.id]);
}

/** "Still on track": a confirmation that resets the deal's staleness. */
export const nudgeConfirm = (services: Services) =>
  nudgeButton(services, async ({ services, key, deal, actor, reply }) => {
    if (deal) await confirm(services, { key, actor, deals: [deal] }, reply);
  });

/** "All on track": confirms every deal of the message not handled yet. */
export const nudgeAll = (services: Services) =>
  nudgeButton(services, async ({ services, key, actor, reply }) => {
    await confirm(services, { key, actor, deals: "open" }, reply);
  });

/** "Won" (past-due deals): moves the deal to the won stage, then marks it on the nudge. */
export const nudgeWon = (services: Services) =>
  nudgeButton(services, async ({ services, key, deal, actor, reply }) => {
    if (!deal) return;
    const { stages } = await loadCatalog(services);
    const won = stages.find((s) => s.kind === "won");
    if (!won) return reply(notice(t(actor.lang, "reply.noWonStage")));
    const outcome = await changeDeal(withDirectory(services), {
      actor,
      deal,
      stages,
      request: { stageId: won.id },
      source: "button",
      requestKey: `nudge-won:${key}:${deal.id}`,
    });
    if (outcome.kind === "refused")
      return reply(notice(`:no_entry: ${refusalText(outcome.refusal, actor.lang)}`));
    if (outcome.kind === "changed" || outcome.kind === "unchanged" || outcome.kind === "duplicate") {
      const marked = await markNudge(services, { key, update: withDone([deal.id], "won") });
      if (marked) await refreshNudge(services, marked.delivery, marked.payload);
      await refreshHomes(services, [actor.id]);
      return;
    }
    return reply(
      notice(
        t(actor.lang, "reply.changedSinceMessage", { deal: escapeMrkdwn(deal.name), id: String(deal.id) }),
      ),
    );
  });

/** "Update…": the update form; saving it marks the deal on the nudge. */
export const nudgeUpdate = (services: Services) =>
  nudgeButton(
    services,
    async ({ services, key, deal, actor, triggerId }) => {
      if (!deal) return;
      await services.slack.views.open({
        trigger_id: triggerId,
        view: updateFormView(deal, await loadCatalog(services), { nudgeKey: key }, actor.lang),
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
          lang: actor.lang,
        }),
      });
    },
    { opensForm: true },
  );

/** "Lost…": the team's loss reasons. */
export const nudgeLost = (services: Services) =>
  nudgeButton(
    services,
    async ({ services, key, deal, actor, triggerId }) => {
      if (!deal) return;
      const catalog = await loadCatalog(services);
      await services.slack.views.open({
        trigger_id: triggerId,
        view: lostFormView({
          deal,
          reasons: catalog.lossReasons,
          metadata: { dealId: deal.id, version: deal.version, nudgeKey: key },
          lang: actor.lang,
        }),
      });
    },
    { opensForm: true },
  );
