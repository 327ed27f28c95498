import type { IncomingMessage, ServerResponse } from "node:http";
import { App, HTTPReceiver, type Receiver, SocketModeReceiver } from "@slack/bolt";
import type { WebClientOptions } from "@slack/web-api";
import type { Config } from "../config/config.js";
import { type Logger, toBoltLogger } from "../logger.js";

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
    httpListener = rejectFutureTimestamps(http.requestListener, logger);
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
