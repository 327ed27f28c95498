// Prisma CLI configuration. Dealbot runs Prisma with the JavaScript engine and
// driver adapters, so no engine binary is ever downloaded (see README, "Database").
// The app itself applies migrations with src/db/migrate.ts; this file serves the
// CLI (generate, migrate diff, migrate status) during development.
import { defineConfig } from "prisma/config";
import { createAdapterFactory } from "./src/db/adapter.js";
import { resolveDatabaseTarget } from "./src/db/target.js";

const target = resolveDatabaseTarget(process.env.DATABASE_URL);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: `prisma/${target.provider}/schema.prisma`,
  migrations: { path: `prisma/${target.provider}/migrations` },
  async adapter() {
    return createAdapterFactory(target).factory;
  },
});
