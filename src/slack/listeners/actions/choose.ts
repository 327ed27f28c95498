import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { z } from "zod";
import { parseDealCommand } from "../../../parse/deal-command.js";
import type { Services } from "../../../services.js";
import { buildContext } from "../../commands/context.js";
import { runDealCommand } from "../../commands/run.js";
import { replier } from "../replier.js";
import { withErrorReply } from "../reply-errors.js";

const choiceSchema = z.object({ dealId: z.number().int().positive(), text: z.string() });

/** A deal picked in the "which deal?" chooser: re-runs the command on it, in place of the chooser. */
export function chooseButton(services: Services) {
  return async ({
    ack,
    body,
    action,
    respond,
  }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs) => {
    await ack();
    const reply = replier(services, body.user.id, body.response_url ? respond : undefined);
    await withErrorReply(services.logger, reply, async () => {
      const choice = choiceSchema.parse(JSON.parse(action.value ?? "null"));
      const ctx = await buildContext(services, {
        userId: body.user.id,
        reply: (message) => reply(message, { replace: true }),
        openModal: async (view) => {
          await services.slack.views.open({ trigger_id: body.trigger_id, view });
        },
        // The chooser message and the deal identify the request: a double click applies once.
        requestKey: `choose:${body.container?.message_ts ?? action.action_ts}:${choice.dealId}`,
        responseUrl: body.response_url,
        text: choice.text,
      });
      await runDealCommand(ctx, parseDealCommand(choice.text), choice.dealId);
    });
  };
}
