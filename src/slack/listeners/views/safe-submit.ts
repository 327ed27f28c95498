import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import { errorRef } from "../../../errors.js";
import type { Logger } from "../../../logger.js";
import { formFailedAfterCloseNotice, formFailedError } from "../../views/failure.js";

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/**
 * A form submit must always be acked within 3 s, or Slack shows the user a
 * vague error. If the handler fails before acking, the form stays open with a
 * clear message on `blockId`, and nothing was saved (changes are transactional).
 * If it fails after acking (the form is closed), the user gets a DM saying so,
 * with the reference of the log line.
 */
export function safeSubmit(logger: Logger, blockId: string, handler: (args: Args) => Promise<unknown>) {
  return async (args: Args) => {
    let acked = false;
    const ack: Args["ack"] = async (response) => {
      acked = true;
      await args.ack(response as never);
    };
    try {
      await handler({ ...args, ack });
    } catch (error) {
      const ref = errorRef();
      logger.error({ err: error, ref, callbackId: args.view.callback_id }, "a form submit failed");
      if (!acked) {
        await args.ack({ response_action: "errors", errors: { [blockId]: formFailedError(ref) } });
        return;
      }
      await args.client.chat
        .postMessage({ channel: args.body.user.id, ...formFailedAfterCloseNotice(ref) })
        .catch((replyError) =>
          logger.warn({ err: replyError, ref }, "could not tell the user about the failure"),
        );
    }
  };
}
