import { type Db, type EventSource, Prisma } from "./client.js";
import type { DatabaseTarget } from "./target.js";

type Provider = DatabaseTarget["provider"];

/** An enum value in raw SQL: PostgreSQL needs the cast to the enum type, SQLite stores text. */
const enumValue = (provider: Provider, value: string, type: string) =>
  provider === "postgresql" ? Prisma.sql`CAST(${value} AS ${Prisma.raw(`"${type}"`)})` : Prisma.sql`${value}`;

async function insertDeals(
  tx: Prisma.TransactionClient,
  provider: Provider,
  deals: ImportedDeal[],
  accounts: Map<string, number>,
): Promise<Map<string, number>> {
  const now = new Date();
  const values = deals.map((d) => {
    const accountId = d.account ? (accounts.get(nameKey(d.account)) ?? null) : null;
    return Prisma.sql`(${d.sourceId}, ${d.name}, ${nameKey(d.name)}, ${accountId}, ${d.ownerId}, ${d.stageId},
      ${enumValue(provider, d.status, "DealStatus")}, ${d.amountMinor}, ${d.currency}, ${d.probability}, ${d.closeOn},
      ${d.nextStep}, ${d.lossReasonId}, ${d.lossNote}, ${d.closedAt}, ${d.closedAt ?? d.createdAt}, ${d.createdAt}, ${now})`;
  });
  const rows = await tx.$queryRaw<{ id: unknown; sourceId: string }[]>(Prisma.sql`
    INSERT INTO "Deal" ("sourceId", "name", "nameKey", "accountId", "ownerId", "stageId", "status", "amountMinor",
      "currency", "probability", "closeOn", "nextStep", "lossReasonId", "lossNote", "closedAt", "lastActivityAt",
      "createdAt", "updatedAt")
    VALUES ${Prisma.join(values)}
    RETURNING "id", "sourceId"`);
  return new Map(rows.map((r) => [r.sourceId, Number(r.id)]));
}

async function insertEvents(
  tx: Prisma.TransactionClient,
  provider: Provider,
  events: ReturnType<typeof eventRow>[],
): Promise<void> {
  // Well under both providers' bound-parameter limits (SQLite 32,766; PostgreSQL 65,535).
  for (let i = 0; i < events.length; i += 2000) {
    const values = events.slice(i, i + 2000).map(
      (e) =>
        Prisma.sql`(${e.dealId}, ${e.actorId}, ${enumValue(provider, e.source, "EventSource")}, ${e.kind}, ${e.changes},
            ${e.fromStageId}, ${e.toStageId}, ${e.dealVersion}, ${e.at})`,
    );
    await tx.$executeRaw(Prisma.sql`
      INSERT INTO "DealEvent" ("dealId", "actorId", "source", "kind", "changes", "fromStageId", "toStageId",
        "dealVersion", "at")
      VALUES ${Prisma.join(values)}`);
  }
}

import { nameKey } from "./deals.js";

// Batched writes for imports: one transaction per batch of rows, so a 100k-row file
// takes a few hundred transactions, not 100k. A row is never half-written: its deal,
// account and events are in the same transaction.

export interface ImportedDeal {
  sourceId: string | null;
  name: string;
  account: string | null;
  segment: string | null;
  ownerId: string;
  stageId: number;
  status: "open" | "won" | "lost";
  amountMinor: bigint;
  currency: string;
  probability: number | null;
  closeOn: string;
  nextStep: string | null;
  lossReasonId: number | null;
  lossNote: string | null;
  createdAt: Date;
  closedAt: Date | null;
}

/** The event log entries a new deal gets: "created" (and "won"/"lost" when it is closed). */
export interface ImportEvent {
  kind: string;
  at: Date;
  fromStageId: number | null;
  toStageId: number | null;
  changes: Record<string, { from: unknown; to: unknown }>;
}

export type BatchOutcome =
  | { kind: "created"; dealId: number }
  | { kind: "updated"; dealId: number }
  | { kind: "unchanged"; dealId: number };

export interface ExistingDeal {
  id: number;
  sourceId: string | null;
  version: number;
  name: string;
  account: string | null;
  accountId: number | null;
  ownerId: string;
  stageId: number;
  status: "open" | "won" | "lost";
  amountMinor: bigint;
  currency: string;
  probability: number | null;
  closeOn: string;
  nextStep: string | null;
  lossReasonId: number | null;
  lossNote: string | null;
  closedAt: Date | null;
}

