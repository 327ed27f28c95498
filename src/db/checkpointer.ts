import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import type { Logger } from "../logger.js";

/**
 * WAL checkpoints on their own thread (SQLite). SQLite copies the WAL back into the database
 * file every 1,000 pages by default, inside whichever commit crosses that line: on the app's
 * connection that was the event loop, a stall of tens to hundreds of milliseconds (it fsyncs
 * both files) every few hundred acks under load (bench/ack-latency). Here a thread with its
 * own connection runs a PASSIVE checkpoint every `everyMs`: it copies what no reader still
 * needs without waiting for, or blocking, the app's readers and writers. The app's connection
 * checkpoints itself only past AUTOCHECKPOINT_PAGES (src/db/adapter.ts), if this thread ever
 * falls behind or stops.
 */
export const AUTOCHECKPOINT_PAGES = 10_000;

export interface Checkpointer {
  /** Checkpoints done, and the last one's WAL size and pages copied (for tests and logs). */
  readonly done: number;
  readonly last: { log: number; checkpointed: number } | undefined;
  stop(): Promise<void>;
}

// A plain script (no TypeScript, so it runs the same built or under tsx): one connection, one
// PRAGMA on a timer, each result posted back.
const THREAD = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.file, { timeout: 5000 });
const timer = setInterval(() => {
  try {
    const [row] = db.pragma("wal_checkpoint(PASSIVE)");
    parentPort.postMessage({ ok: true, log: row.log, checkpointed: row.checkpointed });
  } catch (error) {
    parentPort.postMessage({ ok: false, message: String(error && error.message) });
  }
}, workerData.everyMs);
parentPort.on("close", () => { clearInterval(timer); db.close(); });
`;

type Report = { ok: true; log: number; checkpointed: number } | { ok: false; message: string };

export function startCheckpointer(file: string, logger: Logger, everyMs = 1000): Checkpointer {
  const driver = createRequire(import.meta.url).resolve("better-sqlite3");
  const worker = new Worker(THREAD, { eval: true, workerData: { file, everyMs, driver } });
  worker.unref();
  let stopped = false;
  let failures = 0;
  const state = {
    done: 0,
    last: undefined as Checkpointer["last"],
    async stop() {
      stopped = true;
      await worker.terminate();
    },
  };
  worker.on("message", (report: Report) => {
    if (report.ok) {
      state.done += 1;
      state.last = { log: report.log, checkpointed: report.checkpointed };
      failures = 0;
    } else if (failures++ === 0) {
      logger.warn({ reason: report.message }, "a WAL checkpoint failed; the next one will try again");
    }
  });
  worker.on("error", (error) =>
    logger.error(
      { err: error },
      "the WAL checkpoint thread stopped; SQLite checkpoints on the app's connection",
    ),
  );
  worker.on("exit", (code) => {
    if (!stopped) logger.warn({ code }, "the WAL checkpoint thread exited");
  });
  return state;
}
