import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { resolve } from "node:path";
import { EXPORT_KINDS, type ExportKind } from "../domain/export/export-rows.js";
import { type ExportFormat, writeExport } from "../domain/export/write-export.js";
import { createLogger } from "../logger.js";
import { UsageError } from "./args.js";
import { openMigratedDatabase, type Process, readConfig } from "./bootstrap.js";

/** `dealbot export deals|events|contacts|nps [--format csv|json] [--out <file>]`: to stdout by default. */
export async function exportCommand(
  proc: Process,
  what: string | undefined,
  flags: Record<string, string | true>,
): Promise<number> {
  if (!EXPORT_KINDS.includes(what as ExportKind))
    throw new UsageError(
      `export needs what to export: ${EXPORT_KINDS.join(", ")} (got ${what ?? "nothing"}).`,
    );
  const format = flags.format ?? "csv";
  if (format !== "csv" && format !== "json")
    throw new UsageError(`--format is csv or json (got ${String(format)}).`);
  if (flags.out === true) throw new UsageError("--out needs a file name: --out deals.csv");
  const config = readConfig(proc, ["database"]);
  // Logs go to stderr: stdout may be the export itself.
  const logger = createLogger({ ...config.log, level: "warn", destination: proc.stderr });
  const database = await openMigratedDatabase(config, logger);
  const out = typeof flags.out === "string" ? createWriteStream(resolve(proc.cwd, flags.out)) : proc.stdout;
  try {
    const write = async (chunk: string) => {
      if (!out.write(chunk)) await once(out, "drain");
    };
    const count = await writeExport(
      { db: database.db },
      { kind: what as ExportKind, format: format as ExportFormat, write },
    );
    if (typeof flags.out === "string") {
      out.end();
      await once(out, "finish");
      proc.stderr.write(`export ${what}: ${count} rows written to ${flags.out}\n`);
    }
    return 0;
  } finally {
    await database.close();
  }
}
