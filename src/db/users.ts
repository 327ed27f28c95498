import type { Db, Prisma, Role, User } from "./client.js";

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

// --- Team settings (`/deal admin`): who manages whom.

/** A user as the team settings see them. */
export interface TeamMember {
  id: string;
  name: string;
  role: Role;
  managerId: string | null;
}

/**
 * Everyone whose role or manager a team change may touch: managers, admins,
 * anyone with a manager, and the users in `ids`.
 */
export async function listTeamMembers(db: Db, ids: string[]): Promise<TeamMember[]> {
  return db.user.findMany({
    where: {
      OR: [{ role: { in: ["manager", "admin"] } }, { managerId: { not: null } }, { id: { in: ids } }],
    },
    select: { id: true, name: true, role: true, managerId: true },
  });
}

export interface ManagerTeam {
  id: string;
  name: string;
  repIds: string[];
}

/**
 * Managers with their reports: the given ids in that order (unknown ids are
 * left out), or, without ids, everyone with the manager role or with reports.
 */
export async function listManagerTeams(db: Db, ids?: string[]): Promise<ManagerTeam[]> {
  const rows = await db.user.findMany({
    where: ids ? { id: { in: ids } } : { OR: [{ role: "manager" }, { reports: { some: {} } }] },
    select: { id: true, name: true, reports: { select: { id: true }, orderBy: { name: "asc" } } },
    orderBy: { name: "asc" },
  });
  const teams = rows.map((r) => ({ id: r.id, name: r.name, repIds: r.reports.map((x) => x.id) }));
  if (!ids) return teams;
  const byId = new Map(teams.map((t) => [t.id, t]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** A change to one user; users unknown to the database are created (named by id until their profile syncs). */
export interface TeamWrite {
  id: string;
  role?: Role;
  managerId?: string | null;
}

export async function writeTeam(tx: Prisma.TransactionClient, writes: TeamWrite[]): Promise<void> {
  // Everyone exists (with their role) before anyone points at them as manager.
  for (const { id, role } of writes) {
    await tx.user.upsert({
      where: { id },
      create: { id, name: id, role: role ?? "rep" },
      update: role ? { role } : {},
    });
  }
  for (const { id, managerId } of writes) {
    if (managerId !== undefined) await tx.user.update({ where: { id }, data: { managerId } });
  }
}

/** Pauses (a day "YYYY-MM-DD") or resumes (null) someone's nudges. */
export async function setAwayUntil(db: Db, id: string, until: string | null): Promise<void> {
  await db.user.update({ where: { id }, data: { awayUntil: until } });
}

/** Sets (a language code) or clears (null: follow their Slack locale) someone's language. */
export async function setUserLanguage(db: Db, id: string, language: string | null): Promise<void> {
  await db.user.update({ where: { id }, data: { language } });
}

/** Ids of active users with one of these roles. */
export async function listUsersByRole(db: Db, roles: Role[]): Promise<string[]> {
  const rows = await db.user.findMany({
    where: { role: { in: roles }, active: true },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return rows.map((r) => r.id);
}

/** Users by id, in one query. */
export async function findUsers(db: Db, ids: string[]): Promise<Map<string, User>> {
  if (ids.length === 0) return new Map();
  const rows = await db.user.findMany({ where: { id: { in: ids } } });
  return new Map(rows.map((u) => [u.id, u]));
}

/** A user by email, case-insensitively (emails are compared in lower case). */
export async function findUserByEmail(db: Db, email: string): Promise<User | null> {
  const exact = await db.user.findFirst({ where: { email } });
  if (exact) return exact;
  const lower = email.toLowerCase();
  if (lower === email) return null;
  return db.user.findFirst({ where: { email: lower } });
}

/** Users whose display name is exactly `name` (case-insensitive; names are few per team). */
export async function findUsersByName(db: Db, name: string): Promise<{ id: string; name: string }[]> {
  const rows = await db.user.findMany({ select: { id: true, name: true } });
  const key = name.trim().toLowerCase();
  return rows.filter((r) => r.name.trim().toLowerCase() === key);
}
