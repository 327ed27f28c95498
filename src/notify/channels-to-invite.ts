import type { Services } from "../services.js";
import { slackErrorCode } from "../slack/client.js";

/**
 * Which of `channelIds` Dealbot cannot post to until someone invites it: private channels it is
 * not in. Public channels need nothing (text posts use chat:write.public; the digest joins them
 * before sharing its chart). Slack answers conversations.info on a private channel the bot is not
 * in with `channel_not_found`, as if it did not exist: an id an admin just picked in a channel
 * select, so it is private. Any other failure is logged and the channel not reported: this is
 * advice after a save, never a reason for it to fail.
 */
export async function channelsToInvite(
  { slack, logger }: Pick<Services, "slack" | "logger">,
  channelIds: readonly string[],
): Promise<string[]> {
  const unique = [...new Set(channelIds.filter(Boolean))];
  const found = await Promise.all(
    unique.map(async (channel) => {
      try {
        const info = await slack.conversations.info({ channel });
        return info.channel?.is_private === true && info.channel.is_member !== true;
      } catch (error) {
        const code = slackErrorCode(error);
        if (code === "channel_not_found") return true;
        logger.warn({ err: error, channel, code }, "could not check whether Dealbot is in a channel");
        return false;
      }
    }),
  );
  return unique.filter((_, i) => found[i]);
}
