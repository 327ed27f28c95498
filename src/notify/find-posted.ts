import type { Services } from "../services.js";
import { slackErrorCode } from "../slack/client.js";
import type { RateGate } from "./rate-gate.js";

export const METADATA_EVENT = "dealbot_delivery";

/** The channel a recipient's messages land in: a user's DM with the app, or the channel itself. */
export async function resolveChannel(
  services: Pick<Services, "slack">,
  gate: RateGate,
  recipient: string,
): Promise<string> {
  if (!/^[UW]/.test(recipient)) return recipient;
  const opened = await gate.run(() => services.slack.conversations.open({ users: recipient }));
  const id = opened.channel?.id;
  if (!id) throw new Error("conversations.open returned no channel");
  return id;
}

/**
 * Joins a public channel (scope channels:join) so the bot may share files there and read its
 * history: chat:write.public covers text posts only. Private channels cannot be joined, only
 * invited to; DMs need nothing. Returns the Slack error when joining failed, else undefined.
 */
export async function joinIfPublic(
  services: Pick<Services, "slack">,
  gate: RateGate,
  channelId: string,
): Promise<string | undefined> {
  if (!channelId.startsWith("C")) return undefined;
  try {
    await gate.run(() => services.slack.conversations.join({ channel: channelId }));
    return undefined;
  } catch (error) {
    return slackErrorCode(error) ?? (error as Error).message;
  }
}

export const UNVERIFIABLE = Symbol("unverifiable");

/**
 * The ts of a message already carrying `key`, if an earlier attempt's post went through.
 * Reads the channel's recent history (im:history for DMs, channels:history or groups:history
 * for channels, and the bot in the channel).
 */
export async function findPosted(
  services: Pick<Services, "slack" | "logger">,
  gate: RateGate,
  channelId: string,
  key: string,
): Promise<string | null | typeof UNVERIFIABLE> {
  await joinIfPublic(services, gate, channelId);
  try {
    const history = await gate.run(() =>
      services.slack.conversations.history({
        channel: channelId,
        include_all_metadata: true,
        limit: 100,
      }),
    );
    const match = history.messages?.find(
      (m) =>
        m.metadata?.event_type === METADATA_EVENT &&
        (m.metadata.event_payload as { key?: string })?.key === key,
    );
    return match?.ts ?? null;
  } catch (error) {
    // Cannot tell (a scope missing, the bot not in a private channel): better not to send twice.
    services.logger.warn(
      { err: error, key, code: slackErrorCode(error) },
      "could not check whether a message was already sent; not sending it again for now",
    );
    return UNVERIFIABLE;
  }
}
