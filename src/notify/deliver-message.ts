import type { KnownBlock } from "@slack/types";
import {
  claimDelivery,
  type Delivery,
  markDeliveryFailed,
  markDeliverySent,
  takeOver,
} from "../db/deliveries.js";
import type { Services } from "../services.js";
import { slackErrorCode } from "../slack/client.js";
import { RateGate } from "./rate-gate.js";

export interface OutboundMessage {
  text: string;
  blocks: KnownBlock[];
}

export type DeliveryOutcome =
  | { status: "sent"; delivery: Delivery; channelId: string; ts: string }
  /** Sent before (by this or another runner), or found in Slack after a crash. */
  | { status: "already" }
  /** Will never go: the person left, blocked the app, the channel is gone… */
  | { status: "skipped"; error: string }
  /** Failed for now; the next sweep retries it. */
  | { status: "failed"; error: string }
  /** Another runner is sending it right now. */
  | { status: "busy" };

/** Errors that no retry will fix: the delivery is skipped, logged, and the fan-out goes on. */
const PERMANENT = new Set([
  "user_not_found",
  "users_not_found",
  "user_disabled",
  "account_inactive",
  "cannot_dm_bot",
  "user_is_bot",
  "channel_not_found",
  "not_in_channel",
  "is_archived",
  "restricted_action",
  "invalid_blocks",
  "msg_too_long",
  "missing_scope",
]);

export const DELIVERY_POLICY = {
  /** A "sending" claim older than this was left by a runner that died mid-post. */
  staleAfterMs: 5 * 60_000,
  retryBackoffMs: [5 * 60_000, 15 * 60_000, 60 * 60_000],
  maxAttempts: 4,
};

export const METADATA_EVENT = "dealbot_delivery";

/**
 * Sends one message exactly once per `key`, to a user (as a DM) or a channel.
 * The delivery is claimed in the database first; the message carries the key
 * in its metadata, so a claim left by a crashed runner is checked against
 * Slack before anything is sent again. Never throws for Slack errors.
 */
export async function deliverMessage(
  services: Pick<Services, "db" | "slack" | "clock" | "logger">,
  input: {
    key: string;
    jobId: string;
    recipient: string;
    build: () => Promise<OutboundMessage> | OutboundMessage;
    payload?: string;
    gate?: RateGate;
  },
): Promise<DeliveryOutcome> {
  const { db, slack, clock, logger } = services;
  const gate = input.gate ?? new RateGate();
  let claim = await claimDelivery(db, {
    ...input,
    now: clock.now(),
    staleAfterMs: DELIVERY_POLICY.staleAfterMs,
  });
  if (!claim.claimed && claim.reason === "unsure") {
    const channelId =
      claim.delivery.channelId ??
      (await resolveChannel(services, gate, input.recipient).catch(() => undefined));
    const found = channelId ? await findPosted(services, gate, channelId, input.key) : UNVERIFIABLE;
    if (found === UNVERIFIABLE) {
      await markDeliveryFailed(db, claim.delivery.id, "unverifiable after a crash", null);
      return { status: "skipped", error: "unverifiable after a crash" };
    }
    if (channelId && found) {
      await markDeliverySent(db, claim.delivery.id, { channelId, ts: found, at: clock.now() });
      return { status: "already" };
    }
    claim = await takeOver(db, claim.delivery, clock.now());
  }
  if (!claim.claimed) return claim.reason === "done" ? { status: "already" } : { status: "busy" };

  const delivery = claim.delivery;
  try {
    const message = await input.build();
    // Posting to a user id lands in the app's DM with them; no conversations.open (Tier 3) per person.
    const posted = await gate.run(() =>
      slack.chat.postMessage({
        channel: input.recipient,
        text: message.text,
        blocks: message.blocks,
        metadata: { event_type: METADATA_EVENT, event_payload: { key: input.key } },
        unfurl_links: false,
        unfurl_media: false,
      }),
    );
    const ts = String(posted.ts);
    const channelId = String(posted.channel ?? input.recipient);
    await markDeliverySent(db, delivery.id, { channelId, ts, at: clock.now() });
    return { status: "sent", delivery, channelId, ts };
  } catch (error) {
    const code = slackErrorCode(error) ?? (error as Error).message;
    const permanent = PERMANENT.has(code) || delivery.attempts >= DELIVERY_POLICY.maxAttempts;
    const backoff =
      DELIVERY_POLICY.retryBackoffMs[
        Math.min(delivery.attempts - 1, DELIVERY_POLICY.retryBackoffMs.length - 1)
      ]!;
    await markDeliveryFailed(
      db,
      delivery.id,
      code,
      permanent ? null : new Date(clock.now().getTime() + backoff),
    );
    logger.warn(
      { key: input.key, recipient: input.recipient, code, attempt: delivery.attempts, permanent },
      "a message could not be delivered",
    );
    return permanent ? { status: "skipped", error: code } : { status: "failed", error: code };
  }
}

/** The channel a recipient's messages land in: a user's DM with the app, or the channel itself. */
async function resolveChannel(
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

const UNVERIFIABLE = Symbol("unverifiable");

/** The ts of a message already carrying `key`, if the crashed runner's post went through. */
async function findPosted(
  services: Pick<Services, "slack" | "logger">,
  gate: RateGate,
  channelId: string,
  key: string,
): Promise<string | null | typeof UNVERIFIABLE> {
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
    // Cannot tell (e.g. the im:history scope is missing): better not to send twice.
    services.logger.warn(
      { err: error, key },
      "could not check whether a message was already sent; not sending it again",
    );
    return UNVERIFIABLE;
  }
}
