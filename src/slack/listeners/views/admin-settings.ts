import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import { saveTeamSettings } from "../../../domain/admin/save-team-settings.js";
import { ensureUser } from "../../../notify/ensure-user.js";
import type { Services } from "../../../services.js";
import { readMetadata } from "../../forms/metadata.js";
import { adminFormErrors, readAdminForm } from "../../forms/read-admin-form.js";
import { ADMIN_FORM } from "../../ids.js";
import { teamSettingsSavedMessage } from "../../views/admin-saved.js";
import { replierForUrl } from "../replier.js";

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/**
 * Submit of the team settings modal. Checked and saved before the ack, so
 * every problem comes back inline on its block and nothing is saved until all
 * is right; then the modal closes and the admin gets a summary.
 */
export function adminSettingsSubmitted(services: Services) {
  return async ({ ack, body, view }: Args) => {
    const userId = body.user.id;
    const form = readAdminForm(view.state.values);
    if (!form.ok) return ack({ response_action: "errors", errors: form.errors });
    const outcome = await saveTeamSettings(services, { actorId: userId, input: form.input });
    if (outcome.kind === "refused")
      return ack({ response_action: "errors", errors: { [ADMIN_FORM.timezone]: outcome.message } });
    if (outcome.kind === "invalid")
      return ack({ response_action: "errors", errors: adminFormErrors(outcome.problems) });
    await ack({ response_action: "clear" });
    const { responseUrl } = readMetadata(view.private_metadata);
    await replierForUrl(services, userId, responseUrl)(teamSettingsSavedMessage(outcome.summary));
    // People first met in this form were saved under their id: fetch their names now, after the ack.
    await Promise.all(outcome.newUserIds.map((id) => ensureUser(services, id)));
  };
}
