import type { ActivityType, Db, EventSource } from "./client.js";
import { Prisma } from "./client.js";
import { num } from "./digest-funnel.js";

export type { ActivityType };
export const ACTIVITY_TYPES: readonly ActivityType[] = ["call", "meeting", "email", "demo", "task"];

export interface ActivityInput {
  type: ActivityType;
  direction: "in" | "out" | null;
  dealId: number | null;
  userId: string;
  note: string | null;
  at: Date;
  source: EventSource;
  sourceId: string | null;
}

/**
 * Records activities and, for those on a deal, moves the deal's last activity
 * forward (logging a call keeps a deal from going stale). Rows whose source id
 * was recorded before are skipped. One transaction; returns how many were added.
 */
export async function insertActivities(db: Db, rows: ActivityInput[]): Promise<number> {
  if (rows.length === 0) return 0;
  return db.$transaction(async (tx) => {
    const ids = rows.flatMap((r) => (r.sourceId ? [r.sourceId] : []));
    const seen = new Set(
      ids.length
        ? (await tx.activity.findMany({ where: { sourceId: { in: ids } }, select: { sourceId: true } })).map(
            (a) => a.sourceId,
          )
        : [],
    );
    const fresh = rows.filter((r) => {
      if (!r.sourceId) return true;
      if (seen.has(r.sourceId)) return false;
      seen.add(r.sourceId);
      return true;
    });
    if (fresh.length === 0) return 0;
    await tx.activity.createMany({ data: fresh });
    const latest = new Map<number, Date>();
    for (const r of fresh) {
      if (r.dealId === null) continue;
      const prev = latest.get(r.dealId);
      if (!prev || r.at > prev) latest.set(r.dealId, r.at);
    }
    for (const [dealId, at] of latest)
      await tx.deal.updateMany({
        where: { id: dealId, lastActivityAt: { lt: at } },
        data: { lastActivityAt: at },
      });
    return fresh.length;
  });
}

export interface ActivityCount {
  userId: string;
  type: ActivityType;
  direction: string | null;
  count: number;
}

/** Activities in [from, to) per rep, type and direction, counted in SQL. */
export async function countActivities(db: Db, window: { from: Date; to: Date }): Promise<ActivityCount[]> {
  const rows = await db.$queryRaw<
    { userId: string; type: ActivityType; direction: string | null; count: unknown }[]
  >(
    Prisma.sql`
    SELECT a."userId" AS "userId", a."type" AS "type", a."direction" AS "direction", COUNT(*) AS "count"
    FROM "Activity" a
    WHERE a."at" >= ${window.from} AND a."at" < ${window.to}
    GROUP BY a."userId", a."type", a."direction"`,
  );
  return rows.map((r) => ({ userId: r.userId, type: r.type, direction: r.direction, count: num(r.count) }));
}
