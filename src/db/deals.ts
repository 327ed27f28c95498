import { searchKey } from "../parse/clean-text.js";
import type { Db, DealStatus, EventSource, Prisma } from "./client.js";
import { DUPLICATE, onceInTransaction } from "./idempotency.js";

/** What every deal screen needs, in one query. */
export const dealSelect = {
  id: true,
  name: true,
  accountId: true,
  account: { select: { name: true } },
  ownerId: true,
  owner: { select: { name: true, managerId: true } },
  stageId: true,
  stage: { select: { key: true, name: true, probability: true, kind: true, position: true } },
  status: true,
  amountMinor: true,
  currency: true,
  probability: true,
  closeOn: true,
  nextStep: true,
  nextStepDue: true,
  lossReasonId: true,
  lossReason: { select: { key: true, label: true } },
  lossNote: true,
  closedAt: true,
  lastActivityAt: true,
  lastConfirmedAt: true,
  closePushCount: true,
  snoozedUntil: true,
  snoozeReason: true,
  forecastCategory: true,
  version: true,
  createdAt: true,
} satisfies Prisma.DealSelect;

export type DealRow = Prisma.DealGetPayload<{ select: typeof dealSelect }>;

export async function findDeal(db: Db, id: number): Promise<DealRow | null> {
  return db.deal.findUnique({ where: { id }, select: dealSelect });
}

/** Deals whose name contains `query` (case-insensitive on every provider via nameKey); open ones first. */
export async function findDealsByName(db: Db, query: string, limit: number): Promise<DealRow[]> {
  const key = nameKey(query);
  const exact = await db.deal.findMany({
    where: { nameKey: key },
    select: dealSelect,
    orderBy: [{ status: "asc" }, { id: "desc" }],
    take: limit,
  });
  if (exact.length > 0) return exact;
  return db.deal.findMany({
    where: { nameKey: { contains: key } },
    select: dealSelect,
    orderBy: [{ status: "asc" }, { updatedAt: "desc" }],
    take: limit,
  });
}

/** Names of recently active deals, to suggest the closest when nothing matched. */
export async function recentDealNames(db: Db, limit: number): Promise<{ id: number; name: string }[]> {
  return db.deal.findMany({ select: { id: true, name: true }, orderBy: { updatedAt: "desc" }, take: limit });
}

export interface DealFilter {
  ownerIds?: string[];
  status?: DealStatus;
  stageId?: number;
  closeFrom?: string;
  closeTo?: string;
}

export async function listDeals(db: Db, filter: DealFilter, limit: number): Promise<DealRow[]> {
  return db.deal.findMany({
    where: dealWhere(filter),
    select: dealSelect,
    orderBy: [{ closeOn: "asc" }, { amountMinor: "desc" }, { id: "asc" }],
    take: limit,
  });
}

export async function countDeals(db: Db, filter: DealFilter): Promise<number> {
  return db.deal.count({ where: dealWhere(filter) });
}

function dealWhere(filter: DealFilter): Prisma.DealWhereInput {
  return {
    ...(filter.ownerIds ? { ownerId: { in: filter.ownerIds } } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.stageId ? { stageId: filter.stageId } : {}),
    ...(filter.closeFrom || filter.closeTo
      ? {
          closeOn: {
            ...(filter.closeFrom ? { gte: filter.closeFrom } : {}),
            ...(filter.closeTo ? { lte: filter.closeTo } : {}),
          },
        }
      : {}),
  };
}

/** See searchKey: folds case beyond ASCII and drops accents, so lookups match what people type. */
export const nameKey = (name: string) => searchKey(name);

