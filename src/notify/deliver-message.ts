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
import { failureKind, isChannel, mayHaveLanded, PROBLEM_JOB } from "./delivery-errors.js";
import { findPosted, joinIfPublic, METADATA_EVENT, resolveChannel, UNVERIFIABLE } from "./find-posted.js";
import { notifyDeliveryProblem } from "./notify-delivery-problem.js";
import { postClientFor } from "./post-client.js";
import { RateGate } from "./rate-gate.js";

export { METADATA_EVENT } from "./find-posted.js";

export interface OutboundMessage {
  text: string;
  blocks: KnownBlock[];
}

export type DeliveryOutcome =
  | { status: "sent"; delivery: Delivery; channelId: string; ts: string }
  /** Sent before (by this or another runner), or found in Slack after a crash. */
  | { status: "already" }
  /** Will never go: the person left, blocked the app, the channel is archived… */
  | { status: "skipped"; error: string }
  /** Failed for now (or waiting for its next attempt); a later sweep retries it. */
  | { status: "failed"; error: string }
  /** Another runner is sending it right now. */
  | { status: "busy" };

export const DELIVERY_POLICY = {
  /** A "sending" claim older than this was left by a runner that died mid-post. */
  staleAfterMs: 5 * 60_000,
  retryBackoffMs: [5 * 60_000, 15 * 60_000, 60 * 60_000],
  /** Transient failures (5xx, timeouts) give up after this many attempts; auth and admin ones do not. */
  maxAttempts: 8,
};

type DeliveryServices = Pick<Services, "db" | "slack" | "clock" | "logger" | "config">;

/**
 * Sends one message exactly once per `key`, to a user (as a DM) or a channel.
 * The delivery is claimed in the database first; the message carries the key in its
 * metadata, so after a crash or a post whose answer never came, Slack is checked for it
 * before anything is sent again. Failures that can heal are retried by later sweeps; those
 * an admin must fix are reported to the admins once. Never throws for Slack errors.
 */
export async function deliverMessage(
  services: DeliveryServices,
  input: {
    key: string;
    jobId: string;
    recipient: string;
    build: () => Promise<OutboundMessage> | OutboundMessage;
    payload?: string;
    gate?: RateGate;
  },
): Promise<DeliveryOutcome> {
  const { db, clock } = services;
  const gate = input.gate ?? new RateGate();
  let claim = await claimDelivery(db, {
    ...input,
    now: clock.now(),
    staleAfterMs: DELIVERY_POLICY.staleAfterMs,
  });
  // A "sending" claim gone stale: its runner died, maybe after its post reached Slack. Look
  // first, then take it over (a second runner finds it sent, or loses the compare-and-set).
  if (!claim.claimed && claim.reason === "unsure") {
    const found = await lookForEarlierPost(services, gate, claim.delivery, input.recipient, input.key);
    if (found !== undefined) return found;
    claim = await takeOver(db, claim.delivery, clock.now());
    if (!claim.claimed) return { status: "busy" };
    return send(services, gate, claim.delivery, input);
  }
  if (!claim.claimed) {
    if (claim.reason === "done") return { status: "already" };
    if (claim.reason === "later") return { status: "failed", error: claim.delivery.lastError ?? "waiting" };
    return { status: "busy" };
  }
  const delivery = claim.delivery;
  // After a post whose answer never came, the message may be in Slack already.
  if (mayHaveLanded(delivery.lastError)) {
    const found = await lookForEarlierPost(services, gate, delivery, input.recipient, input.key);
    if (found !== undefined) return found;
  }
  return send(services, gate, delivery, input);
}

async function send(
  services: DeliveryServices,
  gate: RateGate,
  delivery: Delivery,
  input: {
    key: string;
    jobId: string;
    recipient: string;
    build: () => Promise<OutboundMessage> | OutboundMessage;
  },
): Promise<DeliveryOutcome> {
  const { db, clock } = services;
  try {
    const message = await input.build();
    const posted = await post(services, gate, input, message);
    const ts = String(posted.ts);
    const channelId = String(posted.channel ?? input.recipient);
    await markDeliverySent(db, delivery.id, { channelId, ts, at: clock.now() });
    return { status: "sent", delivery, channelId, ts };
  } catch (error) {
    return failed(services, delivery, input, slackErrorCode(error) ?? (error as Error).message, error);
  }
}

