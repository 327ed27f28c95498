import { findUser } from "../db/users.js";
import { getTeamSettings } from "../domain/settings/get-team-settings.js";
import { type Lang, personLanguage } from "../i18n/languages.js";
import type { Services } from "../services.js";
import { ensureUser } from "./ensure-user.js";

/**
 * The language to answer someone in, from what the database already knows (no
 * Slack call, so it fits inside an ack). `known` is false when their Slack
 * profile has never been read: the team's language is a guess until it is.
 */
export async function storedLanguage(
  services: Pick<Services, "config" | "db">,
  userId: string,
): Promise<{ lang: Lang; known: boolean }> {
  const [user, settings] = await Promise.all([findUser(services.db, userId), getTeamSettings(services)]);
  return {
    lang: personLanguage(user, settings.language),
    known: Boolean(user?.language || user?.profileSyncedAt),
  };
}

/** The language to answer someone in, reading their Slack profile when it is unknown or stale. */
export async function userLanguage(
  services: Pick<Services, "config" | "db" | "slack" | "clock" | "logger">,
  userId: string,
): Promise<Lang> {
  const [user, settings] = await Promise.all([ensureUser(services, userId), getTeamSettings(services)]);
  return personLanguage(user, settings.language);
}