/** The columns a change may set. Status follows the stage and is set by the caller. */
export type DealColumns = Partial<
  Pick<
    Prisma.DealUncheckedCreateInput,
    | "name"
    | "accountId"
    | "ownerId"
    | "stageId"
    | "status"
    | "amountMinor"
    | "currency"
    | "probability"
    | "closeOn"
    | "nextStep"
    | "nextStepDue"
    | "lossReasonId"
    | "lossNote"
    | "closedAt"
    | "lastActivityAt"
    | "lastConfirmedAt"
    | "closePushCount"
    | "snoozedUntil"
    | "snoozeReason"
    | "forecastCategory"
  >
>;

export interface EventInput {
  actorId: string | null;
  source: EventSource;
  kind: string;
  changes: Record<string, { from: unknown; to: unknown }>;
  fromStageId?: number | null;
  toStageId?: number | null;
  undoOfId?: number | null;
  at: Date;
}

const eventData = (dealId: number, dealVersion: number, e: EventInput) => ({
  dealId,
  actorId: e.actorId,
  source: e.source,
  kind: e.kind,
  changes: JSON.stringify(e.changes, (_k, v) => (typeof v === "bigint" ? v.toString() : v)),
  fromStageId: e.fromStageId ?? null,
  toStageId: e.toStageId ?? null,
  undoOfId: e.undoOfId ?? null,
  dealVersion,
  at: e.at,
});

/** Finds the account by name or creates it; safe when two requests create the same account at once. */
export async function accountIdFor(
  tx: Db | Prisma.TransactionClient,
  name: string,
  ownerId: string,
): Promise<number> {
  const key = nameKey(name);
  // A native INSERT … ON CONFLICT on both providers: no unique violation to abort the transaction.
  const account = await tx.account.upsert({
    where: { nameKey: key },
    create: { name: name.trim(), nameKey: key, ownerId },
    update: {},
    select: { id: true },
  });
  return account.id;
}

export type Tx = Prisma.TransactionClient;

/**
 * Creates a deal and its "created" event in one transaction. `requestKey`
 * (a Slack trigger or view id) makes a repeated request a no-op: null is returned.
 */
export async function insertDeal(
  db: Db,
  data: DealColumns &
    Required<Pick<DealColumns, "name" | "ownerId" | "stageId" | "amountMinor" | "currency" | "closeOn">>,
  account: string | null,
  event: EventInput,
  requestKey: string | null,
): Promise<{ dealId: number; eventId: number } | null> {
  const result = await onceInTransaction(db, requestKey, event.at, async (tx) => {
    const accountId = account ? await accountIdFor(tx, account, data.ownerId) : null;
    const deal = await tx.deal.create({
      data: {
        ...data,
        accountId,
        nameKey: nameKey(data.name),
        lastActivityAt: event.at,
      },
      select: { id: true },
    });
    const created = await tx.dealEvent.create({ data: eventData(deal.id, 1, event), select: { id: true } });
    return { dealId: deal.id, eventId: created.id };
  });
  return result === DUPLICATE ? null : result;
}

export type UpdateOutcome =
  | { status: "updated"; eventId: number; version: number }
  | { status: "conflict" }
  | { status: "duplicate" };

/**
 * Applies `data` to a deal if it is still at `expectedVersion`, appending
 * `event`, in one transaction. A newer version means someone else changed it:
 * nothing is written and "conflict" is returned.
 */
export async function updateDeal(
  db: Db,
  dealId: number,
  expectedVersion: number,
  data: DealColumns,
  account: string | null | undefined,
  event: EventInput,
  requestKey: string | null,
): Promise<UpdateOutcome> {
  try {
    const result = await onceInTransaction(db, requestKey, event.at, async (tx) => {
      const ownerId =
        data.ownerId ??
        (await tx.deal.findUnique({ where: { id: dealId }, select: { ownerId: true } }))?.ownerId;
      const accountId =
        account === undefined
          ? undefined
          : account === null
            ? null
            : await accountIdFor(tx, account, ownerId ?? "");
      const updated = await tx.deal.updateMany({
        where: { id: dealId, version: expectedVersion },
        data: {
          ...data,
          ...(accountId !== undefined ? { accountId } : {}),
          ...(data.name ? { nameKey: nameKey(data.name) } : {}),
          version: { increment: 1 },
        },
      });
      // Rolls back the request key too: the user may retry after looking at the change.
      if (updated.count !== 1) throw new VersionConflict();
      const created = await tx.dealEvent.create({
        data: eventData(dealId, expectedVersion + 1, event),
        select: { id: true },
      });
      return { status: "updated" as const, eventId: created.id, version: expectedVersion + 1 };
    });
    return result === DUPLICATE ? { status: "duplicate" } : result;
  } catch (error) {
    if (error instanceof VersionConflict) return { status: "conflict" };
    throw error;
  }
}

