import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from "@slack/bolt";
import type { Lang } from "../../../i18n/languages.js";
import { renderProblem } from "../../../i18n/problem.js";
import { storedLanguage, userLanguage } from "../../../notify/user-language.js";
import { parseDealCommand } from "../../../parse/deal-command.js";
import type { Services } from "../../../services.js";
import { buildContext } from "../../commands/context.js";
import { mayOpenForm, runDealCommand } from "../../commands/run.js";
import { workOf } from "../../middleware/index.js";
import { invalidMessage } from "../../views/change-message.js";
import { helpMessage } from "../../views/help.js";
import { replier } from "../replier.js";
import { withErrorReply } from "../reply-errors.js";

/** `/deal <subcommand> ...`: ack at once, then do the work and reply ephemerally. */
export function dealCommand(services: Services) {
  return async ({ command, ack, respond, context }: SlackCommandMiddlewareArgs & AllMiddlewareArgs) => {
    const cmd = parseDealCommand(command.text);
    // Answers that need nothing but the person's language go back in the ack itself.
    if (cmd.kind === "help" || cmd.kind === "invalid") {
      const answer = (lang: Lang) =>
        cmd.kind === "help"
          ? helpMessage(lang, cmd.unknown)
          : invalidMessage([renderProblem(lang, cmd.problem)], undefined, lang);
      const stored = await storedLanguage(services, command.user_id);
      await ack({ response_type: "ephemeral", ...answer(stored.lang) });
      if (stored.known) return;
      // Someone new: read their Slack locale, and answer again in place if it is another language.
      return services.afterAck(async (workServices) => {
        const lang = await userLanguage(workServices, command.user_id);
        if (lang !== stored.lang)
          await respond({ response_type: "ephemeral", replace_original: true, ...answer(lang) });
      });
    }
    await ack();
    const request = workOf(context);

    // Through response_url; work resumed after its 30 minutes answers by DM.
    const reply = replier(services, command.user_id, command.response_url ? respond : undefined);
    await services.afterAck(
      (workServices) =>
        withErrorReply(
          services.logger,
          reply,
          async () => {
            const ctx = await buildContext(workServices, {
              userId: command.user_id,
              reply: async (message, options) => {
                await reply(message, options);
              },
              openModal: async (view) => {
                await workServices.slack.views.open({ trigger_id: command.trigger_id, view });
              },
              requestKey: `command:${command.trigger_id}`,
              responseUrl: command.response_url,
              text: command.text,
            });
            await runDealCommand(ctx, cmd);
          },
          request,
          async () => (await storedLanguage(workServices, command.user_id)).lang,
        ),
      { opensForm: mayOpenForm(cmd), work: request },
    );
  };
}
