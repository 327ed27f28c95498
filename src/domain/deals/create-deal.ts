import { listStages } from "../../db/catalog.js";
import type { EventSource } from "../../db/client.js";
import { type DealRow, findDeal, insertDeal } from "../../db/deals.js";
import { todayIn } from "../../parse/date.js";
import type { DirectoryServices } from "../people/directory.js";
import { type Actor, mayActFor, type Refusal } from "./actor.js";
import type { ChangeRequest, Changes } from "./change-request.js";
import { type FieldError, planChange } from "./plan-change.js";

export type CreateOutcome =
  | { kind: "created"; deal: DealRow; changes: Changes; eventId: number }
  | { kind: "invalid"; errors: FieldError[] }
  | { kind: "refused"; refusal: Refusal }
  | { kind: "duplicate" };

/**
 * Creates a deal owned by the actor (or by `request.ownerId` when the actor may
 * act for them). Defaults: the first open stage and the team's currency.
 */
export async function createDeal(
  services: Pick<DirectoryServices, "db" | "clock" | "directory">,
  input: {
    actor: Actor;
    request: ChangeRequest;
    source: EventSource;
    requestKey: string | null;
    currency: string;
  },
): Promise<CreateOutcome> {
  const { db, clock } = services;
  const { actor } = input;
  const ownerId = input.request.ownerId ?? actor.id;
  if (!mayActFor(actor, ownerId)) {
    return {
      kind: "refused",
      refusal: { reason: "owner_outside_team", ownerId, byManager: actor.role === "manager" },
    };
  }
  // The owner may never have used Dealbot: make sure they exist (and we know their timezone).
  if (ownerId !== actor.id) await services.directory.ensureUser(ownerId);
  const stages = await listStages(db);
  const firstOpen = stages.find((s) => s.kind === "open");
  const request: ChangeRequest = {
    currency: input.currency,
    stageId: firstOpen?.id,
    ...input.request,
    ownerId,
  };
  const now = clock.now();
  const plan = planChange(null, request, { stages, today: todayIn(actor.timezone, now), now });
  if (!plan.ok) return { kind: "invalid", errors: plan.errors };
  const c = plan.columns;
  const created = await insertDeal(
    db,
    {
      ...c,
      name: String(c.name),
      ownerId,
      stageId: Number(c.stageId),
      amountMinor: c.amountMinor as bigint,
      currency: String(c.currency),
      closeOn: String(c.closeOn),
    },
    plan.account ?? null,
    {
      actorId: actor.id,
      source: input.source,
      kind: "created",
      changes: plan.changes,
      fromStageId: null,
      toStageId: plan.toStageId,
      at: now,
    },
    input.requestKey,
  );
  if (!created) return { kind: "duplicate" };
  const deal = await findDeal(db, created.dealId);
  if (!deal) throw new Error(`deal ${created.dealId} vanished right after it was created`);
  return { kind: "created", deal, changes: plan.changes, eventId: created.eventId };
}
