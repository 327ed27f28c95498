// Signing and delivering requests to the app the way Slack does
// (api.slack.com/authentication/verifying-requests-from-slack).
import { createHmac } from "node:crypto";
import type { SlackRequest } from "./slack-requests.js";

export interface SignOptions {
  body: string;
  signingSecret: string;
  /** Seconds since the epoch: the test clock's time, as the app checks signatures against its clock. */
  timestamp: number;
}

export interface SlackSignatureHeaders {
  "x-slack-signature": string;
  "x-slack-request-timestamp": string;
}

/** `v0=` + hex HMAC-SHA256(secret, "v0:{timestamp}:{raw body}"). */
export function signRequest({ body, signingSecret, timestamp }: SignOptions): SlackSignatureHeaders {
  const digest = createHmac("sha256", signingSecret).update(`v0:${timestamp}:${body}`).digest("hex");
  return { "x-slack-signature": `v0=${digest}`, "x-slack-request-timestamp": String(timestamp) };
}

export interface SendOptions {
  signingSecret: string;
  /**
   * The clock the request is signed at: the app's (the test clock; `bootApp`'s `send`
   * passes it), or the system's for an app that checks against it (a plain Bolt app).
   */
  now: () => Date;
  /** Seconds; overrides `now`, e.g. now − 600 to send a stale (replayed) request. */
  timestamp?: number;
  /** Adds X-Slack-Retry-Num (Slack retries Events API deliveries only). */
  retryNum?: number;
  /** X-Slack-Retry-Reason when retryNum is set; default "http_timeout". */
  retryReason?: string;
  /** Replaces the computed signature, e.g. a wrong one. */
  signature?: string;
  /** Sends no signature headers at all. */
  unsigned?: boolean;
  path?: string;
  /** Client-side limit; Bolt answers within ~3 s even when no listener acks. */
  timeoutMs?: number;
}

export interface SentResponse {
  status: number;
  body: string;
  /** The body parsed as JSON, when it is JSON. */
  json?: unknown;
  headers: Headers;
  elapsedMs: number;
}

export async function sendToApp(
  baseUrl: string,
  request: SlackRequest,
  options: SendOptions,
): Promise<SentResponse> {
  const headers: Record<string, string> = { "content-type": request.contentType };
  if (!options.unsigned) {
    const signed = signRequest({
      body: request.body,
      signingSecret: options.signingSecret,
      timestamp: options.timestamp ?? Math.floor(options.now().getTime() / 1000),
    });
    Object.assign(headers, signed);
    if (options.signature !== undefined) headers["x-slack-signature"] = options.signature;
  }
  if (options.retryNum !== undefined) {
    headers["x-slack-retry-num"] = String(options.retryNum);
    headers["x-slack-retry-reason"] = options.retryReason ?? "http_timeout";
  }
  const url = new URL(
    (options.path ?? "/slack/events").replace(/^\//, ""),
    baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`,
  );
  const started = performance.now();
  const response = await fetch(url, {
    method: "POST",
    headers,
    body: request.body,
    signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
  });
  const body = await response.text();
  const elapsedMs = performance.now() - started;
  const result: SentResponse = { status: response.status, body, headers: response.headers, elapsedMs };
  try {
    result.json = JSON.parse(body);
  } catch {
    // Not JSON (an empty ack, plain text): `body` has it.
  }
  return result;
}
