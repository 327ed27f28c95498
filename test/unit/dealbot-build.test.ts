import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// bin/dealbot.js builds dist/ when the sources changed. Run in a scratch project whose
// "TypeScript" is a stand-in that logs when each build starts and ends and takes a
// while, so two builds at once would show up as two overlapping starts.
const fakeTsc = `
import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
const at = process.argv.indexOf("--outDir");
const outDir = at === -1 ? "dist" : process.argv[at + 1];
const log = join(process.cwd(), "build.log");
appendFileSync(log, "start\\n");
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 400);
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, "main.js"), 'console.log("main ran");\\n');
appendFileSync(log, "end\\n");
`;

function scratchProject() {
  const root = mkdtempSync(join(tmpdir(), "dealbot-build-"));
  for (const dir of ["bin", "src", "prisma", "node_modules/typescript/bin"]) {
    mkdirSync(join(root, dir), { recursive: true });
  }
  copyFileSync("bin/dealbot.js", join(root, "bin/dealbot.js"));
  writeFileSync(join(root, "bin/generate.js"), "");
  writeFileSync(join(root, "node_modules/typescript/bin/tsc"), fakeTsc);
  writeFileSync(join(root, "src/main.ts"), "");
  writeFileSync(join(root, "prisma/models.prisma"), "");
  writeFileSync(join(root, "tsconfig.build.json"), "{}");
  writeFileSync(join(root, "package.json"), '{ "type": "module" }');
  return root;
}

function start(root: string) {
  const child = spawn(process.execPath, [join(root, "bin/dealbot.js")], { cwd: root });
  let stdout = "";
  child.stdout.on("data", (chunk) => {
    stdout += chunk;
  });
  return new Promise<{ status: number | null; stdout: string }>((resolve) =>
    child.on("close", (status) => resolve({ status, stdout })),
  );
}

const buildLog = (root: string) => readFileSync(join(root, "build.log"), "utf8").trim().split("\n");

describe("bin/dealbot.js building dist/", () => {
  it("two processes started at once build once and both run the build", async () => {
    const root = scratchProject();
    const [a, b] = await Promise.all([start(root), start(root)]);
    expect(a).toEqual({ status: 0, stdout: "main ran\n" });
    expect(b).toEqual({ status: 0, stdout: "main ran\n" });
    expect(buildLog(root)).toEqual(["start", "end"]);

    // Sources changed: one rebuild, again however many start at once.
    const earlier = new Date(Date.now() - 60_000);
    utimesSync(join(root, "dist/main.js"), earlier, earlier);
    const again = await Promise.all([start(root), start(root), start(root)]);
    expect(again.map((run) => run.status)).toEqual([0, 0, 0]);
    expect(buildLog(root)).toEqual(["start", "end", "start", "end"]);
  });

  it("takes over a lock left by a process that died", async () => {
    const root = scratchProject();
    const dead = spawnSync(process.execPath, ["-e", ""]).pid!;
    mkdirSync(join(root, ".dist-lock"));
    writeFileSync(join(root, ".dist-lock/pid"), String(dead));
    const run = await start(root);
    expect(run).toEqual({ status: 0, stdout: "main ran\n" });
    expect(buildLog(root)).toEqual(["start", "end"]);
  });
});
