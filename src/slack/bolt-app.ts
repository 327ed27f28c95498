import type { IncomingMessage, ServerResponse } from "node:http";
import { App, HTTPReceiver, isValidSlackRequest, type Receiver, SocketModeReceiver } from "@slack/bolt";
import type { WebClientOptions } from "@slack/web-api";
import type { Config } from "../config/config.js";
import { type Logger, toBoltLogger } from "../logger.js";
import { malformedReason } from "./request-shape.js";

export interface BoltApp {
  app: App;
  /** HTTP mode: hands POST /slack/events to Bolt's verifier and dispatcher. */
  httpListener: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  socketMode: boolean;
}

export interface BoltOptions {
  config: Config;
  logger: Logger;
  clientOptions: WebClientOptions;
  /** From auth.test; passing them skips Bolt's own start-up call. */
  botId?: string;
  botUserId?: string;
}

/**
 * Builds the Bolt app for HTTP mode (Events API requests on POST /slack/events)
 * or, when SLACK_APP_TOKEN is set, Socket Mode (no public URL needed).
 * Signature checks stay on: unsigned, wrongly signed or stale requests get 401.
 */
export function createBoltApp({ config, logger, clientOptions, botId, botUserId }: BoltOptions): BoltApp {
  const boltLogger = toBoltLogger(logger);
  let receiver: Receiver;
  let httpListener: BoltApp["httpListener"];
  if (config.slack.appToken) {
    receiver = new SocketModeReceiver({
      appToken: config.slack.appToken,
      logger: boltLogger,
      installerOptions: { clientOptions },
    });
  } else {
    const http = new HTTPReceiver({
      signingSecret: config.slack.signingSecret ?? "",
      endpoints: "/slack/events",
      logger: boltLogger,
      // Respond as soon as a listener acks; the rest of its work continues after.
      processBeforeResponse: false,
      // A listener that never acks gets an error response before Slack's 3 s deadline.
      unhandledRequestTimeoutMillis: 2900,
    });
    receiver = http;
    httpListener = rejectFutureTimestamps(
      rejectMalformed(http.requestListener, logger, config.slack.signingSecret ?? ""),
      logger,
    );
  }
  const app = new App({
    receiver,
    token: config.slack.botToken,
    logger: boltLogger,
    clientOptions,
    ...(botId && botUserId ? { botId, botUserId } : {}),
  });
  return { app, httpListener, socketMode: Boolean(config.slack.appToken) };
}

const MAX_SKEW_SECONDS = 5 * 60;

/**
 * Bolt refuses requests signed more than 5 minutes ago but accepts any time in
 * the future; a captured request must not be replayable later, so refuse both.
 */
function rejectFutureTimestamps(
  next: (req: IncomingMessage, res: ServerResponse) => void,
  logger: Logger,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const ts = Number(req.headers["x-slack-request-timestamp"]);
    if (Number.isFinite(ts) && ts - Date.now() / 1000 > MAX_SKEW_SECONDS) {
      logger.warn({ ts }, "refused a Slack request timestamped in the future");
      res.writeHead(401, { "content-type": "text/plain" });
      res.end("Request timestamp is in the future");
      return;
    }
    next(req, res);
  };
}

/** Slack's bodies are small; anything larger is not from Slack. */
const MAX_BODY_BYTES = 1024 * 1024;

/**
 * A signed request whose body is not one Slack sends (`payload=null`, a JSON
 * `null`, `{}`, block actions without actions, a form submit without its view)
 * gets a 400 and a log line; Bolt would crash the process on some and answer
 * others with a 500. The body is read here and handed on to Bolt already
 * buffered (its receiver reads `rawBody` when present). Unsigned requests go
 * on to Bolt, which refuses them with a 401 as before.
 */
function rejectMalformed(
  next: (req: IncomingMessage, res: ServerResponse) => void,
  logger: Logger,
  signingSecret: string,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on("error", () => {
      if (!res.headersSent) res.writeHead(400).end();
    });
    req.on("end", () => {
      if (tooLarge) {
        logger.warn({ bytes: size }, "refused a Slack request: body too large");
        res.writeHead(413, { "content-type": "text/plain" }).end("Request body too large");
        return;
      }
      const rawBody = Buffer.concat(chunks);
      const text = rawBody.toString();
      const reason = malformedReason(req.headers["content-type"], text);
      if (reason && isSigned(req, text, signingSecret)) {
        logger.warn({ reason }, "refused a signed Slack request with a malformed body");
        res.writeHead(400, { "content-type": "text/plain" }).end("Malformed request body");
        return;
      }
      Object.assign(req, { rawBody });
      next(req, res);
    });
  };
}

function isSigned(req: IncomingMessage, body: string, signingSecret: string): boolean {
  const signature = req.headers["x-slack-signature"];
  const timestamp = Number(req.headers["x-slack-request-timestamp"]);
  if (typeof signature !== "string" || !Number.isFinite(timestamp)) return false;
  return isValidSlackRequest({
    signingSecret,
    body,
    headers: { "x-slack-signature": signature, "x-slack-request-timestamp": timestamp },
  });
}
