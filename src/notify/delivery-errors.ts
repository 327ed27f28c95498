/**
 * What a failed Slack call means for a delivery. Slack's error codes per method:
 * docs.slack.dev/reference/methods/chat.postMessage ("Errors").
 * - transient: Slack or the network had a moment (429, 5xx, timeouts): retry later.
 * - auth: the token is invalid or revoked (reinstall heals it): retry later; Slack cannot
 *   carry a message about it, so operators see it in `dealbot status`.
 * - admin: someone must act (invite the bot, reinstall with a scope): retry later and tell the
 *   admins once.
 * - permanent: no retry will help (the person left, the channel is archived, the message is invalid).
 */
export type FailureKind = "transient" | "auth" | "admin" | "permanent";

const AUTH = new Set(["invalid_auth", "not_authed", "token_revoked", "token_expired", "account_inactive"]);
const ADMIN = new Set(["not_in_channel", "channel_not_found", "missing_scope", "restricted_action"]);
const TRANSIENT = new Set([
  "ratelimited",
  "http_error",
  "request_error",
  "internal_error",
  "fatal_error",
  "service_unavailable",
  "request_timeout",
  "team_added_to_org",
]);

export function failureKind(code: string, recipient: string): FailureKind {
  if (TRANSIENT.has(code)) return "transient";
  if (AUTH.has(code)) return "auth";
  // A DM that cannot be opened will not open later; a channel can get the bot invited.
  if (ADMIN.has(code)) return isChannel(recipient) || code === "missing_scope" ? "admin" : "permanent";
  return "permanent";
}

/**
 * Failures after which the message may have reached Slack anyway (a request that timed out on our
 * side, a 5xx from a proxy): the next attempt looks for it first, so it is never posted twice.
 */
export function mayHaveLanded(code: string | null | undefined): boolean {
  return (
    code === "request_error" || code === "http_error" || code === "fatal_error" || code === "unverifiable"
  );
}

/** A channel id (C…, G…), not a user (U…, W…) or an email address. */
export function isChannel(recipient: string): boolean {
  return /^[CG][A-Z0-9_]+$/.test(recipient);
}

/** The job id of admin notices about failed deliveries (they are never about themselves). */
export const PROBLEM_JOB = "delivery-problems";
