import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import { loadActor } from "../../../domain/deals/actor.js";
import { changeDeal } from "../../../domain/deals/change-deal.js";
import { getTeamSettings } from "../../../domain/settings/get-team-settings.js";
import { t } from "../../../i18n/t.js";
import { withDirectory } from "../../../notify/directory.js";
import { refreshHomes } from "../../../notify/publish-home.js";
import { stripControls } from "../../../parse/clean-text.js";
import type { Services } from "../../../services.js";
import { readMetadata } from "../../forms/metadata.js";
import { viewStateSchema } from "../../forms/read-deal-form.js";
import { DEAL_FORM, VALUE } from "../../ids.js";
import { noteOnNudge } from "../../nudges/refresh-nudge.js";
import { refusalText } from "../../views/refusal.js";

/** Submit of "Push…": moves the expected close date (a push, counted as a risk signal). */
export function pushFormSubmitted(services: Services) {
  return async ({ ack, body, view }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs) => {
    const metadata = readMetadata(view.private_metadata);
    const state = viewStateSchema.safeParse(view.state.values);
    const values = state.success ? state.data : {};
    const settings = await getTeamSettings(services);
    const actor = await loadActor(
      withDirectory(services),
      body.user.id,
      settings.timezone,
      settings.language,
    );
    const date = values[DEAL_FORM.pushTo]?.[VALUE]?.selected_date;
    if (!date)
      return ack({
        response_action: "errors",
        errors: { [DEAL_FORM.pushTo]: t(actor.lang, "pushForm.date.missing") },
      });
    const typed = values[DEAL_FORM.next]?.[VALUE]?.value;
    const nextStep = typed == null ? undefined : stripControls(typed).trim();
    const outcome = await changeDeal(withDirectory(services), {
      actor,
      deal: Number(metadata.dealId),
      request: { closeOn: date, ...(nextStep !== undefined ? { nextStep: nextStep || null } : {}) },
      source: "button",
      ...(metadata.version ? { expectedVersion: metadata.version } : {}),
      requestKey: `view:${view.id}`,
    });
    if (outcome.kind === "invalid") {
      return ack({
        response_action: "errors",
        errors: { [DEAL_FORM.pushTo]: outcome.errors.map((e) => e.message).join(" ") },
      });
    }
    if (outcome.kind === "conflict") {
      return ack({
        response_action: "errors",
        errors: {
          [DEAL_FORM.pushTo]: t(actor.lang, "pushForm.conflict"),
        },
      });
    }
    if (outcome.kind === "refused")
      return ack({
        response_action: "errors",
        errors: { [DEAL_FORM.pushTo]: refusalText(outcome.refusal, actor.lang, "someoneElse") },
      });
    await ack({ response_action: "clear" });
    if (outcome.kind === "changed" || outcome.kind === "unchanged") {
      await noteOnNudge(services, metadata.nudgeKey, outcome.deal.id, `pushed:${outcome.deal.closeOn}`);
      await refreshHomes(services, [body.user.id]);
    }
  };
}
