import { WebClient, type WebClientOptions } from "@slack/web-api";
import type { Config } from "../config/config.js";
import { type Logger, toBoltLogger } from "../logger.js";

/**
 * Options for every Slack Web API client the app makes (ours and Bolt's).
 * SLACK_API_URL points them at a proxy, GovSlack, or the test fake.
 */
export function slackClientOptions(
  config: Config,
  logger: Logger,
  overrides: WebClientOptions = {},
): WebClientOptions {
  return {
    logger: toBoltLogger(logger, "slack-api"),
    // @slack/web-api has no request timeout by default; a hung call must not hold a job forever.
    timeout: 30_000,
    // 429: wait Retry-After and retry (the SDK pauses this client's queue). 5xx and
    // network errors: retry a few times over about a minute, not the default half hour.
    rejectRateLimitedCalls: false,
    retryConfig: { retries: 5, factor: 3.86 }, // the SDK's fiveRetriesInFiveMinutes policy
    ...(config.slack.apiUrl ? { slackApiUrl: ensureTrailingSlash(config.slack.apiUrl) } : {}),
    ...overrides,
  };
}

/** How long a Slack call made for a request may take before it counts as failed. */
export const REQUEST_CALL_TIMEOUT_MS = 5_000;

/**
 * Options for the client that serves requests after their ack (replies, forms,
 * Home tabs, users.info). No retries and a short timeout: a failing or hanging
 * Slack method costs a few seconds, not minutes, and never holds the slots
 * that apply other people's changes; on a 429 the call fails at once instead
 * of pausing every call of the client. The request's work is retried later
 * from the database (src/work/slack-work.ts), where a retry of a change is a
 * no-op (its key comes from the request) and only the reply is sent again.
 */
export function requestClientOptions(
  config: Config,
  logger: Logger,
  overrides: WebClientOptions = {},
): WebClientOptions {
  return slackClientOptions(config, logger, {
    timeout: REQUEST_CALL_TIMEOUT_MS,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    ...overrides,
  });
}

export function createSlackClient(
  config: Config,
  logger: Logger,
  overrides: WebClientOptions = {},
): WebClient {
  return new WebClient(config.slack.botToken, slackClientOptions(config, logger, overrides));
}

const ensureTrailingSlash = (url: string) => (url.endsWith("/") ? url : `${url}/`);

/** The Slack error code of a failed Web API call (`channel_not_found`, `ratelimited`…), if any. */
export function slackErrorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const e = error as { code?: string; data?: { error?: string } };
  if (e.data?.error) return e.data.error;
  if (e.code === "slack_webapi_rate_limited_error") return "ratelimited";
  if (e.code === "slack_webapi_http_error") return "http_error";
  if (e.code === "slack_webapi_request_error") return "request_error";
  return undefined;
}
