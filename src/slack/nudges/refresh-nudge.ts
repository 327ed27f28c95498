import type { Delivery } from "../../db/deliveries.js";
import { findDealsByIds } from "../../db/staleness.js";
import { markNudge, withDone } from "../../domain/nudges/mark-nudge.js";
import type { NudgePayload } from "../../domain/nudges/nudge-payload.js";
import type { Services } from "../../services.js";
import { nudgeMessage } from "../views/nudge-message.js";
import { riskDmMessage } from "../views/risk-dm.js";

/** Redraws an actionable DM (weekly nudge or risk alert) in place from its payload, so it shows what was done. */
export async function refreshNudge(
  services: Services,
  delivery: Delivery,
  payload: NudgePayload,
): Promise<void> {
  if (!delivery.channelId || !delivery.messageTs) return;
  const deals = await findDealsByIds(services.db, payload.dealIds);
  const message =
    payload.kind === "risk"
      ? riskDmMessage({ deliveryKey: delivery.key, deals, payload })
      : nudgeMessage({ deliveryKey: delivery.key, deals, payload });
  await services.slack.chat.update({ channel: delivery.channelId, ts: delivery.messageTs, ...message });
}

/** After a form opened from a nudge saved a change: mark it on the nudge and redraw. Never throws. */
export async function noteOnNudge(
  services: Services,
  key: string | undefined,
  dealId: number,
  outcome: string,
) {
  if (!key) return;
  try {
    const marked = await markNudge(services, { key, update: withDone([dealId], outcome) });
    if (marked) await refreshNudge(services, marked.delivery, marked.payload);
  } catch (error) {
    services.logger.warn({ err: error, key }, "could not update the nudge message");
  }
}
