import { mkdirSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector";
// Shared by the ack benchmarks (bench/ack-latency, bench/ack-during-digest): the load worker
// (bench/ack-load.ts, the fake Slack and the signed clients, on their own thread) and statistics.
import { dirname, extname } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Command, Reply } from "./ack-load.js";

// ---------------------------------------------------------------------------------------------
// The load worker

export interface LoadWorker {
  call<T>(command: Command): Promise<T>;
  terminate(): Promise<void>;
}

export function startLoadWorker(): LoadWorker {
  const file = new URL(`./ack-load${extname(fileURLToPath(import.meta.url))}`, import.meta.url);
  // Run under tsx, the worker needs tsx's loader too: Node 20 does not pass the main thread's
  // loader hooks on to worker threads, so the worker registers them before importing the file.
  const boot = file.pathname.endsWith(".ts")
    ? `import { register } from ${JSON.stringify(import.meta.resolve("tsx/esm/api"))}; register(); await import(${JSON.stringify(file.href)});`
    : `await import(${JSON.stringify(file.href)});`;
  const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`));
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  let nextId = 0;
  const failAll = (error: Error) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  worker.on("message", (reply: Reply) => {
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    if (reply.ok) p.resolve(reply.result);
    else p.reject(new Error(`load worker: ${reply.error}`));
  });
  worker.on("error", (error) => failAll(error));
  worker.on("exit", (code) => failAll(new Error(`load worker exited (${code})`)));
  return {
    call<T>(command: Command): Promise<T> {
      const id = ++nextId;
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
        worker.postMessage({ id, ...command });
      });
    },
    terminate: () => worker.terminate().then(() => {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Statistics

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export interface Latency {
  count: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
}

export function summarize(values: number[]): Latency {
  const sorted = [...values].sort((a, b) => a - b);
  const sum = sorted.reduce((a, b) => a + b, 0);
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
    mean: sorted.length ? sum / sorted.length : Number.NaN,
  };
}

/** Starts V8's CPU profiler on this thread; `stop(file)` writes the profile there and returns the path. */
export async function startProfile(): Promise<{ stop(file: string): Promise<string> }> {
  const session = new Session();
  session.connect();
  const post = <T>(method: string): Promise<T> =>
    new Promise((resolve, reject) =>
      session.post(method, (error, result) => (error ? reject(error) : resolve(result as T))),
    );
  await post("Profiler.enable");
  await post("Profiler.start");
  return {
    async stop(file) {
      const { profile } = await post<{ profile: unknown }>("Profiler.stop");
      session.disconnect();
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(profile));
      return file;
    },
  };
}
