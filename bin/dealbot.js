#!/usr/bin/env node
// The `dealbot` command. Builds the app first when dist/ is missing or older
// than the sources, so `npm install && npm start` needs no other step.
//
// Safe when several processes start at once (`npm start` and a `npx dealbot`
// command): one builds while holding a lock, the others wait for it and then use its
// build. The build goes to a temporary folder that replaces dist/ by rename, so no
// process ever loads a half-written dist/.
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const entry = join(dist, "main.js");
const lock = join(root, ".dist-lock");
// A lock older than this is taken to be left by a build that died without cleaning up.
const staleLockMs = 10 * 60_000;

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const mtime = entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs;
    if (mtime > newest) newest = mtime;
  }
  return newest;
}

function needsBuild() {
  if (!existsSync(entry)) return true;
  const built = statSync(entry).mtimeMs;
  return newestMtime(join(root, "src")) > built || newestMtime(join(root, "prisma")) > built;
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

/** Takes the build lock (an atomic mkdir), waiting while a live process holds it. */
async function acquireLock() {
  let told = false;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, "pid"), String(process.pid));
      return;
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
    }
    let holder = 0;
    try {
      holder = Number(readFileSync(join(lock, "pid"), "utf8"));
    } catch {
      // Just created by its holder, pid not written yet.
    }
    const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    if ((holder > 0 && !alive(holder)) || age > staleLockMs) {
      rmSync(lock, { recursive: true, force: true });
      continue;
    }
    if (!told) console.error("dealbot: waiting for another process to finish building...");
    told = true;
    await sleep(100);
  }
}

function build() {
  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  if (!existsSync(tsc)) {
    console.error(
      "dealbot: dist/ is missing or stale and TypeScript is not installed. Run `npm install` (with dev dependencies) and try again.",
    );
    return 1;
  }
  console.error("dealbot: building (first start or sources changed)...");
  const next = join(root, `.dist-build-${process.pid}`);
  const old = join(root, `.dist-old-${process.pid}`);
  rmSync(next, { recursive: true, force: true });
  try {
    for (const [cmd, args] of [
      [process.execPath, [join(root, "bin", "generate.js")]],
      [process.execPath, [tsc, "-p", join(root, "tsconfig.build.json"), "--outDir", next]],
    ]) {
      const result = spawnSync(cmd, args, { cwd: root, stdio: "inherit" });
      if (result.status !== 0) return result.status ?? 1;
    }
    if (existsSync(dist)) renameSync(dist, old);
    renameSync(next, dist);
    rmSync(old, { recursive: true, force: true });
    return 0;
  } finally {
    rmSync(next, { recursive: true, force: true });
  }
}

if (needsBuild()) {
  await acquireLock();
  let status = 0;
  try {
    // Another process may have built while this one waited.
    if (needsBuild()) status = build();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  if (status !== 0) process.exit(status);
}

await import(pathToFileURL(entry).href);
