#!/usr/bin/env node
// Checks that package-lock.json records every dependency of every locked package,
// optional per-platform binaries included (biome's, esbuild's, resvg's...). `npm ci`
// refuses a lock that lacks one ("Missing: @biomejs/cli-darwin-arm64 from lock file"),
// and `npm install` adds them, leaving a fresh clone dirty.
// Usage: node bin/check-lock.js [path/to/package-lock.json]; exits 1 and lists what is missing.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Lists `from → name` for each dependency that no lock entry satisfies (Node's lookup: nearest node_modules up). */
export function missingFromLock(lock) {
  const packages = lock.packages ?? {};
  const missing = [];
  for (const [path, entry] of Object.entries(packages)) {
    if (entry.link) continue;
    const wanted = {
      ...entry.dependencies,
      ...entry.optionalDependencies,
      ...(path === "" ? entry.devDependencies : {}),
    };
    for (const name of Object.keys(wanted)) {
      if (!resolves(packages, path, name)) missing.push(`${path || "(root)"} → ${name}`);
    }
  }
  return missing;
}

function resolves(packages, from, name) {
  let dir = from;
  for (;;) {
    const candidate = dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`;
    if (candidate in packages) return true;
    if (!dir) return false;
    const cut = dir.lastIndexOf("/node_modules/");
    dir = cut === -1 ? "" : dir.slice(0, cut);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..");
  const file = process.argv[2] ?? join(root, "package-lock.json");
  const missing = missingFromLock(JSON.parse(readFileSync(file, "utf8")));
  if (missing.length > 0) {
    console.error(`${file} is incomplete; npm ci will refuse it. Missing:\n  ${missing.join("\n  ")}`);
    console.error("Regenerate it: npm run lock");
    process.exit(1);
  }
  console.warn(`${file}: complete (every dependency, optional platform packages included, is recorded)`);
}
