import type { WebClient } from "@slack/web-api";
import { AppError } from "../errors.js";
import { slackErrorCode } from "./client.js";

export interface BotIdentity {
  botId: string;
  botUserId: string;
  teamId: string | undefined;
  team: string | undefined;
}

const TOKEN_ERRORS = new Set([
  "invalid_auth",
  "not_authed",
  "account_inactive",
  "token_revoked",
  "token_expired",
]);

/** Asks Slack who the bot token belongs to; a refused token stops start-up with a clear message. */
export async function identifyBot(client: WebClient): Promise<BotIdentity> {
  try {
    const auth = await client.auth.test();
    if (!auth.bot_id || !auth.user_id) {
      throw new AppError(
        "not_a_bot_token",
        'SLACK_BOT_TOKEN is not a bot token. Use the Bot User OAuth Token (xoxb-...) from your Slack app\'s "OAuth & Permissions" page.',
      );
    }
    return { botId: auth.bot_id, botUserId: auth.user_id, teamId: auth.team_id, team: auth.team };
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = slackErrorCode(error);
    if (code && TOKEN_ERRORS.has(code)) {
      throw new AppError(
        "token_refused",
        `Slack refused SLACK_BOT_TOKEN (${code}). Copy the Bot User OAuth Token (xoxb-...) again from your Slack app's "OAuth & Permissions" page; reinstall the app if it was uninstalled.`,
      );
    }
    throw new AppError(
      "slack_unreachable",
      `Could not reach Slack at ${client.slackApiUrl} (${code ?? (error as Error).message}). Check the network, a proxy, or SLACK_API_URL.`,
    );
  }
}
