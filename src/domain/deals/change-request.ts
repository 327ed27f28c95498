import type { DealStatus } from "../../db/client.js";

/**
 * A change to a deal with every value already resolved (amounts in minor units,
 * dates as "YYYY-MM-DD", stage and loss reason as ids). Commands, modals,
 * buttons and undo all produce one. `undefined` = leave as is; `null` = clear.
 */
export interface ChangeRequest {
  name?: string;
  account?: string | null;
  amountMinor?: bigint;
  currency?: string;
  stageId?: number;
  closeOn?: string;
  nextStep?: string | null;
  nextStepDue?: string | null;
  ownerId?: string;
  probability?: number | null;
  lossReasonId?: number | null;
  lossNote?: string | null;
  /** Not flagged as stale until this day ("YYYY-MM-DD"), and why. */
  snoozedUntil?: string | null;
  snoozeReason?: string | null;
  /** "commit" | "best" | "pipeline" | "omit"; null = the stage's default. */
  forecastCategory?: string | null;
  /** Only undo sets these directly; otherwise they follow the stage. */
  status?: DealStatus;
  closedAt?: Date | null;
}

/** The fields the event log records, with how each is stored in it (JSON-safe). */
export const TRACKED_FIELDS = [
  "name",
  "account",
  "amountMinor",
  "currency",
  "stageId",
  "closeOn",
  "nextStep",
  "nextStepDue",
  "ownerId",
  "probability",
  "status",
  "lossReasonId",
  "lossNote",
  "closedAt",
  "snoozedUntil",
  "snoozeReason",
  "forecastCategory",
] as const satisfies readonly (keyof ChangeRequest)[];

export type TrackedField = (typeof TRACKED_FIELDS)[number];

/** One field's old and new value, as stored in the event log. */
export type FieldChange = { from: JsonValue; to: JsonValue };
export type Changes = Partial<Record<TrackedField, FieldChange>>;
type JsonValue = string | number | null;

export function toJson(field: TrackedField, value: unknown): JsonValue {
  if (value === undefined || value === null) return null;
  if (field === "amountMinor") return String(value);
  if (field === "closedAt") return (value as Date).toISOString();
  return value as JsonValue;
}

/** The ChangeRequest that sets each field back to its `from` value. */
export function reverseOf(changes: Changes): ChangeRequest {
  const request: Record<string, unknown> = {};
  for (const [field, change] of Object.entries(changes) as [TrackedField, FieldChange][]) {
    const v = change.from;
    request[field] =
      field === "amountMinor"
        ? BigInt(v as string)
        : field === "closedAt"
          ? v === null
            ? null
            : new Date(v as string)
          : v;
  }
  return request as ChangeRequest;
}
