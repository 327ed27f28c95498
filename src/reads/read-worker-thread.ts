// The read worker's thread (see read-worker.ts): its own Prisma client and SQLite connection
// (WAL lets it read while the main thread writes), answering one heavy read per message.
import { parentPort, workerData } from "node:worker_threads";
import { openDatabase } from "../db/client.js";
import type { DatabaseTarget } from "../db/target.js";
import { type HeavyReadName, inProcessReader } from "./heavy-reads.js";

export interface ReadRequest {
  id: number;
  name: HeavyReadName;
  input: unknown;
}

export type ReadAnswer =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; message: string };

const database = openDatabase(workerData.target as DatabaseTarget);
const reader = inProcessReader(database.db);

parentPort?.on("message", (request: ReadRequest) => {
  reader.read(request.name, request.input as never).then(
    (value) => parentPort?.postMessage({ id: request.id, ok: true, value } satisfies ReadAnswer),
    (error: unknown) =>
      parentPort?.postMessage({
        id: request.id,
        ok: false,
        message: error instanceof Error ? (error.stack ?? error.message) : String(error),
      } satisfies ReadAnswer),
  );
});
parentPort?.on("close", () => void database.close());
