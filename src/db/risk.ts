import type { Db, Prisma } from "./client.js";
import { type DealRow, dealSelect } from "./deals.js";

/** Open deals expected to close between two days (inclusive), largest first. */
export async function openDealsClosingBetween(db: Db, from: string, to: string): Promise<DealRow[]> {
  return db.deal.findMany({
    where: { status: "open", closeOn: { gte: from, lte: to } },
    select: dealSelect,
    orderBy: [{ amountMinor: "desc" }, { id: "asc" }],
  });
}

export interface AmountChange {
  dealId: number;
  at: Date;
  from: string | null;
  to: string | null;
}

/** The latest amount change per deal since `since`, from the event log. */
/** Ids bound per query: well under SQLite's limit on bound parameters. */
const IDS_PER_QUERY = 500;

export async function amountChangesSince(
  db: Db,
  dealIds: number[],
  since: Date,
): Promise<Map<number, AmountChange>> {
  if (dealIds.length === 0) return new Map();
  // A month can hold thousands of deals: ids go in slices, under SQLite's limit on bound
  // parameters (Prisma refuses an ordered query past it, P2029), and the rows are ordered here.
  const rows: { dealId: number; at: Date; changes: string }[] = [];
  for (let i = 0; i < dealIds.length; i += IDS_PER_QUERY) {
    rows.push(
      ...(await db.dealEvent.findMany({
        where: {
          dealId: { in: dealIds.slice(i, i + IDS_PER_QUERY) },
          at: { gte: since },
          changes: { contains: '"amountMinor"' },
          kind: { not: "created" },
        },
        select: { dealId: true, at: true, changes: true },
      })),
    );
  }
  rows.sort((a, b) => a.at.getTime() - b.at.getTime());
  const latest = new Map<number, AmountChange>();
  for (const row of rows) {
    const change = (JSON.parse(row.changes) as { amountMinor?: { from: string | null; to: string | null } })
      .amountMinor;
    if (change) latest.set(row.dealId, { dealId: row.dealId, at: row.at, ...change });
  }
  return latest;
}

/** The last weekly nudge each owner was sent before `before`, with the deals it listed. */
export async function lastNudges(
  db: Db,
  ownerIds: string[],
  before: Date,
): Promise<Map<string, { sentAt: Date; dealIds: number[] }>> {
  if (ownerIds.length === 0) return new Map();
  const rows = await db.delivery.findMany({
    where: {
      jobId: "weekly-nudges",
      recipient: { in: ownerIds },
      status: "sent",
      sentAt: { lt: before },
      key: { startsWith: "weekly-nudges:" },
    },
    select: { recipient: true, sentAt: true, payload: true },
    orderBy: { sentAt: "desc" },
  });
  const last = new Map<string, { sentAt: Date; dealIds: number[] }>();
  for (const row of rows) {
    if (last.has(row.recipient) || !row.sentAt) continue;
    let dealIds: number[] = [];
    try {
      dealIds = (JSON.parse(row.payload ?? "{}") as { dealIds?: number[] }).dealIds ?? [];
    } catch {}
    last.set(row.recipient, { sentAt: row.sentAt, dealIds });
  }
  return last;
}

export type AssessmentInput = Omit<Prisma.RiskAssessmentUncheckedCreateInput, "id" | "outcome" | "judgedAt">;

/** Records a month's assessments; a deal already assessed that month keeps its first assessment. */
export async function saveAssessments(db: Db, rows: AssessmentInput[]): Promise<void> {
  for (const row of rows) {
    await db.riskAssessment.upsert({
      where: { month_dealId: { month: row.month, dealId: row.dealId } },
      create: row,
      update: {},
    });
  }
}

export async function assessmentsOf(db: Db, month: string) {
  return db.riskAssessment.findMany({
    where: { month },
    select: {
      id: true,
      dealId: true,
      flagged: true,
      outcome: true,
      deal: { select: { status: true, closedAt: true, closeOn: true } },
    },
  });
}

export async function setOutcomes(
  db: Db,
  outcomes: { id: number; outcome: string }[],
  at: Date,
): Promise<void> {
  for (const { id, outcome } of outcomes) {
    await db.riskAssessment.update({ where: { id }, data: { outcome, judgedAt: at } });
  }
}
