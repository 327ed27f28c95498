import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import { errorRef } from "../../../errors.js";
import type { Lang } from "../../../i18n/languages.js";
import type { Logger } from "../../../logger.js";
import { workOf } from "../../middleware/index.js";
import { formFailedAfterCloseNotice, formFailedError } from "../../views/failure.js";

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/**
 * A form submit must always be acked within 3 s, or Slack shows the user a
 * vague error. If the handler fails before acking, the form stays open with a
 * clear message on `blockId`, and nothing was saved (changes are transactional).
 * A failure after the ack (the change was saved, telling the user failed) is
 * thrown on: the request's work is retried later from the database, and the
 * retry, finding the change applied, says it was saved. If the last attempt
 * fails too, the user gets a DM saying so, with the reference of the log line.
 */
export function safeSubmit(
  logger: Logger,
  blockId: string,
  handler: (args: Args) => Promise<unknown>,
  language?: (userId: string) => Promise<Lang>,
) {
  return async (args: Args) => {
    let acked = false;
    const ack: Args["ack"] = async (response) => {
      acked = true;
      await args.ack(response as never);
    };
    try {
      await handler({ ...args, ack });
    } catch (error) {
      const request = workOf(args.context);
      if (acked && request && !request.lastAttempt) throw error;
      const ref = errorRef();
      logger.error({ err: error, ref, callbackId: args.view.callback_id }, "a form submit failed");
      // The user's language from the database; English when that fails too.
      const lang = (await language?.(args.body.user.id).catch(() => undefined)) ?? "en";
      if (!acked) {
        await args.ack({ response_action: "errors", errors: { [blockId]: formFailedError(ref, lang) } });
        return;
      }
      await args.client.chat
        .postMessage({ channel: args.body.user.id, ...formFailedAfterCloseNotice(ref, lang) })
        .catch((replyError) =>
          logger.warn({ err: replyError, ref }, "could not tell the user about the failure"),
        );
    }
  };
}
