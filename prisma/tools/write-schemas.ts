// Writes prisma/<provider>/schema.prisma from prisma/models.prisma.
// `--check` writes nothing and exits 1 when a provider schema is out of date.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { providers, schemaHeader, schemaPath } from "./providers.js";

const models = readFileSync("prisma/models.prisma", "utf8");
const check = process.argv.includes("--check");
let stale = 0;
for (const provider of providers) {
  const path = schemaPath(provider);
  const wanted = schemaHeader(provider) + models;
  let current = "";
  try {
    current = readFileSync(path, "utf8");
  } catch {}
  if (current === wanted) continue;
  if (check) {
    console.error(`${path} differs from prisma/models.prisma: run npm run db:schema`);
    stale++;
  } else {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, wanted);
    console.log(`wrote ${path}`);
  }
}
process.exit(stale ? 1 : 0);
