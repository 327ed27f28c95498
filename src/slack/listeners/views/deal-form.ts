import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import { loadCatalog } from "../../../domain/catalog/load-catalog.js";
import { loadActor } from "../../../domain/deals/actor.js";
import { type ChangeOutcome, changeDeal } from "../../../domain/deals/change-deal.js";
import { createDeal } from "../../../domain/deals/create-deal.js";
import { namesOf } from "../../../domain/deals/get-deals.js";
import type { FieldError } from "../../../domain/deals/plan-change.js";
import { formSavedFromNudge } from "../../../domain/nudges/confirm-on-nudge.js";
import { getTeamSettings } from "../../../domain/settings/get-team-settings.js";
import type { Lang } from "../../../i18n/languages.js";
import { translator } from "../../../i18n/t.js";
import { withDirectory } from "../../../notify/directory.js";
import { refreshHomes } from "../../../notify/publish-home.js";
import type { Services } from "../../../services.js";
import { tellIfSavedEarlier } from "../../commands/after-change.js";
import { readMetadata } from "../../forms/metadata.js";
import { FORM_BLOCK_OF, type FormErrors, readDealForm } from "../../forms/read-deal-form.js";
import { DEAL_FORM } from "../../ids.js";
import { workOf } from "../../middleware/index.js";
import { noteOnNudge } from "../../nudges/refresh-nudge.js";
import { changeMessage, fieldErrorText } from "../../views/change-message.js";
import { describeChanges } from "../../views/format.js";
import { refusalText } from "../../views/refusal.js";
import { replierForUrl } from "../replier.js";

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

const toFormErrors = (errors: FieldError[], lang: Lang): FormErrors =>
  Object.fromEntries(errors.map((e) => [FORM_BLOCK_OF[e.field] ?? DEAL_FORM.name, fieldErrorText(e, lang)]));

/**
 * Submit of the create/update form. Checked and saved before the ack, so
 * problems come back inline on their fields and nothing is saved until valid.
 */
export function dealFormSubmitted(services: Services, mode: "create" | "update") {
  return async ({ ack, body, view, context }: Args) => {
    const userId = body.user.id;
    const metadata = readMetadata(view.private_metadata);
    const [settings, catalog] = await Promise.all([getTeamSettings(services), loadCatalog(services)]);
    const actor = await loadActor(withDirectory(services), userId, settings.timezone, settings.language);
    const tr = translator(actor.lang);
    const form = readDealForm(view.state.values, catalog, metadata.category, actor.lang);
    if (!form.ok) return ack({ response_action: "errors", errors: form.errors });
    const requestKey = `view:${view.id}`;

    if (mode === "create") {
      const created = await createDeal(withDirectory(services), {
        actor,
        request: form.request,
        source: "modal",
        requestKey,
        currency: settings.currency,
      });
      if (created.kind === "invalid")
        return ack({ response_action: "errors", errors: toFormErrors(created.errors, actor.lang) });
      if (created.kind === "refused")
        return ack({
          response_action: "errors",
          errors: { [DEAL_FORM.owner]: refusalText(created.refusal, actor.lang, "thatPerson") },
        });
      await ack({ response_action: "clear" });
      if (created.kind === "duplicate")
        return tellIfSavedEarlier(
          replierForUrl(services, userId, metadata.responseUrl),
          workOf(context),
          actor.lang,
        );
      await replierForUrl(
        services,
        userId,
        metadata.responseUrl,
      )(
        changeMessage({
          kind: "created",
          deal: created.deal,
          changes: created.changes,
          eventId: created.eventId,
          catalog,
          lang: actor.lang,
        }),
      );
      return refreshHomes(services, [...new Set([userId, created.deal.ownerId])]);
    }

    const outcome: ChangeOutcome = await changeDeal(withDirectory(services), {
      actor,
      deal: Number(metadata.dealId),
      request: form.request,
      source: "modal",
      ...(metadata.version ? { expectedVersion: metadata.version } : {}),
      requestKey,
    });
    switch (outcome.kind) {
      case "invalid":
        return ack({ response_action: "errors", errors: toFormErrors(outcome.errors, actor.lang) });
      case "refused":
        return ack({
          response_action: "errors",
          errors: { [DEAL_FORM.name]: refusalText(outcome.refusal, actor.lang, "someoneElse") },
        });
      case "not-found":
        return ack({
          response_action: "errors",
          errors: { [DEAL_FORM.name]: tr("form.deal.gone") },
        });
      case "conflict": {
        // Show, on each field someone else changed, what they changed; save nothing.
        const names = await namesOf(
          services,
          outcome.since.flatMap((e) => (e.actorId ? [e.actorId] : [])),
        );
        const errors: FormErrors = {};
        for (const event of outcome.since) {
          const who = event.actorId ? (names.get(event.actorId) ?? tr("form.deal.someone")) : "Dealbot";
          for (const [field, change] of Object.entries(event.changes)) {
            const line = describeChanges(
              { [field]: change },
              { catalog, currency: outcome.deal.currency, lang: actor.lang },
            )[0];
            const block = FORM_BLOCK_OF[field];
            if (!line || !block) continue;
            errors[block] = tr("form.deal.changedBy", { who, change: line.replace(/[*_]/g, "") });
          }
        }
        if (Object.keys(errors).length === 0) {
          errors[DEAL_FORM.name] = tr("form.deal.changed");
        }
        return ack({ response_action: "errors", errors });
      }
      default:
        await ack({ response_action: "clear" });
    }
    if (outcome.kind === "duplicate")
      await tellIfSavedEarlier(
        replierForUrl(services, userId, metadata.responseUrl),
        workOf(context),
        actor.lang,
      );
    if (outcome.kind === "changed") {
      await replierForUrl(
        services,
        userId,
        metadata.responseUrl,
      )(
        changeMessage({
          kind: outcome.changes.status ? String(outcome.changes.status.to) : "updated",
          deal: outcome.deal,
          changes: outcome.changes,
          eventId: outcome.eventId,
          catalog,
          lang: actor.lang,
        }),
      );
      await refreshHomes(services, [...new Set([userId, outcome.deal.ownerId, outcome.before.ownerId])]);
    }
    if (metadata.nudgeKey && (outcome.kind === "changed" || outcome.kind === "unchanged")) {
      const mark = await formSavedFromNudge(services, {
        userId,
        deal: outcome.deal,
        changed: outcome.kind === "changed",
        requestKey,
      });
      await noteOnNudge(services, metadata.nudgeKey, outcome.deal.id, mark);
    }
  };
}
