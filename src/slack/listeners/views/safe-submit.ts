import { randomBytes } from "node:crypto";
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import type { Logger } from "../../../logger.js";

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/**
 * A form submit must always be acked within 3 s, or Slack shows the user a
 * vague error. If the handler fails before acking, the form stays open with a
 * clear message on `blockId`, and nothing was saved (changes are transactional).
 * A failure after the ack (the change was saved, telling the user failed) is
 * thrown on: the request's work is retried later from the database, and the
 * retry, finding the change applied, says it was saved.
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
      if (acked) throw error;
      const ref = randomBytes(3).toString("hex");
      logger.error({ err: error, ref, callbackId: args.view.callback_id }, "a form submit failed");
      await args.ack({
        response_action: "errors",
        errors: {
          [blockId]: `Something went wrong on Dealbot's side; nothing was saved. Try again in a moment (reference ${ref}).`,
        },
      });
    }
  };
}