class VersionConflict extends Error {}

/**
 * Removes a deal created moments ago (undo of a creation), if still at
 * `expectedVersion`. With `requestKey`, a repeat of the request removes nothing.
 */
export async function deleteDeal(
  db: Db,
  dealId: number,
  expectedVersion: number,
  requestKey: string | null = null,
  at: Date = new Date(),
): Promise<boolean> {
  const result = await onceInTransaction(db, requestKey, at, async (tx) => {
    const { count } = await tx.deal.deleteMany({ where: { id: dealId, version: expectedVersion } });
    if (count !== 1) throw new VersionConflict();
    return true;
  }).catch((error: unknown) => {
    if (error instanceof VersionConflict) return false;
    throw error;
  });
  return result === true;
}

export interface EventRow {
  id: number;
  dealId: number;
  actorId: string | null;
  source: EventSource;
  kind: string;
  changes: Record<string, { from: unknown; to: unknown }>;
  undoOfId: number | null;
  at: Date;
}

const eventSelect = {
  id: true,
  dealId: true,
  actorId: true,
  source: true,
  kind: true,
  changes: true,
  undoOfId: true,
  at: true,
} as const;

const toEventRow = (row: Prisma.DealEventGetPayload<{ select: typeof eventSelect }>): EventRow => ({
  ...row,
  changes: JSON.parse(row.changes) as EventRow["changes"],
});

export async function recentEvents(db: Db, dealId: number, limit: number): Promise<EventRow[]> {
  const rows = await db.dealEvent.findMany({
    where: { dealId },
    select: eventSelect,
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: limit,
  });
  return rows.map(toEventRow);
}

/** The actor's latest change (not itself an undo) since `since`, that was not undone already. */
export async function lastUndoableEvent(db: Db, actorId: string, since: Date): Promise<EventRow | null> {
  const rows = await db.dealEvent.findMany({
    where: { actorId, at: { gte: since }, kind: { not: "undone" } },
    select: eventSelect,
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: 5,
  });
  for (const row of rows) {
    const undone = await db.dealEvent.findFirst({ where: { undoOfId: row.id }, select: { id: true } });
    if (!undone) return toEventRow(row);
  }
  return null;
}

export async function findEvent(db: Db, id: number): Promise<EventRow | null> {
  const row = await db.dealEvent.findUnique({ where: { id }, select: eventSelect });
  return row ? toEventRow(row) : null;
}

/** Changes made to a deal after it was at `version` (what a stale form did not see). */
export async function eventsAfterVersion(db: Db, dealId: number, version: number): Promise<EventRow[]> {
  const rows = await db.dealEvent.findMany({
    where: { dealId, dealVersion: { gt: version } },
    select: eventSelect,
    orderBy: { id: "asc" },
  });
  return rows.map(toEventRow);
}

/** Events on a deal after a given one (to tell whether undo would overwrite someone else's change). */
export async function eventsAfter(db: Db, dealId: number, eventId: number): Promise<EventRow[]> {
  const rows = await db.dealEvent.findMany({
    where: { dealId, id: { gt: eventId } },
    select: eventSelect,
    orderBy: { id: "asc" },
  });
  return rows.map(toEventRow);
}
