import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import type { KnownBlock } from "@slack/types";
import { z } from "zod";
import { ACTIVITY_TYPES } from "../../../domain/activities/activity-stats.js";
import { logActivity } from "../../../domain/activities/log-activity.js";
import { loadActor } from "../../../domain/deals/actor.js";
import { getDeal } from "../../../domain/deals/get-deals.js";
import { getTeamSettings } from "../../../domain/settings/get-team-settings.js";
import { t } from "../../../i18n/t.js";
import { withDirectory } from "../../../notify/directory.js";
import { refreshHomes } from "../../../notify/publish-home.js";
import { stripControls } from "../../../parse/clean-text.js";
import type { Services } from "../../../services.js";
import { context, section } from "../../blocks.js";
import { readMetadata } from "../../forms/metadata.js";
import { viewStateSchema } from "../../forms/read-deal-form.js";
import { LOG_FORM, VALUE } from "../../ids.js";
import { workOf } from "../../middleware/index.js";
import { escapeMrkdwn } from "../../mrkdwn.js";
import { dealTitle } from "../../views/format.js";
import { activityTypeName } from "../../views/log-activity-form.js";
import { replierForUrl } from "../replier.js";

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/** What the form must hold; each field's problem is shown on its own block. */
const submission = z.object({
  dealId: z.coerce.number().int().positive(),
  type: z
    .enum(ACTIVITY_TYPES as [string, ...string[]])
    .transform((v) => v as (typeof ACTIVITY_TYPES)[number]),
  direction: z.enum(["in", "out"]).nullable(),
  note: z.string().max(2000).nullable(),
});

/**
 * Submit of "Log activity": records it exactly as `/deal log` does (same domain
 * function, same permissions, counts as activity on the deal). The view id is the
 * request key, so a submit Slack or the user sends twice logs once.
 */
export function logActivitySubmitted(services: Services) {
  return async ({ ack, body, view, context: boltContext }: Args) => {
    const metadata = readMetadata(view.private_metadata);
    const settings = await getTeamSettings(services);
    const actor = await loadActor(
      withDirectory(services),
      body.user.id,
      settings.timezone,
      settings.language,
    );
    const { lang } = actor;
    const dealBlock = metadata.dealId ? LOG_FORM.type : LOG_FORM.deal;
    const state = viewStateSchema.safeParse(view.state.values);
    if (!state.success)
      return ack({
        response_action: "errors",
        errors: { [LOG_FORM.type]: t(lang, "activity.error.unreadable") },
      });
    const get = (block: string) => state.data[block]?.[VALUE];
    const note = stripControls(get(LOG_FORM.note)?.value ?? "").trim();
    const parsed = submission.safeParse({
      dealId: metadata.dealId ?? get(LOG_FORM.deal)?.selected_option?.value,
      type: get(LOG_FORM.type)?.selected_option?.value,
      direction: get(LOG_FORM.direction)?.selected_option?.value ?? null,
      note: note || null,
    });
    if (!parsed.success) {
      const errors: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        if (field === "dealId") errors[dealBlock] = t(lang, "activity.error.deal");
        else if (field === "type") errors[LOG_FORM.type] = t(lang, "activity.error.type");
        else if (field === "note") errors[LOG_FORM.note] = issue.message;
        else errors[LOG_FORM.type] = t(lang, "activity.error.unreadable");
      }
      return ack({ response_action: "errors", errors });
    }
    const input = parsed.data;
    const deal = await getDeal(services, input.dealId);
    if (!deal)
      return ack({ response_action: "errors", errors: { [dealBlock]: t(lang, "activity.error.dealGone") } });
    const outcome = await logActivity(services, {
      actor,
      dealId: deal.id,
      type: input.type,
      direction: input.direction,
      note: input.note,
      requestKey: `view:${view.id}`,
    });
    await ack({ response_action: "clear" });
    // A repeat of a submit already recorded was answered the first time; work taken up
    // again after a failed reply says it now.
    if (!outcome.recorded && !workOf(boltContext)?.resumed) return;
    const type = activityTypeName(lang, input.type);
    const what = outcome.direction ? t(lang, `activity.what.${outcome.direction}`, { type }) : type;
    const text = t(lang, "activity.logged", { what, deal: dealTitle(deal) });
    const blocks: KnownBlock[] = [section(text)];
    if (input.note) blocks.push(context(escapeMrkdwn(input.note)));
    await replierForUrl(
      services,
      actor.id,
      metadata.responseUrl,
    )({ text: text.replace(/[*_`]/g, ""), blocks });
    await refreshHomes(services, [...new Set([actor.id, deal.ownerId])]);
  };
}
