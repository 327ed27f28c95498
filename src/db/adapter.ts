import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { DatabaseTarget } from "./target.js";

/** The Prisma driver adapter for a database target (no Prisma engine binaries needed). */
export function createAdapterFactory(target: DatabaseTarget): PrismaBetterSQLite3 | PrismaPg {
  if (target.provider === "sqlite") {
    mkdirSync(dirname(target.file), { recursive: true });
    return new PrismaBetterSQLite3({ url: target.file, timeout: 5000 });
  }
  return new PrismaPg({ connectionString: target.url, max: 10 });
}
