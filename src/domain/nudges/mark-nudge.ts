import { type Delivery, findDeliveryByKey, updateDeliveryPayload } from "../../db/deliveries.js";
import type { Services } from "../../services.js";
import { type NudgePayload, readNudgePayload } from "./nudge-payload.js";

/**
 * Records on a nudge what the rep did about some of its deals (and, the first
 * time, that they acted on the nudge at all). Clicks on one message can race:
 * the payload is replaced only if unchanged since read, else read again.
 */
export async function markNudge(
  { db, clock }: Pick<Services, "db" | "clock">,
  input: { key: string; update: (payload: NudgePayload) => NudgePayload },
): Promise<{ delivery: Delivery; payload: NudgePayload } | undefined> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const delivery = await findDeliveryByKey(db, input.key);
    const payload = readNudgePayload(delivery?.payload ?? null);
    if (!delivery || !payload) return undefined;
    const next = input.update(payload);
    if (await updateDeliveryPayload(db, delivery.id, delivery.payload, JSON.stringify(next), clock.now())) {
      return { delivery, payload: next };
    }
  }
  throw new Error(`nudge ${input.key} kept changing under us`);
}

/** The payload with `dealIds` marked as `outcome`. */
export const withDone =
  (dealIds: number[], outcome: string) =>
  (payload: NudgePayload): NudgePayload => ({
    ...payload,
    done: { ...payload.done, ...Object.fromEntries(dealIds.map((id) => [String(id), outcome])) },
  });
