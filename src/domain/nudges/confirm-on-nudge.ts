import type { DealRow } from "../../db/deals.js";
import type { Delivery } from "../../db/deliveries.js";
import { recordConfirmation } from "../../db/staleness.js";
import type { Services } from "../../services.js";
import { type Actor, mayActFor } from "../deals/actor.js";
import { getDeals } from "../deals/get-deals.js";
import { markNudge, withDone } from "./mark-nudge.js";
import type { NudgePayload } from "./nudge-payload.js";

export type Marked = { delivery: Delivery; payload: NudgePayload } | undefined;

/**
 * "Still on track" on a nudge: confirms the deals (resets their staleness) and
 * marks them on the nudge. `"open"` confirms every deal of the nudge not handled
 * yet that the actor may act for, loaded in one query. Returns the nudge as
 * marked (to redraw it), or `expired` when the nudge is gone.
 */
export async function confirmOnNudge(
  services: Pick<Services, "db" | "clock">,
  input: { key: string; actor: Actor; deals: DealRow[] | "open" },
): Promise<{ status: "confirmed"; marked: Marked; dealIds: number[] } | { status: "expired" }> {
  let dealIds: number[];
  if (input.deals === "open") {
    const current = await markNudge(services, { key: input.key, update: (p) => p });
    if (!current) return { status: "expired" };
    const open = current.payload.dealIds.filter((id) => !current.payload.done[String(id)]);
    const deals = await getDeals(services, open);
    dealIds = deals.filter((deal) => mayActFor(input.actor, deal.ownerId)).map((deal) => deal.id);
  } else {
    dealIds = input.deals.map((deal) => deal.id);
  }
  for (const dealId of dealIds) {
    await recordConfirmation(services.db, {
      dealId,
      actorId: input.actor.id,
      source: "button",
      at: services.clock.now(),
      requestKey: `nudge-confirm:${input.key}:${dealId}`,
    });
  }
  const marked = await markNudge(services, { key: input.key, update: withDone(dealIds, "confirmed") });
  return { status: "confirmed", marked, dealIds };
}

/**
 * "Confirm for <month>" on a risk alert: the owner commits the deal to the alert's
 * month (it counts as an update) and it is marked on the alert.
 */
export async function commitOnRiskAlert(
  services: Pick<Services, "db" | "clock">,
  input: { key: string; actor: Actor; deal: DealRow },
): Promise<Marked> {
  const { deal } = input;
  const marked = await markNudge(services, { key: input.key, update: withDone([deal.id], "committed") });
  await recordConfirmation(services.db, {
    dealId: deal.id,
    actorId: input.actor.id,
    source: "button",
    at: services.clock.now(),
    requestKey: `risk-commit:${input.key}:${deal.id}`,
    committedMonth: marked?.payload.month ?? deal.closeOn.slice(0, 7),
  });
  return marked;
}

/**
 * A deal form opened from a nudge was saved: an unchanged save counts as a
 * confirmation (the rep reviewed the deal). Returns how to mark it on the nudge.
 */
export async function formSavedFromNudge(
  services: Pick<Services, "db" | "clock">,
  input: { userId: string; deal: DealRow; changed: boolean; requestKey: string },
): Promise<string> {
  if (!input.changed) {
    await recordConfirmation(services.db, {
      dealId: input.deal.id,
      actorId: input.userId,
      source: "modal",
      at: services.clock.now(),
      requestKey: `confirm:${input.requestKey}`,
    });
    return "confirmed";
  }
  return input.deal.status === "open" ? "updated" : input.deal.status;
}
