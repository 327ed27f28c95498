import { WebClient } from "@slack/web-api";
import { type Logger, toBoltLogger } from "../logger.js";

const clients = new WeakMap<WebClient, WebClient>();

/**
 * A client for posts that must not go out twice: no SDK retries. The shared client retries 5xx
 * and timeouts by itself, but a post whose answer came late may already be in the channel
 * (Slack does not deduplicate posts), so deliveries retry on their own, after looking for
 * the post's delivery key in the channel. A 429 is rejected at once (the post did not happen)
 * and waited out by the RateGate. Same token, URL and timeout as the shared client.
 */
export function postClientFor(slack: WebClient, logger: Logger): WebClient {
  const cached = clients.get(slack);
  if (cached) return cached;
  // WebClient keeps its timeout private; the posts keep the one the app configured.
  const timeout = (slack as unknown as { timeout?: number }).timeout ?? 30_000;
  const client = new WebClient(slack.token, {
    slackApiUrl: slack.slackApiUrl,
    logger: toBoltLogger(logger, "slack-api"),
    timeout,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
  });
  clients.set(slack, client);
  return client;
}
