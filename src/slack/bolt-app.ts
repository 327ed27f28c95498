import type { IncomingMessage, ServerResponse } from "node:http";
import { parse as parseQuery } from "node:querystring";
import {
  App,
  HTTPModuleFunctions,
  HTTPReceiver,
  isRawBodyError,
  type Receiver,
  SocketModeReceiver,
  verifySlackRequest,
} from "@slack/bolt";
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
  /** The app's clock (ms): request signatures are checked against it, so tests can sign at their time. */
  now?: () => number;
  /** From auth.test; passing them skips Bolt's own start-up call. */
  botId?: string;
  botUserId?: string;
}

/**
 * Builds the Bolt app for HTTP mode (Events API requests on POST /slack/events)
 * or, when SLACK_APP_TOKEN is set, Socket Mode (no public URL needed).
 * Signature checks stay on: unsigned, wrongly signed or stale requests get 401.
 */
export function createBoltApp({
  config,
  logger,
  clientOptions,
  now = Date.now,
  botId,
  botUserId,
}: BoltOptions): BoltApp {
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
      // Checked before Bolt, against the app's clock (verifySignature below).
      signatureVerification: false,
      // Respond as soon as a listener acks; the rest of its work continues after.
      processBeforeResponse: false,
      // A listener that never acks gets an error response before Slack's 3 s deadline.
      unhandledRequestTimeoutMillis: 2900,
    });
    receiver = http;
    httpListener = verifySignature(http.requestListener, logger, config.slack.signingSecret ?? "", now);
  }
  const app = new App({
    receiver,
    token: config.slack.botToken,
    logger: boltLogger,
    clientOptions,
    // Bolt's conversation store (context.conversation) is unused; its middleware ran on every request.
    convoStore: false,
    ...(botId && botUserId ? { botId, botUserId } : {}),
  });
  return { app, httpListener, socketMode: Boolean(config.slack.appToken) };
}

const MAX_SKEW_SECONDS = 5 * 60;

/**
 * Bolt's own check of Slack's signature, against the app's clock instead of the
 * system's: refuses unsigned, wrongly signed and stale requests (older than 5 minutes)
 * with a 401, and, unlike Bolt, requests timestamped more than 5 minutes in the
 * future, so a captured request cannot be replayed later. The body is read here and
 * handed to Bolt already buffered (its receiver reads `rawBody` when present).
 */
function verifySignature(
  next: (req: IncomingMessage, res: ServerResponse) => void,
  logger: Logger,
  signingSecret: string,
  now: () => number,
): (req: IncomingMessage, res: ServerResponse) => void {
  const refuse = (res: ServerResponse, status: number, reason: string) => {
    res.writeHead(status, { "content-type": "text/plain" });
    res.end(reason);
  };
  return (req, res) => {
    void (async () => {
      let body: string;
      try {
        body = (await HTTPModuleFunctions.bufferIncomingMessage(req)).rawBody.toString();
      } catch (error) {
        if (isRawBodyError(error) && error.statusCode === 413)
          return refuse(res, 413, "Request body too large");
        return refuse(res, 400, "Could not read the request body");
      }
      if (req.headers["content-type"] === "application/x-www-form-urlencoded") {
        // Slack's unsigned SSL check: answered here, never handed on with whatever came with it.
        if (parseQuery(body).ssl_check === "1") return refuse(res, 200, "");
      }
      const signature = req.headers["x-slack-signature"];
      const ts = Number(req.headers["x-slack-request-timestamp"]);
      try {
        if (typeof signature !== "string") throw new Error("no x-slack-signature header");
        if (ts - now() / 1000 > MAX_SKEW_SECONDS) throw new Error("timestamped in the future");
        verifySlackRequest({
          signingSecret,
          body,
          headers: { "x-slack-signature": signature, "x-slack-request-timestamp": ts },
          nowMilliseconds: now(),
        });
      } catch (error) {
        logger.warn({ ts, reason: (error as Error).message }, "refused a Slack request: bad signature");
        return refuse(res, 401, "Invalid request signature");
      }
      // A signed body that is not one Slack sends (`payload=null`, JSON `null`, `{}`, block
      // actions without actions, a submit without its view): Bolt would crash or answer 500.
      const malformed = malformedReason(req.headers["content-type"], body);
      if (malformed) {
        logger.warn({ reason: malformed }, "refused a signed Slack request with a malformed body");
        return refuse(res, 400, "Malformed request body");
      }
      next(req, res);
    })();
  };
}