export interface DealBatchItem {
  deal: ImportedDeal;
  /** For a new deal: its history. */
  events: ImportEvent[];
  /** For an existing deal: the change to write (computed by the caller against `existing`). */
  update?: { existing: ExistingDeal; event: ImportEvent };
}

const existingSelect = {
  id: true,
  sourceId: true,
  version: true,
  name: true,
  account: { select: { name: true } },
  accountId: true,
  ownerId: true,
  stageId: true,
  status: true,
  amountMinor: true,
  currency: true,
  probability: true,
  closeOn: true,
  nextStep: true,
  lossReasonId: true,
  lossNote: true,
  closedAt: true,
} satisfies Prisma.DealSelect;

/** Deals already imported with these source ids. */
export async function findDealsBySourceId(db: Db, sourceIds: string[]): Promise<Map<string, ExistingDeal>> {
  if (sourceIds.length === 0) return new Map();
  const rows = await db.deal.findMany({ where: { sourceId: { in: sourceIds } }, select: existingSelect });
  return new Map(
    rows.map((r) => [r.sourceId ?? "", { ...r, account: r.account?.name ?? null } as ExistingDeal]),
  );
}

const eventRow = (dealId: number, dealVersion: number, e: ImportEvent, source: EventSource) => ({
  dealId,
  actorId: null,
  source,
  kind: e.kind,
  changes: JSON.stringify(e.changes, (_k, v) => (typeof v === "bigint" ? v.toString() : v)),
  fromStageId: e.fromStageId,
  toStageId: e.toStageId,
  dealVersion,
  at: e.at,
});

/** Writes one batch of checked rows in one transaction: accounts, new deals with their events, updates. */
export async function writeDealBatch(
  db: Db,
  items: DealBatchItem[],
  /** Every checked row of the batch, written or not: their accounts and segments. */
  accountsOf: ImportedDeal[],
  provider: Provider,
): Promise<BatchOutcome[]> {
  return db.$transaction(
    async (tx) => {
      const accounts = await ensureAccounts(tx, accountsOf);
      const outcomes: BatchOutcome[] = new Array(items.length);
      const fresh = items.map((item, index) => ({ item, index })).filter(({ item }) => !item.update);
      // Rows with a source id go in one multi-row INSERT (Prisma's createMany costs far more
      // per row); their ids come back keyed by source id.
      const keyed = fresh.filter(({ item }) => item.deal.sourceId !== null);
      if (keyed.length) {
        const ids = await insertDeals(
          tx,
          provider,
          keyed.map(({ item }) => item.deal),
          accounts,
        );
        for (const { item, index } of keyed)
          outcomes[index] = { kind: "created", dealId: ids.get(item.deal.sourceId ?? "") ?? 0 };
      }
      for (const { item, index } of fresh) {
        if (item.deal.sourceId !== null) continue;
        const created = await tx.deal.create({
          data: newDealData(item.deal, accounts),
          select: { id: true },
        });
        outcomes[index] = { kind: "created", dealId: created.id };
      }
      if (fresh.length) {
        await insertEvents(
          tx,
          provider,
          fresh.flatMap(({ item, index }) =>
            item.events.map((e) => eventRow(outcomes[index]?.dealId ?? 0, 1, e, "import")),
          ),
        );
      }
      for (const [index, item] of items.entries()) {
        if (!item.update) continue;
        const { existing, event } = item.update;
        const d = item.deal;
        const { version } = await tx.deal.update({
          where: { id: existing.id },
          select: { version: true },
          data: {
            name: d.name,
            nameKey: nameKey(d.name),
            accountId: d.account ? (accounts.get(nameKey(d.account)) ?? null) : null,
            ownerId: d.ownerId,
            stageId: d.stageId,
            status: d.status,
            amountMinor: d.amountMinor,
            currency: d.currency,
            probability: d.probability,
            closeOn: d.closeOn,
            nextStep: d.nextStep,
            lossReasonId: d.lossReasonId,
            lossNote: d.lossNote,
            closedAt: d.closedAt,
            version: { increment: 1 },
          },
        });
        await tx.dealEvent.create({ data: eventRow(existing.id, version, event, "import") });
        outcomes[index] = { kind: "updated", dealId: existing.id };
      }
      return outcomes;
    },
    { timeout: 60_000 },
  );
}

