import { request } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { createHttpServer, type HttpServer } from "../../src/http/server.js";
import { createLogger } from "../../src/logger.js";

let http: HttpServer | undefined;
afterEach(async () => {
  await http?.close(100);
});

/** One GET over a keep-alive connection; resolves with the status and the Keep-Alive header. */
function get(port: number, path: string): Promise<{ status: number; keepAlive: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, headers: { connection: "keep-alive" } }, (res) => {
      res.resume();
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, keepAlive: res.headers["keep-alive"]?.toString() }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the app's HTTP server", () => {
  it("keeps idle connections 65 s (clients and load balancers reuse them), answers unknown paths 404", async () => {
    http = createHttpServer(
      [{ method: "GET", path: "/ok", handler: (_req, res) => res.end("ok") }],
      createLogger({ level: "silent", pretty: false }),
    );
    const port = await http.listen(0);
    expect(await get(port, "/ok")).toEqual({ status: 200, keepAlive: "timeout=65" });
    expect((await get(port, "/nope")).status).toBe(404);
  });
});
