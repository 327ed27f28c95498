import type { StageRow } from "../../db/catalog.js";
import type { DealColumns, DealRow } from "../../db/deals.js";
import type { MessageKey } from "../../i18n/catalogs/index.js";
import { type Phrase, phrase, say } from "../../i18n/phrase.js";
import type { MessageValues } from "../../i18n/t.js";
import { type ChangeRequest, type Changes, type TrackedField, toJson } from "./change-request.js";

export interface FieldError {
  field: TrackedField | "stage" | "close" | "lossReason" | "amount";
  /** In English (logs, forms not yet translated). */
  message: string;
  /** The same message as a catalog key and values, rendered in the reader's language. */
  phrase?: Phrase;
}

/** A rule a change breaks, on `field`. */
const broken = (field: FieldError["field"], key: MessageKey, values?: MessageValues): FieldError => {
  const p = phrase(key, values);
  return { field, message: say("en", p), phrase: p };
};

export type Plan =
  | {
      ok: true;
      columns: DealColumns;
      /** New account name when it changes (the data layer finds or creates it). */
      account: string | null | undefined;
      changes: Changes;
      fromStageId: number | null;
      toStageId: number | null;
    }
  | { ok: false; errors: FieldError[] };

/** The current values of the tracked fields (a new deal has none). */
export function currentValues(deal: DealRow): Record<TrackedField, unknown> {
  return {
    name: deal.name,
    account: deal.account?.name ?? null,
    amountMinor: deal.amountMinor,
    currency: deal.currency,
    stageId: deal.stageId,
    closeOn: deal.closeOn,
    nextStep: deal.nextStep,
    nextStepDue: deal.nextStepDue,
    ownerId: deal.ownerId,
    probability: deal.probability,
    status: deal.status,
    lossReasonId: deal.lossReasonId,
    lossNote: deal.lossNote,
    closedAt: deal.closedAt,
    snoozedUntil: deal.snoozedUntil,
    snoozeReason: deal.snoozeReason,
    forecastCategory: deal.forecastCategory,
  };
}

/**
 * Works out what a change does to a deal: the columns to write, the old → new
 * values for the event log, and every rule it breaks. Pure: no database, no clock.
 * `deal` is null for a new deal.
 */
export function planChange(
  deal: DealRow | null,
  request: ChangeRequest,
  ctx: { stages: StageRow[]; today: string; now: Date; undo?: boolean },
): Plan {
  const before = deal ? currentValues(deal) : undefined;
  const after: Record<string, unknown> = { ...(before ?? {}) };
  for (const [field, value] of Object.entries(request)) if (value !== undefined) after[field] = value;

  const errors: FieldError[] = [];
  const stage = ctx.stages.find((s) => s.id === after.stageId);
  if (!stage) errors.push(broken("stage", "reply.field.stage"));

  // Status follows the stage (undo restores it as it was).
  if (stage && !ctx.undo) {
    after.status = stage.kind;
    const wasClosed = before?.status === "won" || before?.status === "lost";
    if (stage.kind === "open") {
      after.closedAt = null;
      after.lossReasonId = null;
      after.lossNote = null;
    } else if (!wasClosed || before?.status !== stage.kind) {
      after.closedAt = ctx.now;
    }
    if (stage.kind === "won") {
      after.lossReasonId = null;
      after.lossNote = null;
    }
    if (stage.kind === "lost" && !after.lossReasonId) {
      errors.push(broken("lossReason", "reply.field.lossReason"));
    }
  }
  if (after.lossReasonId === null) after.lossNote = null;

  if (!after.name || String(after.name).trim() === "") errors.push(broken("name", "reply.field.name"));
  if (after.amountMinor === undefined) errors.push(broken("amount", "reply.field.amount"));
  if (!after.closeOn) errors.push(broken("close", "reply.field.closeDate"));
  const closeChanged = request.closeOn !== undefined && request.closeOn !== before?.closeOn;
  if (!ctx.undo && after.status === "open" && closeChanged && String(after.closeOn) < ctx.today) {
    errors.push(broken("close", "reply.field.closeDatePast", { date: String(after.closeOn) }));
  }
  if (errors.length > 0) return { ok: false, errors };

  const changes: Changes = {};
  for (const field of Object.keys(after) as TrackedField[]) {
    const from = toJson(field, before?.[field]);
    const to = toJson(field, after[field]);
    if (from !== to) changes[field] = { from, to };
  }

  const columns: DealColumns = {};
  const set = columns as Record<string, unknown>;
  for (const field of Object.keys(changes) as TrackedField[]) {
    if (field !== "account") set[field] = after[field];
  }
  // Moving the close date later counts as a push (a risk signal), except when undoing.
  if (!ctx.undo && before && changes.closeOn && String(after.closeOn) > String(before.closeOn)) {
    columns.closePushCount = (deal?.closePushCount ?? 0) + 1;
  }
  return {
    ok: true,
    columns,
    account: changes.account ? ((after.account as string | null) ?? null) : undefined,
    changes,
    fromStageId: changes.stageId ? ((before?.stageId as number | undefined) ?? null) : null,
    toStageId: changes.stageId ? (after.stageId as number) : null,
  };
}
