import { randomBytes } from "node:crypto";
import type { Db } from "./client.js";
import { nameKey } from "./deals.js";

export interface DemoDeal {
  name: string;
  account: string;
  ownerId: string;
  stageId: number;
  status: "open" | "won" | "lost";
  amountMinor: bigint;
  closeOn: string;
  closedAt: Date | null;
  lossReasonId: number | null;
  lastActivityAt: Date;
  createdAt: Date;
  /** The rep's forecast category; undefined = the stage's default. */
  forecastCategory?: string;
  events: {
    kind: string;
    at: Date;
    fromStageId: number | null;
    toStageId: number | null;
    changes: Record<string, { from: unknown; to: unknown }>;
  }[];
}

export interface DemoData {
  users: { id: string; name: string; role: "rep" | "manager"; managerId: string | null; timezone: string }[];
  accounts: string[];
  /** Account name → the rep who owns it. */
  accountOwners?: Record<string, string>;
  deals: DemoDeal[];
  quotas: { subject: string; period: string; amountMinor: bigint; currency: string }[];
  nps: { account: string; dealIndex: number; score: number; at: Date }[];
  currency: string;
}

/** True when the database holds no team data yet (stages, loss reasons and admins don't count). */
export async function holdsNoTeamData(db: Db): Promise<boolean> {
  const counts = await Promise.all([
    db.deal.count(),
    db.account.count(),
    db.quota.count(),
    db.npsSurvey.count(),
  ]);
  const others = await db.user.count({ where: { role: { not: "admin" } } });
  return counts.every((c) => c === 0) && others === 0;
}

/** Writes the demo team; returns counts of what it wrote. */
export async function insertDemoData(db: Db, data: DemoData) {
  const managers = data.users.filter((u) => u.managerId === null);
  const reps = data.users.filter((u) => u.managerId !== null);
  for (const u of [...managers, ...reps]) await db.user.create({ data: u });
  const accountIds = new Map<string, number>();
  for (const name of data.accounts) {
    const a = await db.account.create({
      data: { name, nameKey: nameKey(name), ownerId: data.accountOwners?.[name] ?? reps[0]?.id ?? null },
    });
    accountIds.set(name, a.id);
  }
  const dealIds: number[] = [];
  let events = 0;
  for (const d of data.deals) {
    const { events: dealEvents, account, ...deal } = d;
    const created = await db.deal.create({
      data: {
        ...deal,
        nameKey: nameKey(deal.name),
        currency: data.currency,
        accountId: accountIds.get(account) ?? null,
        version: dealEvents.length,
        events: {
          create: dealEvents.map((e, i) => ({
            actorId: deal.ownerId,
            source: "import" as const,
            kind: e.kind,
            changes: JSON.stringify(e.changes),
            fromStageId: e.fromStageId,
            toStageId: e.toStageId,
            dealVersion: i + 1,
            at: e.at,
          })),
        },
      },
      select: { id: true },
    });
    dealIds.push(created.id);
    events += dealEvents.length;
  }
  for (const q of data.quotas)
    await db.quota.create({ data: { ...q, userId: q.subject === "team" ? null : q.subject } });
  let answers = 0;
  for (const [i, s] of data.nps.entries()) {
    const accountId = accountIds.get(s.account);
    if (accountId === undefined) continue;
    const contact = await db.contact.upsert({
      where: {
        accountId_email: { accountId, email: `buyer@${nameKey(s.account).replace(/\W+/g, "")}.example` },
      },
      create: {
        accountId,
        name: `Buyer at ${s.account}`,
        email: `buyer@${nameKey(s.account).replace(/\W+/g, "")}.example`,
      },
      update: {},
    });
    await db.npsSurvey.create({
      data: {
        contactId: contact.id,
        accountId,
        dealId: dealIds[s.dealIndex] ?? null,
        trigger: "won",
        channel: "email",
        tokenHash: randomBytes(32).toString("hex"),
        expiresAt: new Date(s.at.getTime() + 30 * 86_400_000),
        status: "answered",
        dedupeKey: `demo:${i}`,
        sentAt: s.at,
        createdAt: s.at,
        response: { create: { score: s.score, respondedAt: s.at } },
      },
    });
    answers++;
  }
  return {
    users: data.users.length,
    accounts: data.accounts.length,
    deals: data.deals.length,
    events,
    quotas: data.quotas.length,
    npsAnswers: answers,
  };
}
