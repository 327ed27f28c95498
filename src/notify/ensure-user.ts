import type { User } from "../db/client.js";
import { findUser, markUserInactive, type SlackProfile, upsertUserProfile } from "../db/users.js";
import type { Services } from "../services.js";
import { slackErrorCode } from "../slack/client.js";

/** Profiles (name, timezone) are refreshed from Slack at most this often; users.info is rate-limited. */
export const PROFILE_TTL_MS = 24 * 3600_000;

/**
 * Returns the Dealbot user for a Slack user id, creating or refreshing it from
 * `users.info` when unknown or stale. When Slack cannot be asked, a known user
 * is returned as is, and an unknown one is created with what we know.
 */
export async function ensureUser(
  { db, slack, clock, logger }: Pick<Services, "db" | "slack" | "clock" | "logger">,
  id: string,
): Promise<User> {
  const now = clock.now();
  const known = await findUser(db, id);
  if (known?.profileSyncedAt && now.getTime() - known.profileSyncedAt.getTime() < PROFILE_TTL_MS)
    return known;
  try {
    const profile = await fetchSlackProfile(slack, id);
    return await upsertUserProfile(db, profile, now);
  } catch (error) {
    const code = slackErrorCode(error);
    if (code === "user_not_found" && known) await markUserInactive(db, id);
    logger.warn({ err: error, user: id, code }, "could not refresh a Slack profile");
    if (known) return known;
    return upsertUserProfile(
      db,
      { id, name: id, email: null, timezone: null, locale: null, active: code !== "user_not_found" },
      new Date(0),
    );
  }
}

async function fetchSlackProfile(slack: Services["slack"], id: string): Promise<SlackProfile> {
  const { user } = await slack.users.info({ user: id, include_locale: true });
  if (!user) throw new Error(`users.info returned no user for ${id}`);
  return {
    id,
    name: user.real_name || user.profile?.real_name || user.profile?.display_name || user.name || id,
    email: user.profile?.email ?? null,
    timezone: user.tz ?? null,
    locale: user.locale ?? null,
    active: !user.deleted,
  };
}
