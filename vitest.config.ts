import { defineConfig } from "vitest/config";

// Unit tests need no database. Integration tests (test/e2e, test/db) run on a
// fresh SQLite file per test, and again on PostgreSQL when TEST_DATABASE_URL is
// set (CI sets it; see .ci/run).
const integration = ["test/e2e/**/*.test.ts", "test/db/**/*.test.ts"];

const databaseProject = (provider: "sqlite" | "postgresql") => ({
  extends: true as const,
  test: {
    name: provider,
    include: integration,
    globalSetup: ["test/support/global-setup.ts"],
    env: { DEALBOT_TEST_PROVIDER: provider },
  },
});

export default defineConfig({
  test: {
    env: { TZ: "UTC", LOG_LEVEL: "silent" },
    testTimeout: 20_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["test/unit/**/*.test.ts"] } },
      databaseProject("sqlite"),
      ...(process.env.TEST_DATABASE_URL ? [databaseProject("postgresql")] : []),
    ],
  },
});
