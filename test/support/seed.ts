import type { Db } from "../../src/db/client.js";
import { nameKey } from "../../src/db/deals.js";
import type { FakeSlack } from "./fake-slack.js";

const DAY_MS = 24 * 3600_000;

/** A person known to Dealbot and to the fake Slack, in their own timezone. */
export async function seedUser(
  db: Db,
  slack: FakeSlack,
  user: { id: string; name?: string; tz: string; role?: "rep" | "manager" | "admin"; managerId?: string },
) {
  const name = user.name ?? `Rep ${user.id}`;
  slack.addUser({ id: user.id, realName: name, tz: user.tz });
  return db.user.upsert({
    where: { id: user.id },
    create: {
      id: user.id,
      name,
      timezone: user.tz,
      role: user.role ?? "rep",
      managerId: user.managerId ?? null,
      profileSyncedAt: new Date(),
    },
    update: { timezone: user.tz, role: user.role ?? "rep", managerId: user.managerId ?? null },
  });
}

/** An open deal last touched `staleDays` before `now`. */
export async function seedDeal(
  db: Db,
  input: {
    ownerId: string;
    name: string;
    amount?: number;
    staleDays: number;
    now: Date;
    closeOn?: string;
    stage?: string;
    snoozedUntil?: string;
  },
) {
  const stage = await db.stage.findUniqueOrThrow({ where: { key: input.stage ?? "proposal" } });
  const touched = new Date(input.now.getTime() - input.staleDays * DAY_MS);
  return db.deal.create({
    data: {
      name: input.name,
      nameKey: nameKey(input.name),
      ownerId: input.ownerId,
      stageId: stage.id,
      status: "open",
      amountMinor: BigInt(input.amount ?? 10_000) * 100n,
      currency: "EUR",
      closeOn: input.closeOn ?? "2027-03-31",
      lastActivityAt: touched,
      createdAt: touched,
      snoozedUntil: input.snoozedUntil ?? null,
    },
  });
}
