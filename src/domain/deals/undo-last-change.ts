import type { EventSource } from "../../db/client.js";
import { deleteDeal, eventsAfter, findDeal, findEvent, lastUndoableEvent } from "../../db/deals.js";
import { isHandled } from "../../db/idempotency.js";
import type { DirectoryServices } from "../people/directory.js";
import type { Actor } from "./actor.js";
import { type ChangeOutcome, changeDeal } from "./change-deal.js";
import { reverseOf } from "./change-request.js";

export const UNDO_WINDOW_MS = 10 * 60_000;

export type UndoOutcome =
  | ChangeOutcome
  | { kind: "nothing-to-undo" }
  | { kind: "too-late" }
  | { kind: "deleted"; name: string }
  | { kind: "changed-since"; name: string; by: string[] };

/**
 * Reverts a change the actor made within the last 10 minutes: their latest
 * (`/deal undo`) or a given one (the Undo button). Refused when someone else has
 * changed the deal since, so undo never overwrites another person's work.
 *
 * Exactly once: the key of the undo comes from the request (the Undo button's
 * event, or the command's `requestKey`), never from which change is latest
 * when it runs, so a retried `/deal undo` cannot revert a second change.
 */
export async function undoChange(
  services: Pick<DirectoryServices, "db" | "clock" | "directory">,
  input: { actor: Actor; eventId?: number; source: EventSource; requestKey: string | null },
): Promise<UndoOutcome> {
  const { db, clock } = services;
  const key = input.eventId ? `undo:${input.eventId}` : input.requestKey;
  if (key && (await isHandled(db, key))) return { kind: "duplicate" };
  const since = new Date(clock.now().getTime() - UNDO_WINDOW_MS);
  const event = input.eventId
    ? await findEvent(db, input.eventId)
    : await lastUndoableEvent(db, input.actor.id, since);
  if (!event || event.actorId !== input.actor.id || event.kind === "undone")
    return { kind: "nothing-to-undo" };
  if (event.at < since) return { kind: "too-late" };
  const deal = await findDeal(db, event.dealId);
  if (!deal) return { kind: "nothing-to-undo" };

  const later = await eventsAfter(db, deal.id, event.id);
  if (later.some((e) => e.undoOfId === event.id)) return { kind: "duplicate" };
  if (later.length > 0) {
    return {
      kind: "changed-since",
      name: deal.name,
      by: [...new Set(later.map((e) => e.actorId ?? "Dealbot"))],
    };
  }
  if (event.kind === "created") {
    return (await deleteDeal(db, deal.id, deal.version, key, clock.now()))
      ? { kind: "deleted", name: deal.name }
      : { kind: "duplicate" };
  }
  return changeDeal(services, {
    actor: input.actor,
    deal,
    request: reverseOf(event.changes),
    source: input.source,
    requestKey: key ?? `undo:${event.id}`,
    kind: "undone",
    undoOfId: event.id,
  });
}
