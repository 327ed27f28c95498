import { listStages, type StageRow } from "../../db/catalog.js";
import type { EventSource } from "../../db/client.js";
import { type DealRow, type EventRow, eventsAfterVersion, findDeal, updateDeal } from "../../db/deals.js";
import { isHandled } from "../../db/idempotency.js";
import { todayIn } from "../../parse/date.js";
import type { DirectoryServices } from "../people/directory.js";
import { type Actor, mayActFor, type Refusal, refusalFor } from "./actor.js";
import type { ChangeRequest, Changes } from "./change-request.js";
import { type FieldError, planChange } from "./plan-change.js";

export type ChangeOutcome =
  | { kind: "changed"; deal: DealRow; before: DealRow; changes: Changes; eventId: number }
  | { kind: "unchanged"; deal: DealRow }
  | { kind: "invalid"; deal: DealRow; errors: FieldError[] }
  | { kind: "refused"; refusal: Refusal }
  | { kind: "not-found" }
  /** Someone changed the deal after `expectedVersion`; nothing was written. */
  | { kind: "conflict"; deal: DealRow; since: EventRow[] }
  /** The same request (a Slack retry, a double click) was already applied. */
  | { kind: "duplicate" };

export interface ChangeDealInput {
  actor: Actor;
  /**
   * The deal's id, or its row as this request read it moments ago, which is then not read
   * again: the write still checks its version, so a change made since is a conflict.
   */
  deal: number | DealRow;
  /** The team's stages, when the request has loaded them already. */
  stages?: StageRow[];
  request: ChangeRequest;
  source: EventSource;
  /** The version the user saw (a form's); default: the version of `deal` as read. */
  expectedVersion?: number;
  /** Identifies the Slack request, so a repeat is not applied twice. */
  requestKey: string | null;
  kind?: string;
  undoOfId?: number;
}

/** Changes one deal: checks permission and rules, writes the change and its event atomically. */
export async function changeDeal(
  services: Pick<DirectoryServices, "db" | "clock" | "directory">,
  input: ChangeDealInput,
): Promise<ChangeOutcome> {
  const { db, clock } = services;
  const { actor } = input;
  const deal = typeof input.deal === "number" ? await findDeal(db, input.deal) : input.deal;
  if (!deal) return { kind: "not-found" };
  const what = `“${deal.name}”`;
  if (!mayActFor(actor, deal.ownerId))
    return { kind: "refused", refusal: refusalFor(actor, deal.ownerId, what) };
  if (input.request.ownerId && !mayActFor(actor, input.request.ownerId)) {
    return {
      kind: "refused",
      refusal: { reason: "handoff_outside_team", ownerId: input.request.ownerId, what },
    };
  }
  if (input.request.ownerId && input.request.ownerId !== deal.ownerId)
    await services.directory.ensureUser(input.request.ownerId);
  if (input.expectedVersion !== undefined && input.expectedVersion !== deal.version) {
    // The newer version may be this very request, applied by its twin (a double click on a picker).
    if (input.requestKey && (await isHandled(db, input.requestKey))) return { kind: "duplicate" };
    return { kind: "conflict", deal, since: await eventsAfterVersion(db, deal.id, input.expectedVersion) };
  }

  const now = clock.now();
  const plan = planChange(deal, input.request, {
    stages: input.stages ?? (await listStages(db)),
    today: todayIn(actor.timezone, now),
    now,
    undo: input.undoOfId !== undefined,
  });
  if (!plan.ok) return { kind: "invalid", deal, errors: plan.errors };
  if (Object.keys(plan.changes).length === 0)
    return input.requestKey && (await isHandled(db, input.requestKey))
      ? { kind: "duplicate" }
      : { kind: "unchanged", deal };

  const outcome = await updateDeal(
    db,
    deal.id,
    deal.version,
    { ...plan.columns, ...(input.source === "job" ? {} : { lastActivityAt: now }) },
    plan.account,
    {
      actorId: actor.id,
      source: input.source,
      kind: input.kind ?? kindOf(plan.changes),
      changes: plan.changes,
      fromStageId: plan.fromStageId,
      toStageId: plan.toStageId,
      undoOfId: input.undoOfId ?? null,
      at: now,
    },
    input.requestKey,
  );
  if (outcome.status === "duplicate") return { kind: "duplicate" };
  if (outcome.status === "conflict") {
    // Changed between our read and our write: someone else was quicker (or this request's twin).
    if (input.requestKey && (await isHandled(db, input.requestKey))) return { kind: "duplicate" };
    const fresh = await findDeal(db, deal.id);
    if (!fresh) return { kind: "not-found" };
    return { kind: "conflict", deal: fresh, since: await eventsAfterVersion(db, deal.id, deal.version) };
  }
  const fresh = await findDeal(db, deal.id);
  if (!fresh) return { kind: "not-found" };
  return { kind: "changed", deal: fresh, before: deal, changes: plan.changes, eventId: outcome.eventId };
}

function kindOf(changes: Changes): string {
  const to = changes.status?.to;
  if (to === "won") return "won";
  if (to === "lost") return "lost";
  if (to === "open") return "reopened";
  return "updated";
}
