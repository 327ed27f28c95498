import type { Database } from "../db/client.js";
import type { Route } from "./server.js";

/** GET /healthz: 200 {"status":"ok"} when the database answers, 503 when it does not. */
export function healthRoute(database: Pick<Database, "ping">): Route {
  return {
    method: "GET",
    path: "/healthz",
    async handler(_req, res) {
      const ok = await database.ping(2000);
      res.writeHead(ok ? 200 : 503, { "content-type": "application/json", "cache-control": "no-store" });
      res.end(
        JSON.stringify(ok ? { status: "ok" } : { status: "unavailable", reason: "database not answering" }),
      );
    },
  };
}
