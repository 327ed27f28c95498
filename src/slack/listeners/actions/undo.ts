import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import type { Services } from "../../../services.js";
import { buildContext } from "../../commands/context.js";
import { undoCommand } from "../../commands/undo.js";
import { replier } from "../replier.js";
import { withErrorReply } from "../reply-errors.js";

/** The Undo button on a change confirmation: reverts that change, replacing the confirmation. */
export function undoButton(services: Services) {
  return async ({
    ack,
    body,
    action,
    respond,
  }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs) => {
    await ack();
    const reply = replier(services, body.user.id, body.response_url ? respond : undefined);
    await withErrorReply(services.logger, reply, async () => {
      const ctx = await buildContext(services, {
        userId: body.user.id,
        reply: (message) => reply(message, { replace: true }),
        openModal: async () => {},
        requestKey: `action:${action.action_ts}`,
        responseUrl: body.response_url,
        text: "undo",
      });
      const eventId = Number(action.value);
      if (Number.isInteger(eventId)) await undoCommand(ctx, eventId);
    });
  };
}
