import { join } from "node:path";
import { type Config, type ConfigNeeds, loadConfig } from "../config/config.js";
import { withEnvFile } from "../config/env-file.js";
import { type Database, openDatabase } from "../db/client.js";
import { migrationsDir, runMigrations } from "../db/migrate.js";
import { describeTarget } from "../db/target.js";
import { createLogger, type Logger } from "../logger.js";
import { PACKAGE_ROOT } from "../paths.js";

export interface Process {
  env: Record<string, string | undefined>;
  cwd: string;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** Reads .env from the working directory and parses the configuration the command needs. */
export function readConfig(proc: Process, needs: ConfigNeeds[]): Config {
  return loadConfig(withEnvFile(proc.env, join(proc.cwd, ".env")), needs);
}

export function makeLogger(config: Config, proc: Process): Logger {
  return createLogger({ ...config.log, destination: proc.stdout });
}

/** Applies pending migrations, then opens the database. */
export async function openMigratedDatabase(config: Config, logger: Logger): Promise<Database> {
  const result = await runMigrations(config.database, migrationsDir(config.database.provider, PACKAGE_ROOT));
  logger.info(
    {
      database: describeTarget(config.database),
      applied: result.applied,
      alreadyApplied: result.alreadyApplied,
    },
    result.applied.length ? "applied database migrations" : "database is up to date",
  );
  return openDatabase(config.database);
}
