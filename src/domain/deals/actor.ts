import type { Role } from "../../db/client.js";
import { listReportIds } from "../../db/users.js";
import { DEFAULT_LANGUAGE, type Lang, personLanguage } from "../../i18n/languages.js";
import type { Services } from "../../services.js";
import { ensureUser } from "../users/ensure-user.js";

/** Who is acting, with what they may touch. */
export interface Actor {
  id: string;
  name: string;
  role: Role;
  /** The actor's own Slack timezone, else the team's: dates they type are read in it. */
  timezone: string;
  /** The language to answer them in: their own choice, else their Slack locale's (see i18n/languages). */
  lang: Lang;
  /** For managers: the people who report to them. */
  reportIds: string[];
}

export async function loadActor(
  services: Services,
  userId: string,
  teamTimezone: string,
  teamLanguage: Lang = DEFAULT_LANGUAGE,
): Promise<Actor> {
  const user = await ensureUser(services, userId);
  const reportIds =
    user.role === "manager" || user.role === "admin" ? await listReportIds(services.db, user.id) : [];
  return {
    id: user.id,
    name: user.name,
    role: user.role,
    timezone: user.timezone ?? teamTimezone,
    lang: personLanguage(user, teamLanguage),
    reportIds,
  };
}

/**
 * Whether `actor` may change deals owned by `ownerId`: reps their own, managers
 * their own and their reports', admins everyone's.
 */
export function mayActFor(actor: Actor, ownerId: string): boolean {
  if (actor.role === "admin" || ownerId === actor.id) return true;
  return actor.role === "manager" && actor.reportIds.includes(ownerId);
}

/** Why a change was refused, for the user. */
export function refusalFor(actor: Actor, ownerId: string, what: string): string {
  if (actor.role === "manager") {
    return `You can change your own deals and your team's; ${what} belongs to <@${ownerId}>, who is not on your team. Ask an admin to add them to your team.`;
  }
  return `${what} belongs to <@${ownerId}>: you can change only your own deals. Ask <@${ownerId}> or their manager.`;
}
