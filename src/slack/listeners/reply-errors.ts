import { randomBytes } from "node:crypto";
import { isAppError } from "../../errors.js";
import type { Logger } from "../../logger.js";
import { notice } from "../views/change-message.js";
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
      await reply(notice(`:warning: ${error.message}`)).catch(() => {});
      return;
    }
    const ref = randomBytes(3).toString("hex");
    logger.error({ err: error, ref }, "a Slack request failed");
    await reply(
      notice(
        `:warning: Something went wrong on Dealbot's side and your request may not have been applied. Check with \`/deal list\` and try again; if it keeps happening, tell your admin (reference ${ref}).`,
      ),
    ).catch((replyError) =>
      logger.warn({ err: replyError, ref }, "could not tell the user about the failure"),
    );
  }
}
