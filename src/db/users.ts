import type { Db, Role, User } from "./client.js";

export async function findUser(db: Db, id: string): Promise<User | null> {
  return db.user.findUnique({ where: { id } });
}

export interface SlackProfile {
  id: string;
  name: string;
  email: string | null;
  timezone: string | null;
  locale: string | null;
  active: boolean;
}

/** Creates or refreshes a user from their Slack profile; role and manager are left alone. */
export async function upsertUserProfile(db: Db, profile: SlackProfile, now: Date): Promise<User> {
  const data = {
    name: profile.name,
    email: profile.email,
    timezone: profile.timezone,
    locale: profile.locale,
    active: profile.active,
    profileSyncedAt: now,
  };
  return db.user.upsert({ where: { id: profile.id }, create: { id: profile.id, ...data }, update: data });
}

/** Makes sure each id exists and has `role`. */
export async function ensureRole(db: Db, ids: string[], role: Role): Promise<void> {
  for (const id of ids) {
    await db.user.upsert({ where: { id }, create: { id, name: id, role }, update: { role } });
  }
}

export async function markUserInactive(db: Db, id: string): Promise<void> {
  await db.user.updateMany({ where: { id }, data: { active: false } });
}

/** Ids of the people who report to `managerId`. */
export async function listReportIds(db: Db, managerId: string): Promise<string[]> {
  const rows = await db.user.findMany({ where: { managerId }, select: { id: true } });
  return rows.map((r) => r.id);
}

/** Display names by user id (ids without a user map to themselves). */
export async function userNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  return new Map(rows.map((r) => [r.id, r.name]));
}
