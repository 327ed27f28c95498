import type { Services } from "../services.js";
import { slackErrorCode } from "../slack/client.js";

/**
 * The Slack user with this email (users.lookupByEmail, scope users:read.email), or null when
 * nobody in the workspace has it, or it is a bot or a deactivated account. For matching
 * contacts and CSV rows to people by email. Slack errors other than "not found" are thrown.
 */
export async function findSlackUserByEmail(
  services: Pick<Services, "slack">,
  email: string,
): Promise<{ id: string; name: string } | null> {
  try {
    const found = await services.slack.users.lookupByEmail({ email: email.trim().toLowerCase() });
    const user = found.user;
    if (!user?.id || user.deleted || user.is_bot) return null;
    return { id: user.id, name: user.real_name || user.name || user.id };
  } catch (error) {
    if (slackErrorCode(error) === "users_not_found") return null;
    throw error;
  }
}
