import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from "@slack/bolt";
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
    // Answers that need nothing from the database go back in the ack itself.
    if (cmd.kind === "help") return ack({ response_type: "ephemeral", ...helpMessage(cmd.unknown) });
    if (cmd.kind === "invalid") return ack({ response_type: "ephemeral", ...invalidMessage([cmd.error]) });
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
        ),
      { opensForm: mayOpenForm(cmd), work: request },
    );
  };
}
