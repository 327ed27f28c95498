import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { createApp } from "../app.js";
import { systemClock } from "../clock.js";
import { importContacts } from "../domain/nps/import-contacts.js";
import { withDirectory } from "../notify/directory.js";
import { createSlackClient } from "../slack/client.js";
import { UsageError } from "./args.js";
import { makeLogger, openMigratedDatabase, type Process, readConfig } from "./bootstrap.js";

/**
 * `dealbot import contacts <file.csv>`: adds contacts from a CSV file and prints
 * which rows were accepted and which refused, with the reason for each.
 * Exit code 0 when every row was accepted, 1 when some were refused.
 */
export async function importContactsCommand(
  proc: Process,
  what: string | undefined,
  file: string | undefined,
) {
  if (what !== "contacts" || !file)
    throw new UsageError("import needs what and a file: dealbot import contacts <file.csv>");
  let csv: string;
  try {
    csv = await readFile(resolve(proc.cwd, file), "utf8");
  } catch (error) {
    proc.stderr.write(`dealbot: cannot read ${file}: ${(error as Error).message}\n`);
    return 1;
  }
  const config = readConfig(proc, ["database"]);
  const logger = makeLogger({ ...config, log: { ...config.log, level: "warn" } }, proc);
  const database = await openMigratedDatabase(config, logger);
  try {
    const app = createApp({
      config,
      database,
      logger,
      clock: systemClock,
      slack: createSlackClient(config, logger),
    });
    const report = await importContacts(withDirectory(app.services), csv);
    for (const row of report.accepted)
      proc.stdout.write(
        `accepted  line ${row.line}: ${row.name} <${row.email}> (${row.account})${row.created ? "" : " (updated)"}\n`,
      );
    for (const row of report.refused) proc.stdout.write(`refused   line ${row.line}: ${row.reason}\n`);
    proc.stdout.write(`${report.accepted.length} accepted, ${report.refused.length} refused\n`);
    return report.refused.length ? 1 : 0;
  } finally {
    await database.close();
  }
}