/** Posts to a user id (lands in the app's DM with them; no conversations.open per person) or a channel. */
async function post(
  services: DeliveryServices,
  gate: RateGate,
  input: { key: string; recipient: string },
  message: OutboundMessage,
) {
  const client = postClientFor(services.slack, services.logger);
  const send = () =>
    gate.run(() =>
      client.chat.postMessage({
        channel: input.recipient,
        text: message.text,
        blocks: message.blocks,
        metadata: { event_type: METADATA_EVENT, event_payload: { key: input.key } },
        unfurl_links: false,
        unfurl_media: false,
      }),
    );
  try {
    return await send();
  } catch (error) {
    // Without chat:write.public, a public channel needs the bot in it: join and post once more.
    if (slackErrorCode(error) !== "not_in_channel" || !input.recipient.startsWith("C")) throw error;
    if ((await joinIfPublic(services, gate, input.recipient)) !== undefined) throw error;
    return send();
  }
}

/** undefined: not found, go on and post. Otherwise what to answer without posting. */
async function lookForEarlierPost(
  services: DeliveryServices,
  gate: RateGate,
  delivery: Delivery,
  recipient: string,
  key: string,
): Promise<DeliveryOutcome | undefined> {
  const channelId =
    delivery.channelId ?? (await resolveChannel(services, gate, recipient).catch(() => undefined));
  const found = channelId ? await findPosted(services, gate, channelId, key) : UNVERIFIABLE;
  if (found === null) return undefined;
  if (found === UNVERIFIABLE || !channelId) {
    // Try again later (a scope or an invite may come); never post blindly.
    const retryAt = new Date(services.clock.now().getTime() + DELIVERY_POLICY.retryBackoffMs[0]!);
    // Remembered as "unverifiable", so the next attempt looks again before posting.
    await markDeliveryFailed(services.db, delivery.id, "unverifiable", retryAt);
    return { status: "failed", error: "unverifiable: could not read the channel's history" };
  }
  await markDeliverySent(services.db, delivery.id, { channelId, ts: found, at: services.clock.now() });
  return { status: "already" };
}

async function failed(
  services: DeliveryServices,
  delivery: Delivery,
  input: { key: string; jobId: string; recipient: string },
  code: string,
  error: unknown,
): Promise<DeliveryOutcome> {
  const kind = failureKind(code, input.recipient);
  const permanent =
    kind === "permanent" || (kind === "transient" && delivery.attempts >= DELIVERY_POLICY.maxAttempts);
  const backoffs = DELIVERY_POLICY.retryBackoffMs;
  const backoff = backoffs[Math.min(delivery.attempts - 1, backoffs.length - 1)]!;
  await markDeliveryFailed(
    services.db,
    delivery.id,
    code,
    permanent ? null : new Date(services.clock.now().getTime() + backoff),
  );
  services.logger.warn(
    { key: input.key, recipient: input.recipient, code, kind, attempt: delivery.attempts, permanent },
    permanent
      ? "a message could not be delivered; not retrying"
      : "a message could not be delivered; will retry",
  );
  if (
    (kind === "admin" || kind === "permanent") &&
    isChannel(input.recipient) &&
    input.jobId !== PROBLEM_JOB
  ) {
    const needed = (error as { data?: { needed?: string } }).data?.needed;
    await notifyDeliveryProblem(services, {
      deliveryKey: input.key,
      jobId: input.jobId,
      channelId: input.recipient,
      code,
      ...(needed ? { needed } : {}),
      retrying: !permanent,
    }).catch((notifyError) =>
      services.logger.warn(
        { err: notifyError, key: input.key },
        "could not tell the admins about a failed delivery",
      ),
    );
  }
  return permanent ? { status: "skipped", error: code } : { status: "failed", error: code };
}
