import type { Role } from "../../db/client.js";
import { listReportIds } from "../../db/users.js";
import { DEFAULT_LANGUAGE, type Lang, personLanguage } from "../../i18n/languages.js";
import type { DirectoryServices } from "../people/directory.js";

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
  services: Pick<DirectoryServices, "db" | "directory">,
  userId: string,
  teamTimezone: string,
  teamLanguage: Lang = DEFAULT_LANGUAGE,
): Promise<Actor> {
  const user = await services.directory.ensureUser(userId);
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

/**
 * Why a change was refused, as data: views word it, and render the person as a
 * mention in a message or as plain words in a form (the refusal view in the Slack layer).
 */
export type Refusal =
  /** The deal (`what`, e.g. “Acme renewal”) belongs to someone the actor may not act for. */
  | { reason: "not_yours"; ownerId: string; what: string; byManager: boolean }
  /** Handing the deal to someone outside the actor's team. */
  | { reason: "handoff_outside_team"; ownerId: string; what: string }
  /** Creating a deal for someone outside the actor's team. */
  | { reason: "owner_outside_team"; ownerId: string; byManager: boolean };

/** Why `actor` may not change `what`, a deal owned by `ownerId`. */
export function refusalFor(actor: Actor, ownerId: string, what: string): Refusal {
  return { reason: "not_yours", ownerId, what, byManager: actor.role === "manager" };
}
