import type { BulkSql } from "./bulk-sql.js";
import type { Database } from "./client.js";
import { nameKey } from "./deals.js";

// Batched writes for `import deals`: one transaction per batch of rows, so a 100k-row
// file takes a few dozen transactions, not 100k. A row is never half-written: its deal,
// account and events are in the same transaction. Written in plain driver SQL
// (./bulk-sql.ts): through Prisma's client the same rows cost ten times the CPU.

/** The fields an import sets on a deal (an existing deal has them too). */
interface DealFields {
  sourceId: string | null;
  name: string;
  account: string | null;
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

export interface ImportedDeal extends DealFields {
  segment: string | null;
  createdAt: Date;
}

export interface ExistingDeal extends DealFields {
  id: number;
  version: number;
  accountId: number | null;
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

export interface DealBatchItem {
  deal: ImportedDeal;
  /** For a new deal: its history. */
  events: ImportEvent[];
  /** For an existing deal: the change to write (computed by the caller against `existing`). */
  update?: { existing: ExistingDeal; event: ImportEvent };
}

type Bulk = Pick<Database, "bulk">;

/** `?, ?, ?` for an IN list, in chunks the drivers accept. */
async function selectIn(
  sql: BulkSql,
  query: (list: string) => string,
  values: readonly unknown[],
): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < values.length; i += 1000) {
    const chunk = values.slice(i, i + 1000);
    out.push(...(await sql.all(query(chunk.map(() => "?").join(", ")), chunk)));
  }
  return out;
}

const toDate = (value: unknown) => (value === null || value === undefined ? null : new Date(value as string));

/** Deals already imported with these source ids. */
export async function findDealsBySourceId(
  database: Bulk,
  sourceIds: string[],
): Promise<Map<string, ExistingDeal>> {
  if (sourceIds.length === 0) return new Map();
  const rows = await database.bulk((sql) =>
    selectIn(
      sql,
      (list) => `
      SELECT d."id", d."sourceId", d."version", d."name", a."name" AS "account", d."accountId", d."ownerId",
        d."stageId", d."status", d."amountMinor", d."currency", d."probability", d."closeOn", d."nextStep",
        d."lossReasonId", d."lossNote", d."closedAt"
      FROM "Deal" d LEFT JOIN "Account" a ON a."id" = d."accountId"
      WHERE d."sourceId" IN (${list})`,
      sourceIds,
    ),
  );
  return new Map(
    rows.map((r) => [
      String(r.sourceId),
      { ...r, amountMinor: BigInt(r.amountMinor as bigint), closedAt: toDate(r.closedAt) } as ExistingDeal,
    ]),
  );
}

const DEAL_COLUMNS = [
  "sourceId",
  "name",
  "nameKey",
  "accountId",
  "ownerId",
  "stageId",
  "status",
  "amountMinor",
  "currency",
  "probability",
  "closeOn",
  "nextStep",
  "lossReasonId",
  "lossNote",
  "closedAt",
  "lastActivityAt",
  "createdAt",
  "updatedAt",
] as const;

const EVENT_COLUMNS = [
  "dealId",
  "actorId",
  "source",
  "kind",
  "changes",
  "fromStageId",
  "toStageId",
  "dealVersion",
  "at",
] as const;

const eventValues = (dealId: number, dealVersion: number, e: ImportEvent) => [
  dealId,
  null,
  "import",
  e.kind,
  JSON.stringify(e.changes, (_k, v) => (typeof v === "bigint" ? v.toString() : v)),
  e.fromStageId,
  e.toStageId,
  dealVersion,
  e.at,
];

/** The columns an import writes on a deal, new or updated, in the order of `SET_COLUMNS` below. */
const dealValues = (d: ImportedDeal, accounts: Map<string, number>) => [
  d.name,
  nameKey(d.name),
  d.account ? (accounts.get(nameKey(d.account)) ?? null) : null,
  d.ownerId,
  d.stageId,
  d.status,
  d.amountMinor,
  d.currency,
  d.probability,
  d.closeOn,
  d.nextStep,
  d.lossReasonId,
  d.lossNote,
  d.closedAt,
];
const SET_COLUMNS = DEAL_COLUMNS.slice(1, 15);

