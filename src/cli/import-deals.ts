import { createReadStream } from "node:fs";
import { access } from "node:fs/promises";
import { resolve } from "node:path";
import { systemClock } from "../clock.js";
import { importActivities } from "../domain/activities/import-activities.js";
import { importDealEvents } from "../domain/import/import-deal-events.js";
import { importDeals } from "../domain/import/import-deals.js";
import type { DateOrder } from "../domain/import/read-cell.js";
import { describeRefusal, type ImportReport } from "../domain/import/report.js";
import { prepareWorkspace } from "../domain/setup/prepare-workspace.js";
import { withDirectory } from "../notify/directory.js";
import type { Services } from "../services.js";
import { createSlackClient } from "../slack/client.js";
import { UsageError } from "./args.js";
import { makeLogger, openMigratedDatabase, type Process, readConfig } from "./bootstrap.js";

type Flags = Record<string, string | true>;

/**
 * `dealbot import deals <file.csv> [--dry-run] [--stage-map "A=B,…"] [--events <file.csv>] [--date-order dmy|mdy]`
 * and `dealbot import activities <file.csv> [--dry-run]`. Refused rows are printed
 * as they are found (line and column); progress goes to stderr. Exit 0 when every
 * row was imported, 1 when some were refused.
 */
export async function importStreamCommand(
  proc: Process,
  what: "deals" | "activities",
  fileArg: string | undefined,
  flags: Flags,
): Promise<number> {
  // `--dry-run file.csv` reads the file as the switch's value: take it back.
  const dryRunValue = typeof flags["dry-run"] === "string" ? flags["dry-run"] : undefined;
  const file = fileArg ?? dryRunValue;
  const dryRun = flags["dry-run"] !== undefined;
  if (!file) throw new UsageError(`import ${what} needs a CSV file, e.g. dealbot import ${what} ${what}.csv`);
  const dateOrder = readDateOrder(flags["date-order"]);
  const events = typeof flags.events === "string" ? flags.events : undefined;
  if (flags.events === true) throw new UsageError("--events needs a CSV file: --events history.csv");
  const stageMap = typeof flags["stage-map"] === "string" ? flags["stage-map"] : undefined;
  for (const f of [file, events]) {
    if (!f) continue;
    try {
      await access(resolve(proc.cwd, f));
    } catch (error) {
      proc.stderr.write(`dealbot: cannot read ${f}: ${(error as Error).message}\n`);
      return 1;
    }
  }
  const config = readConfig(proc, ["database"]);
  const logger = makeLogger(
    { ...config, log: { ...config.log, level: "warn" } },
    { ...proc, stdout: proc.stderr },
  );
  const database = await openMigratedDatabase(config, logger);
  try {
    // Owners are looked up in Slack (users.info, users.lookupByEmail): a few retries, not the app's minutes.
    const slack = createSlackClient(config, logger, { retryConfig: { retries: 2 }, timeout: 10_000 });
    const services: Services = {
      config,
      database,
      db: database.db,
      slack,
      logger,
      clock: systemClock,
      afterAck: async (work) => {
        await work(services);
      },
    };
    await prepareWorkspace(services);
    const stream = (f: string) => createReadStream(resolve(proc.cwd, f));
    const onRefused = (r: Parameters<typeof describeRefusal>[0]) =>
      proc.stdout.write(`refused   ${describeRefusal(r)}\n`);
    const started = Date.now();
    const onProgress = (n: number) =>
      proc.stderr.write(
        `  ${n.toLocaleString("en")} rows read (${((Date.now() - started) / 1000).toFixed(1)} s)\n`,
      );
    const prefix = dryRun ? "dry run, nothing written: " : "";
    if (what === "activities") {
      const report = await importActivities(withDirectory(services), {
        file: stream(file),
        dryRun,
        dateOrder,
        onRefused,
      });
      return summarize(proc, `${prefix}activities`, report);
    }
    const report = await importDeals(withDirectory(services), {
      file: stream(file),
      dryRun,
      stageMap,
      dateOrder,
      onRefused,
      onProgress,
    });
    let code = summarize(proc, `${prefix}deals`, report);
    if (events && !report.fatalError) {
      const history = await importDealEvents(services, {
        file: stream(events),
        dryRun,
        stageMap,
        dateOrder,
        onRefused,
      });
      code = Math.max(code, summarize(proc, `${prefix}events`, history));
    }
    return code;
  } finally {
    await database.close();
  }
}

function summarize(proc: Process, what: string, report: ImportReport): number {
  if (report.fatalError) {
    proc.stdout.write(`refused   line 1: ${report.fatalError}\n`);
    return 1;
  }
  proc.stdout.write(
    `${what}: ${report.created} new, ${report.updated} updated, ${report.unchanged} unchanged, ${report.refusedCount} refused (of ${report.rowsRead} rows)\n`,
  );
  return report.refusedCount > 0 ? 1 : 0;
}

function readDateOrder(value: string | true | undefined): DateOrder {
  if (value === undefined) return "auto";
  if (value === "dmy" || value === "mdy") return value;
  throw new UsageError(
    '--date-order is dmy (30/11/2026) or mdy (11/30/2026); without it, "03/04/2026" is refused.',
  );
}
