import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { Db } from "../db/client.js";
import type { DatabaseTarget } from "../db/target.js";
import type { Logger } from "../logger.js";
import {
  type HeavyReader,
  type HeavyReadName,
  type HeavyReadResult,
  inProcessReader,
} from "./heavy-reads.js";
import type { ReadAnswer, ReadRequest } from "./read-worker-thread.js";

/**
 * Heavy reads on a worker thread, for SQLite: better-sqlite3 answers each query
 * synchronously, so a digest over 100k deals held the event loop for seconds
 * and Slack's requests waited that long for their ack (issue: "heavy reads off
 * the event loop"). The thread has its own connection; WAL lets it read while
 * the main thread writes. It starts on the first read and is kept; if it
 * cannot start or dies, reads fall back to `db` in process (logged), so a read
 * never fails for want of a thread.
 */
export class ReadWorker implements HeavyReader {
  #worker: Worker | undefined;
  readonly #pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  #nextId = 0;
  #broken = false;
  /** Reads answered by the thread (not by the in-process fallback). */
  threadReads = 0;
  readonly #fallback: HeavyReader;

  constructor(
    private readonly o: { target: Extract<DatabaseTarget, { provider: "sqlite" }>; db: Db; logger: Logger },
  ) {
    this.#fallback = inProcessReader(o.db);
  }

  read<K extends HeavyReadName>(
    name: K,
    input: Parameters<HeavyReader["read"]>[1],
  ): Promise<HeavyReadResult<K>> {
    const worker = this.#start();
    if (!worker) return this.#fallback.read(name, input as never);
    const id = ++this.#nextId;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ id, name, input } satisfies ReadRequest);
    });
  }

  /** Ends the thread; reads still waiting fail. */
  async stop(): Promise<void> {
    const worker = this.#worker;
    this.#worker = undefined;
    this.#broken = true;
    if (worker) await worker.terminate();
  }

  #start(): Worker | undefined {
    if (this.#worker || this.#broken) return this.#worker;
    try {
      const worker = spawn(this.o.target);
      worker.unref();
      worker.on("message", (answer: ReadAnswer) => {
        const waiting = this.#pending.get(answer.id);
        if (!waiting) return;
        this.#pending.delete(answer.id);
        this.threadReads++;
        if (answer.ok) waiting.resolve(answer.value);
        else waiting.reject(new Error(answer.message));
      });
      const fail = (error: Error) => {
        this.o.logger.error(
          { err: error },
          "the read worker stopped; heavy reads run in process from now on",
        );
        this.#broken = true;
        this.#worker = undefined;
        for (const waiting of this.#pending.values()) waiting.reject(error);
        this.#pending.clear();
      };
      worker.on("error", fail);
      worker.on("exit", (code) => {
        if (this.#worker === worker) fail(new Error(`read worker exited with code ${code}`));
      });
      this.#worker = worker;
      return worker;
    } catch (error) {
      this.o.logger.error({ err: error }, "could not start the read worker; heavy reads run in process");
      this.#broken = true;
      return undefined;
    }
  }
}

/** The thread's entry, as built (.js) or, under tsx and vitest, as TypeScript (loaded through tsx). */
function spawn(target: DatabaseTarget): Worker {
  const extension = import.meta.url.endsWith(".ts") ? ".ts" : ".js";
  const entry = new URL(`./read-worker-thread${extension}`, import.meta.url);
  if (extension === ".js") return new Worker(entry, { workerData: { target } });
  // tsx's ESM entry (require.resolve would give its CommonJS one).
  const tsxPackage = createRequire(import.meta.url).resolve("tsx/package.json");
  const tsx = pathToFileURL(join(dirname(tsxPackage), "dist/esm/api/index.mjs")).href;
  const boot = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(entry.href)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), { workerData: { target } });
}
