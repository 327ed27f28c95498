import type { Db, EventSource } from "./client.js";
import type { ImportEvent } from "./import-deal-batch.js";

// Prisma-side writes for imports of events and activities (deals: ./import-deal-batch.ts).

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
