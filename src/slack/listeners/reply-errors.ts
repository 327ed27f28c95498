import { errorRef, isAppError } from "../../errors.js";
import type { Lang } from "../../i18n/languages.js";
import type { Logger } from "../../logger.js";
import type { WorkContext } from "../../work/slack-work.js";
import { slackErrorCode } from "../client.js";
import { appErrorNotice, formTooLateNotice, requestFailedNotice } from "../views/failure.js";
import type { Message } from "../views/help.js";

/**
 * Runs a listener's work after its ack. A refusal the user can act on
 * (AppError) is told at once. Any other failure (the database, or Slack
 * refusing the reply after the change was saved) is thrown on, so the
 * request's work is retried later from the database: its change is applied
 * once whatever the number of attempts (its key comes from the request), and
 * the user is never told to "try again" something that was saved. Only when
 * the last attempt fails too is the user told, with a reference for the logs.
 */
export async function withErrorReply(
  logger: Logger,
  reply: (message: Message) => Promise<unknown>,
  work: () => Promise<unknown>,
  request?: WorkContext,
  language?: () => Promise<Lang>,
): Promise<void> {
  const lang = async (): Promise<Lang> => (await language?.().catch(() => undefined)) ?? "en";
  try {
    await work();
  } catch (error) {
    if (isAppError(error)) {
      await reply(appErrorNotice(error, await lang()));
      return;
    }
    if (slackErrorCode(error) === "expired_trigger_id") {
      // Work resumed after a restart comes too late to open a form (a trigger id lasts 3 s).
      await reply(formTooLateNotice(await lang()));
      return;
    }
    if (request && !request.lastAttempt) throw error;
    const ref = errorRef();
    logger.error({ err: error, ref }, "a Slack request failed");
    await reply(requestFailedNotice(ref, await lang())).catch((replyError) =>
      logger.warn({ err: replyError, ref }, "could not tell the user about the failure"),
    );
  }
}
