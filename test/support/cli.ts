import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, "..", "..");
// tsx as a loader in the same process (not its CLI, which runs the app in a child
// process): signals sent by a test reach the app itself.
const tsxLoader = join(require.resolve("tsx/package.json"), "..", "dist", "loader.mjs");

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Env for a CLI child: only what the test gives, plus what node needs. No developer .env leaks in. */
function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, TZ: "UTC", LOG_LEVEL: "info", ...env };
}

/** Starts `dealbot <args>` from the sources (as `npx dealbot` would after a build). */
export function spawnCli(args: string[], env: Record<string, string>, cwd = root): ChildProcess {
  return spawn(
    process.execPath,
    ["--import", pathToFileURL(tsxLoader).href, join(root, "src", "main.ts"), ...args],
    {
      cwd,
      env: childEnv(env),
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
}

/** Runs `dealbot <args>` to completion. */
export function runCli(args: string[], env: Record<string, string>, cwd?: string): Promise<CliResult> {
  const child = spawnCli(args, env, cwd);
  return collect(child);
}

export function collect(child: ChildProcess): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk) => {
    stdout += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  return new Promise((resolve) => {
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * Resolves with the first JSON log line from `child` that matches `predicate`. The default wait is
 * long: a child compiles the app through tsx as it starts, and a CI-style run on two cores (three
 * test files at once, and other tests beside it) once saw one print nothing for 15 s (1 Dec 2026).
 */
export function waitForLog(
  child: ChildProcess,
  predicate: (line: Record<string, unknown>) => boolean,
  timeoutMs = 30_000,
): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    let buffered = "";
    let errors = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      errors += chunk.toString();
    });
    const said = () => `${buffered}${errors ? `\nstderr:\n${errors.slice(-4000)}` : ""}`;
    const timer = setTimeout(
      () => reject(new Error(`no matching log line within ${timeoutMs} ms:\n${said()}`)),
      timeoutMs,
    );
    child.stdout?.on("data", (chunk: Buffer) => {
      buffered += chunk.toString();
      for (const line of buffered.split("\n")) {
        try {
          const parsed = JSON.parse(line) as Record<string, unknown>;
          if (predicate(parsed)) {
            clearTimeout(timer);
            resolve(parsed);
            return;
          }
        } catch {}
      }
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before the expected log line:\n${said()}`));
    });
  });
}
