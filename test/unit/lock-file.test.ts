import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// `npm ci` refuses a lock file that lacks any dependency of a locked package, the
// optional per-platform binaries of biome, esbuild or resvg included, and `npm install`
// then rewrites it, so a fresh clone is dirty. bin/check-lock.js finds such gaps.
const check = (file: string) =>
  spawnSync(process.execPath, ["bin/check-lock.js", file], { encoding: "utf8" });

describe("package-lock.json", () => {
  it("records every dependency of every locked package, for every platform", () => {
    const result = check("package-lock.json");
    expect(result.stderr, "regenerate it with: npm run lock").not.toMatch(/Missing/);
    expect(result.status).toBe(0);
  });

  it("the check names a platform package that a lock lacks", () => {
    const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));
    delete lock.packages["node_modules/@biomejs/cli-darwin-arm64"];
    const file = join(mkdtempSync(join(tmpdir(), "lock-")), "package-lock.json");
    writeFileSync(file, JSON.stringify(lock));
    const result = check(file);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("node_modules/@biomejs/biome → @biomejs/cli-darwin-arm64");
  });
});
