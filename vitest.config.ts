import { availableParallelism } from "node:os";
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
    // Generous: on a 2-core CI machine running three files at once, a test that starts the CLI
    // three times takes 20 s. No test asserts on time; these only stop a hang.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Vitest's default is one file per core but one; a database test spends much of its time
    // waiting (on PostgreSQL, on a child process), so at least three at once: on 2 cores the
    // suite (both databases) took 9.5 min instead of 15.
    maxWorkers: Math.max(3, availableParallelism()),
    projects: [
      { extends: true, test: { name: "unit", include: ["test/unit/**/*.test.ts"] } },
      databaseProject("sqlite"),
      ...(process.env.TEST_DATABASE_URL ? [databaseProject("postgresql")] : []),
    ],
  },
});
