import type { IncomingMessage } from "node:http";

/**
 * The address a request came from. Behind `trustedProxies` reverse proxies,
 * each appending the address it saw to X-Forwarded-For, that is the entry the
 * outermost trusted proxy wrote; entries further left came from the client and
 * prove nothing. Without trusted proxies, or without the header: the socket's.
 */
export function clientAddress(req: IncomingMessage, trustedProxies: number): string {
  const socket = req.socket.remoteAddress ?? "unknown";
  if (trustedProxies <= 0) return socket;
  const header = req.headers["x-forwarded-for"];
  const hops = (Array.isArray(header) ? header.join(",") : (header ?? ""))
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return hops[hops.length - trustedProxies] ?? socket;
}
