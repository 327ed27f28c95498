import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { loadManagerTeams } from "../../../domain/admin/load-manager-teams.js";
import { DEFAULT_LANGUAGE, languageOf } from "../../../i18n/languages.js";
import { withDirectory } from "../../../notify/directory.js";
import { storedLanguage } from "../../../notify/user-language.js";
import type { Services } from "../../../services.js";
import { slackErrorCode } from "../../client.js";
import { readMetadata } from "../../forms/metadata.js";
import { readAdminForm } from "../../forms/read-admin-form.js";
import { adminFormView } from "../../views/admin-form.js";
import { replier } from "../replier.js";
import { withErrorReply } from "../reply-errors.js";

/**
 * The Managers picker of the team settings modal changed: re-render the modal
 * with a "Reps of" box per selected manager, keeping everything typed so far
 * (a new manager's box starts with their current reports).
 */
export function adminManagersChanged(services: Services) {
  return async ({ ack, body }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs) => {
    await ack();
    const view = body.view;
    if (!view) return;
    const form = readAdminForm(view.state.values);
    if (!form.ok) return;
    const { input } = form;
    await withErrorReply(services.logger, replier(services, body.user.id, undefined), async () => {
      const [teams, { lang }] = await Promise.all([
        loadManagerTeams(withDirectory(services), { managerIds: input.managerIds }),
        storedLanguage(services, body.user.id),
      ]);
      const managers = teams.map((team) => ({
        ...team,
        repIds: input.repsByManager[team.id] ?? team.repIds,
      }));
      try {
        await services.slack.views.update({
          view_id: view.id,
          hash: view.hash,
          view: adminFormView({
            values: {
              timezone: input.timezone,
              currency: input.currency,
              language: languageOf(input.language) ?? DEFAULT_LANGUAGE,
              digestChannels: input.digestChannels,
              alertsChannel: input.alertsChannel,
              npsChannel: input.npsChannel,
              stagesText: input.stagesText,
              lossReasonsText: input.lossReasonsText,
              managers,
            },
            metadata: readMetadata(view.private_metadata),
            lang,
          }),
        });
      } catch (error) {
        // Another change re-rendered the modal in between: don't overwrite it. At worst the boxes
        // lag one pick behind; a submit leaves the team of a manager without a box unchanged.
        if (slackErrorCode(error) === "hash_conflict")
          return services.logger.debug("team settings modal changed meanwhile; update skipped");
        throw error;
      }
    });
  };
}
