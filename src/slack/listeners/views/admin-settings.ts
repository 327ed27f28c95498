import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import { saveTeamSettings } from "../../../domain/admin/save-team-settings.js";
import { getTeamSettings } from "../../../domain/settings/get-team-settings.js";
import type { Lang } from "../../../i18n/languages.js";
import { t } from "../../../i18n/t.js";
import { channelsToInvite } from "../../../notify/channels-to-invite.js";
import { ensureUser } from "../../../notify/ensure-user.js";
import { storedLanguage } from "../../../notify/user-language.js";
import type { Services } from "../../../services.js";
import { readMetadata } from "../../forms/metadata.js";
import { adminFormErrors, readAdminForm } from "../../forms/read-admin-form.js";
import { ADMIN_FORM } from "../../ids.js";
import { teamSettingsSavedMessage } from "../../views/admin-saved.js";
import { privateChannelsMessage } from "../../views/pickers.js";
import { type Reply, replierForUrl } from "../replier.js";

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/**
 * Submit of the team settings modal. Checked and saved before the ack, so
 * every problem comes back inline on its block and nothing is saved until all
 * is right; then the modal closes and the admin gets a summary.
 */
export function adminSettingsSubmitted(services: Services) {
  return async ({ ack, body, view }: Args) => {
    const userId = body.user.id;
    const { lang } = await storedLanguage(services, userId);
    const form = readAdminForm(view.state.values, lang);
    if (!form.ok) return ack({ response_action: "errors", errors: form.errors });
    const outcome = await saveTeamSettings(services, { actorId: userId, input: form.input });
    if (outcome.kind === "refused")
      return ack({
        response_action: "errors",
        errors: { [ADMIN_FORM.timezone]: t(lang, "admin.form.refused") },
      });
    if (outcome.kind === "invalid")
      return ack({ response_action: "errors", errors: adminFormErrors(outcome.problems, lang) });
    await ack({ response_action: "clear" });
    const { responseUrl } = readMetadata(view.private_metadata);
    const reply = replierForUrl(services, userId, responseUrl);
    await reply(teamSettingsSavedMessage(outcome.summary, lang));
    await warnAboutPrivateChannels(services, userId, reply, lang);
    // People first met in this form were saved under their id: fetch their names now, after the ack.
    await Promise.all(outcome.newUserIds.map((id) => ensureUser(services, id)));
  };
}

/**
 * After the save: each private channel the settings now post to that Dealbot is not in gets a
 * line telling the admin, in their language, to invite it. Advice only: a failure here is
 * logged and the save stands.
 */
async function warnAboutPrivateChannels(
  services: Services,
  userId: string,
  reply: Reply,
  lang: Lang,
): Promise<void> {
  try {
    const { channels, winChannel } = await getTeamSettings(services);
    const uninvited = await channelsToInvite(services, [
      ...channels.digest,
      ...[channels.alerts, channels.nps, winChannel].filter((c): c is string => Boolean(c)),
    ]);
    if (uninvited.length === 0) return;
    await reply(privateChannelsMessage(uninvited, lang));
  } catch (error) {
    services.logger.warn({ err: error, user: userId }, "could not warn an admin about private channels");
  }
}
