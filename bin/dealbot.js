#!/usr/bin/env node
// The `dealbot` command. Builds the app first when dist/ is missing or older
// than the sources, so `npm install && npm start` needs no other step.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const entry = join(root, "dist", "main.js");

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

if (needsBuild()) {
  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  if (!existsSync(tsc)) {
    console.error(
      "dealbot: dist/ is missing or stale and TypeScript is not installed. Run `npm install` (with dev dependencies) and try again.",
    );
    process.exit(1);
  }
  console.error("dealbot: building (first start or sources changed)...");
  for (const [cmd, args] of [
    [process.execPath, [join(root, "bin", "generate.js")]],
    [process.execPath, [tsc, "-p", join(root, "tsconfig.build.json")]],
  ]) {
    const result = spawnSync(cmd, args, { cwd: root, stdio: "inherit" });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}

await import(pathToFileURL(entry).href);
