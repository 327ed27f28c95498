import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import { loadCatalog } from "../../../domain/catalog/load-catalog.js";
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
import { changeMessage } from "../../views/change-message.js";
import { refusalText } from "../../views/refusal.js";
import { replierForUrl } from "../replier.js";

/** Submit of the "why was it lost?" picker. */
export function lostFormSubmitted(services: Services) {
  return async ({ ack, body, view }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs) => {
    const metadata = readMetadata(view.private_metadata);
    const [settings, catalog] = await Promise.all([getTeamSettings(services), loadCatalog(services)]);
    const state = viewStateSchema.safeParse(view.state.values);
    const values = state.success ? state.data : {};
    const actor = await loadActor(
      withDirectory(services),
      body.user.id,
      settings.timezone,
      settings.language,
    );
    const reasonId = Number(values[DEAL_FORM.lossReason]?.[VALUE]?.selected_option?.value);
    const reason = catalog.lossReasons.find((r) => r.id === reasonId);
    if (!reason)
      return ack({
        response_action: "errors",
        errors: { [DEAL_FORM.lossReason]: t(actor.lang, "lostForm.reason.missing") },
      });
    const lost = catalog.stages.find((s) => s.kind === "lost");
    if (!lost)
      return ack({
        response_action: "errors",
        errors: { [DEAL_FORM.lossReason]: t(actor.lang, "lostForm.noLostStage") },
      });
    const note = stripControls(values[DEAL_FORM.lossNote]?.[VALUE]?.value ?? "").trim() || null;
    const outcome = await changeDeal(withDirectory(services), {
      actor,
      deal: Number(metadata.dealId),
      request: { stageId: lost.id, lossReasonId: reason.id, lossNote: note },
      source: "modal",
      ...(metadata.version ? { expectedVersion: metadata.version } : {}),
      requestKey: `view:${view.id}`,
    });
    if (outcome.kind === "refused")
      return ack({
        response_action: "errors",
        errors: { [DEAL_FORM.lossReason]: refusalText(outcome.refusal, actor.lang, "someoneElse") },
      });
    if (outcome.kind === "conflict") {
      return ack({
        response_action: "errors",
        errors: {
          [DEAL_FORM.lossReason]: t(actor.lang, "lostForm.conflict"),
        },
      });
    }
    if (outcome.kind === "invalid")
      return ack({
        response_action: "errors",
        errors: { [DEAL_FORM.lossReason]: outcome.errors.map((e) => e.message).join(" ") },
      });
    await ack({ response_action: "clear" });
    if (outcome.kind === "changed") {
      await replierForUrl(
        services,
        body.user.id,
        metadata.responseUrl,
      )(
        changeMessage({
          kind: "lost",
          deal: outcome.deal,
          changes: outcome.changes,
          eventId: outcome.eventId,
          catalog,
          lang: actor.lang,
        }),
      );
      await refreshHomes(services, [...new Set([body.user.id, outcome.deal.ownerId])]);
      await noteOnNudge(services, metadata.nudgeKey, outcome.deal.id, "lost");
    }
  };
}
