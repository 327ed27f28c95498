import type { RespondFn } from "@slack/bolt";
import type { Services } from "../../services.js";
import { within } from "../../time-limit.js";
import { REQUEST_CALL_TIMEOUT_MS } from "../client.js";
import type { Message } from "../views/help.js";

export type Reply = (message: Message, options?: { replace?: boolean }) => Promise<void>;

/**
 * How to answer someone privately: through the response URL Slack gave with
 * the request (an ephemeral reply in place), or else by DM from the app
 * (clicks in the Home tab, form submissions, and work resumed after the
 * response URL's 30 minutes). A reply that fails or hangs throws within a few
 * seconds; the request's work is then retried later (src/work/slack-work.ts).
 */
export function replier(services: Services, userId: string, respond: RespondFn | undefined): Reply {
  if (respond) {
    return async (message, options) => {
      await withTimeout(
        respond({ response_type: "ephemeral", replace_original: options?.replace ?? false, ...message }),
        "a reply through response_url",
      );
    };
  }
  return async (message) => {
    await services.slack.chat.postMessage({ channel: userId, ...message });
  };
}

/** A reply through a stored response URL (a form opened from a command), else a DM. */
export function replierForUrl(services: Services, userId: string, responseUrl: string | undefined): Reply {
  if (!responseUrl) return replier(services, userId, undefined);
  return async (message) => {
    const response = await fetch(responseUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ response_type: "ephemeral", replace_original: false, ...message }),
      signal: AbortSignal.timeout(REQUEST_CALL_TIMEOUT_MS),
    });
    // An expired response URL (after 30 minutes or 5 uses): fall back to a DM.
    if (!response.ok) await services.slack.chat.postMessage({ channel: userId, ...message });
  };
}

async function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  const late = Symbol("late");
  const result = await within(promise, REQUEST_CALL_TIMEOUT_MS, late);
  if (result === late) throw new Error(`${what} took longer than ${REQUEST_CALL_TIMEOUT_MS} ms`);
  return result;
}
