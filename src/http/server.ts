import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "../logger.js";
import { BASE_HEADERS } from "./nps/survey-page.js";

/**
 * How long an idle connection stays open for its next request. Longer than Node's 5 s: a
 * client (Slack, or a load balancer in front: AWS ALB keeps idle connections 60 s) that
 * comes back reuses its connection instead of opening a new one, and a busy process accepts
 * only one new connection per turn of its event loop (libuv/libuv#3696): in bench/ack-latency,
 * 50 clients reconnecting at once to a busy Dealbot waited up to ~450 ms to be accepted.
 */
export const KEEP_ALIVE_MS = 65_000;

export type Handler = (req: IncomingMessage, res: ServerResponse, params: Record<string, string>) => unknown;

export interface Route {
  method: "GET" | "POST";
  /** A path, with `:name` segments captured as params (e.g. "/nps/:token"). */
  path: string;
  handler: Handler;
}

export interface HttpServer {
  listen(port: number): Promise<number>;
  /** Stops accepting connections and waits (up to `graceMs`) for requests in progress. */
  close(graceMs?: number): Promise<void>;
  readonly server: Server;
}

/**
 * The app's one HTTP server: Slack's requests, the health check and web pages
 * share the port. Routes are matched in order; anything else is a 404.
 */
export function createHttpServer(routes: Route[], logger: Logger): HttpServer {
  const compiled = routes.map((route) => ({ ...route, match: compilePath(route.path) }));
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    const route = compiled.find((r) => r.method === req.method && r.match(path));
    if (!route) {
      const known = compiled.some((r) => r.match(path));
      res.writeHead(known ? 405 : 404, { ...BASE_HEADERS, "content-type": "text/plain; charset=utf-8" });
      res.end(known ? "Method not allowed" : "Not found");
      return;
    }
    try {
      await route.handler(req, res, route.match(path) ?? {});
    } catch (error) {
      logger.error({ err: error, path, method: req.method }, "request failed");
      if (!res.headersSent)
        res.writeHead(500, { ...BASE_HEADERS, "content-type": "text/plain; charset=utf-8" });
      res.end("Internal error");
    }
  });
  // Slack waits 3 s for an ack; nobody needs a request held for minutes.
  server.requestTimeout = 30_000;
  server.headersTimeout = 15_000;
  server.keepAliveTimeout = KEEP_ALIVE_MS;

  return {
    server,
    listen: (port) =>
      new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, () => {
          server.off("error", reject);
          resolve((server.address() as AddressInfo).port);
        });
      }),
    close: (graceMs = 10_000) =>
      new Promise((resolve) => {
        if (!server.listening) return resolve();
        const force = setTimeout(() => server.closeAllConnections(), graceMs);
        force.unref();
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      }),
  };
}

function compilePath(path: string): (candidate: string) => Record<string, string> | undefined {
  const names: string[] = [];
  const pattern = path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/:(\w+)/g, (_, name: string) => {
    names.push(name);
    return "([^/]+)";
  });
  const regex = new RegExp(`^${pattern}/?$`);
  return (candidate) => {
    const match = regex.exec(candidate);
    if (!match) return undefined;
    try {
      return Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1] ?? "")]));
    } catch {
      return undefined; // malformed %-escape: no route matches
    }
  };
}
