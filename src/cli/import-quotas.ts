import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { importQuotas } from "../domain/quotas/import-quotas.js";
import { getTeamSettings } from "../domain/settings/get-team-settings.js";
import { UsageError } from "./args.js";
import { makeLogger, openMigratedDatabase, type Process, readConfig } from "./bootstrap.js";

/** `dealbot import quotas <file.csv>`: header subject,amount,period[,currency]; reports each refused row. */
export async function importCommand(
  proc: Process,
  what: string | undefined,
  file: string | undefined,
): Promise<number> {
  if (what !== "quotas")
    throw new UsageError(`import needs what to import: quotas (got ${what ?? "nothing"}).`);
  if (!file) throw new UsageError("import quotas needs a CSV file, e.g. dealbot import quotas quotas.csv");
  let csv: string;
  try {
    csv = readFileSync(resolve(proc.cwd, file), "utf8");
  } catch (error) {
    proc.stderr.write(`dealbot: cannot read ${file}: ${(error as Error).message}\n`);
    return 1;
  }
  const config = readConfig(proc, ["database"]);
  const logger = makeLogger(config, proc);
  const database = await openMigratedDatabase(config, logger);
  try {
    const services = { db: database.db, config };
    const settings = await getTeamSettings(services);
    const report = await importQuotas(services, { csv, defaultCurrency: settings.currency });
    proc.stdout.write(`import quotas: ${report.accepted} accepted, ${report.refused.length} refused\n`);
    for (const r of report.refused) proc.stdout.write(`  line ${r.line}: ${r.reason}\n`);
    return report.refused.length > 0 && report.accepted === 0 ? 1 : 0;
  } finally {
    await database.close();
  }
}
