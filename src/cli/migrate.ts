import { migrationsDir, runMigrations } from "../db/migrate.js";
import { describeTarget } from "../db/target.js";
import { PACKAGE_ROOT } from "../paths.js";
import { plural } from "../plural.js";
import { type Process, readConfig } from "./bootstrap.js";

/** `dealbot migrate`: applies pending migrations and exits. */
export async function migrateCommand(proc: Process): Promise<number> {
  const config = readConfig(proc, ["database"]);
  const result = await runMigrations(config.database, migrationsDir(config.database.provider, PACKAGE_ROOT));
  const where = describeTarget(config.database);
  if (result.applied.length === 0) {
    proc.stdout.write(`${where}: up to date (${result.alreadyApplied} migrations applied before).\n`);
  } else {
    proc.stdout.write(`${where}: applied ${plural(result.applied.length, "migration")}:\n`);
    for (const name of result.applied) proc.stdout.write(`  ${name}\n`);
  }
  return 0;
}