/** Writes one batch of checked rows in one transaction: accounts, new deals with their events, updates. */
export async function writeDealBatch(
  database: Bulk,
  items: DealBatchItem[],
  /** Every checked row of the batch, written or not: their accounts and segments. */
  accountsOf: ImportedDeal[],
  now: Date,
): Promise<BatchOutcome[]> {
  return database.bulk(async (sql) => {
    const accounts = await ensureAccounts(sql, accountsOf, now);
    const outcomes: BatchOutcome[] = new Array(items.length);
    const fresh = items.map((item, index) => ({ item, index })).filter(({ item }) => !item.update);
    const row = (d: ImportedDeal) => [
      d.sourceId,
      ...dealValues(d, accounts),
      d.closedAt ?? d.createdAt,
      d.createdAt,
      now,
    ];
    // Rows with a source id go in together; their ids come back keyed by source id.
    const keyed = fresh.filter(({ item }) => item.deal.sourceId !== null);
    if (keyed.length) {
      const inserted = await sql.insert(
        "Deal",
        DEAL_COLUMNS,
        keyed.map(({ item }) => row(item.deal)),
        ["id", "sourceId"],
      );
      const ids = new Map(inserted.map((r) => [String(r.sourceId), Number(r.id)]));
      for (const { item, index } of keyed)
        outcomes[index] = { kind: "created", dealId: ids.get(item.deal.sourceId ?? "") ?? 0 };
    }
    for (const { item, index } of fresh) {
      if (item.deal.sourceId !== null) continue;
      const [created] = await sql.insert("Deal", DEAL_COLUMNS, [row(item.deal)], ["id"]);
      outcomes[index] = { kind: "created", dealId: Number(created?.id) };
    }
    const events = fresh.flatMap(({ item, index }) =>
      item.events.map((e) => eventValues(outcomes[index]?.dealId ?? 0, 1, e)),
    );
    if (events.length) await sql.insert("DealEvent", EVENT_COLUMNS, events);
    const set = SET_COLUMNS.map((c) => `"${c}" = ?`).join(", ");
    for (const [index, item] of items.entries()) {
      if (!item.update) continue;
      const { existing, event } = item.update;
      const [updated] = await sql.all(
        `UPDATE "Deal" SET ${set}, "version" = "version" + 1, "updatedAt" = ? WHERE "id" = ? RETURNING "version"`,
        [...dealValues(item.deal, accounts), now, existing.id],
      );
      await sql.insert("DealEvent", EVENT_COLUMNS, [
        eventValues(existing.id, Number(updated?.version), event),
      ]);
      outcomes[index] = { kind: "updated", dealId: existing.id };
    }
    return outcomes;
  });
}

/** Finds or creates the batch's accounts (owned by the first deal's owner when new); sets segments given. */
async function ensureAccounts(sql: BulkSql, deals: ImportedDeal[], now: Date): Promise<Map<string, number>> {
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
  const found = await selectIn(
    sql,
    (list) => `SELECT "id", "nameKey", "segment" FROM "Account" WHERE "nameKey" IN (${list})`,
    keys,
  );
  const ids = new Map(found.map((a) => [String(a.nameKey), Number(a.id)]));
  const missing = keys.filter((k) => !ids.has(k));
  if (missing.length) {
    const created = await sql.insert(
      "Account",
      ["name", "nameKey", "ownerId", "segment", "createdAt", "updatedAt"],
      missing.map((k) => {
        const a = wanted.get(k)!;
        return [a.name, k, a.ownerId, a.segment, now, now];
      }),
      ["id", "nameKey"],
    );
    for (const a of created) ids.set(String(a.nameKey), Number(a.id));
  }
  for (const a of found) {
    const segment = wanted.get(String(a.nameKey))?.segment;
    if (segment && segment !== a.segment)
      await sql.run(`UPDATE "Account" SET "segment" = ?, "updatedAt" = ? WHERE "id" = ?`, [
        segment,
        now,
        a.id,
      ]);
  }
  return ids;
}
