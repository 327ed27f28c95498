#!/usr/bin/env node
// Generates the Prisma clients (one per provider) when the schema is newer than
// the generated code. Runs after `npm install`, before tests and builds.
// Uses Prisma's JavaScript engine: nothing is downloaded.
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const prismaCli = join(root, "node_modules", "prisma", "build", "index.js");
const force = process.argv.includes("--force");

for (const provider of ["sqlite", "postgresql"]) {
  const schema = join(root, "prisma", provider, "schema.prisma");
  const marker = join(root, "src", "generated", provider, "client.ts");
  if (!force && existsSync(marker) && statSync(marker).mtimeMs >= statSync(schema).mtimeMs) continue;
  const result = spawnSync(process.execPath, [prismaCli, "generate", "--schema", schema], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
    env: {
      ...process.env,
      // The schema's datasource url is read by the CLI but not used to generate.
      DATABASE_URL: provider === "sqlite" ? "file:./data/dealbot.db" : "postgresql://localhost/dealbot",
      CHECKPOINT_DISABLE: "1",
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
    },
  });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    console.error(`dealbot: prisma generate failed for ${provider} (exit ${result.status})`);
    process.exit(result.status ?? 1);
  }
}
