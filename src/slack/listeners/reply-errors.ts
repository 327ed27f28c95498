import { errorRef, isAppError } from "../../errors.js";
import type { Logger } from "../../logger.js";
import { appErrorNotice, requestFailedNotice } from "../views/failure.js";
import type { Message } from "../views/help.js";

/**
 * Runs a listener's work after its ack; an unexpected failure is logged with a
 * reference and the user is told what happened and what to do, never left in silence.
 */
export async function withErrorReply(
  logger: Logger,
  reply: (message: Message) => Promise<unknown>,
  work: () => Promise<unknown>,
): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (isAppError(error)) {
      await reply(appErrorNotice(error)).catch(() => {});
      return;
    }
    const ref = errorRef();
    logger.error({ err: error, ref }, "a Slack request failed");
    await reply(requestFailedNotice(ref)).catch((replyError) =>
      logger.warn({ err: replyError, ref }, "could not tell the user about the failure"),
    );
  }
}
