import { type Db, Prisma } from "./client.js";
import { big } from "./digest-funnel.js";

// Forecast accuracy: the start-of-month commit recorded by the forecast-snapshot job,
// beside what was actually won in each month.

export interface StartCommit {
  month: string;
  subject: string;
  /** Won by the time of the snapshot plus open deals in Commit closing in the month. */
  commitMinor: bigint;
}

/** The start-of-month snapshots' commit per subject (reps and "team") for the given months. */
export async function startCommits(
  db: Db,
  input: { months: string[]; currency: string },
): Promise<StartCommit[]> {
  if (input.months.length === 0) return [];
  const rows = await db.forecastSnapshot.findMany({
    where: { kind: "start", currency: input.currency, month: { in: input.months } },
    select: { month: true, subject: true, commitMinor: true, wonAmountMinor: true },
  });
  return rows.map((r) => ({
    month: r.month,
    subject: r.subject,
    commitMinor: r.commitMinor + r.wonAmountMinor,
  }));
}

/** Won amount per owner and calendar month (the months' instants in team time). */
export async function wonByOwnerMonth(
  db: Db,
  input: { currency: string; months: { key: string; from: Date; to: Date }[] },
): Promise<{ ownerId: string; month: string; wonMinor: bigint }[]> {
  const first = input.months[0];
  const last = input.months.at(-1);
  if (!first || !last) return [];
  const monthOf = Prisma.join(
    input.months.map(
      (m) => Prisma.sql`WHEN d."closedAt" >= ${m.from} AND d."closedAt" < ${m.to} THEN ${m.key}`,
    ),
    " ",
  );
  const rows = await db.$queryRaw<{ ownerId: string; month: string; amount: unknown }[]>(Prisma.sql`
    SELECT w."ownerId" AS "ownerId", w."month" AS "month", SUM(w."amountMinor") AS "amount"
    FROM (
      SELECT d."ownerId" AS "ownerId", d."amountMinor" AS "amountMinor", CASE ${monthOf} END AS "month"
      FROM "Deal" d
      WHERE d."status" = 'won' AND d."currency" = ${input.currency}
        AND d."closedAt" >= ${first.from} AND d."closedAt" < ${last.to}
    ) w
    GROUP BY w."ownerId", w."month"`);
  return rows.map((r) => ({ ownerId: r.ownerId, month: String(r.month), wonMinor: big(r.amount) }));
}