function newDealData(deal: ImportedDeal, accounts: Map<string, number>) {
  return {
    sourceId: deal.sourceId,
    name: deal.name,
    nameKey: nameKey(deal.name),
    accountId: deal.account ? (accounts.get(nameKey(deal.account)) ?? null) : null,
    ownerId: deal.ownerId,
    stageId: deal.stageId,
    status: deal.status,
    amountMinor: deal.amountMinor,
    currency: deal.currency,
    probability: deal.probability,
    closeOn: deal.closeOn,
    nextStep: deal.nextStep,
    lossReasonId: deal.lossReasonId,
    lossNote: deal.lossNote,
    closedAt: deal.closedAt,
    lastActivityAt: deal.closedAt ?? deal.createdAt,
    createdAt: deal.createdAt,
  };
}

/** Finds or creates the batch's accounts (owned by the first deal's owner when new); sets segments given. */
async function ensureAccounts(
  tx: Prisma.TransactionClient,
  deals: ImportedDeal[],
): Promise<Map<string, number>> {
  const wanted = new Map<string, { name: string; ownerId: string; segment: string | null }>();
  for (const d of deals) {
    if (!d.account) continue;
    const key = nameKey(d.account);
    const seen = wanted.get(key);
    if (!seen) wanted.set(key, { name: d.account.trim(), ownerId: d.ownerId, segment: d.segment });
    else if (d.segment) seen.segment = d.segment;
  }
  if (wanted.size === 0) return new Map();
  const keys = [...wanted.keys()];
  const found = await tx.account.findMany({
    where: { nameKey: { in: keys } },
    select: { id: true, nameKey: true, segment: true },
  });
  const ids = new Map(found.map((a) => [a.nameKey, a.id]));
  const missing = keys.filter((k) => !ids.has(k));
  if (missing.length) {
    const created = await tx.account.createManyAndReturn({
      data: missing.map((k) => {
        const a = wanted.get(k)!;
        return { name: a.name, nameKey: k, ownerId: a.ownerId, segment: a.segment };
      }),
      select: { id: true, nameKey: true },
    });
    for (const a of created) ids.set(a.nameKey, a.id);
  }
  for (const a of found) {
    const segment = wanted.get(a.nameKey)?.segment;
    if (segment && segment !== a.segment) await tx.account.update({ where: { id: a.id }, data: { segment } });
  }
  return ids;
}

/** Appends imported stage changes to deals' event logs; an entry already imported is skipped. */
export async function writeStageEvents(
  db: Db,
  rows: { dealId: number; at: Date; toStageId: number }[],
): Promise<number> {
  if (rows.length === 0) return 0;
  return db.$transaction(async (tx) => {
    const dealIds = [...new Set(rows.map((r) => r.dealId))];
    const existing = await tx.dealEvent.findMany({
      where: { dealId: { in: dealIds }, source: "import", toStageId: { not: null } },
      select: { dealId: true, at: true, toStageId: true },
    });
    const seen = new Set(existing.map((e) => `${e.dealId}|${e.at.getTime()}|${e.toStageId}`));
    const versions = new Map(
      (await tx.deal.findMany({ where: { id: { in: dealIds } }, select: { id: true, version: true } })).map(
        (d) => [d.id, d.version],
      ),
    );
    const data = [];
    for (const r of rows) {
      const key = `${r.dealId}|${r.at.getTime()}|${r.toStageId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      data.push(
        eventRow(
          r.dealId,
          versions.get(r.dealId) ?? 1,
          {
            kind: "updated",
            at: r.at,
            fromStageId: null,
            toStageId: r.toStageId,
            changes: { stageId: { from: null, to: r.toStageId } },
          },
          "import",
        ),
      );
    }
    if (data.length) await tx.dealEvent.createMany({ data });
    return data.length;
  });
}

/** Deal ids by source id, for an events or activities file. */
export async function dealIdsBySourceId(db: Db, sourceIds: string[]): Promise<Map<string, number>> {
  if (sourceIds.length === 0) return new Map();
  const rows = await db.deal.findMany({
    where: { sourceId: { in: sourceIds } },
    select: { id: true, sourceId: true },
  });
  return new Map(rows.map((r) => [r.sourceId ?? "", r.id]));
}
