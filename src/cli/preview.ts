import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { systemClock } from "../clock.js";
import { buildFunnelDigest } from "../domain/digest/build-funnel-digest.js";
import { getTeamSettings } from "../domain/settings/get-team-settings.js";
import { prepareWorkspace } from "../domain/setup/prepare-workspace.js";
import { createLogger } from "../logger.js";
import { digestMessage, messageAsText } from "../slack/views/digest.js";
import { renderDigestChart } from "../slack/views/digest-chart.js";
import { parseAt, UsageError } from "./args.js";
import { openMigratedDatabase, type Process, readConfig } from "./bootstrap.js";

/**
 * `dealbot preview digest [--at <ISO>] [--json] [--chart <file.png>]`: prints the digest
 * as text (or its Block Kit JSON) without posting anything. Needs only the database.
 */
export async function previewCommand(
  proc: Process,
  what: string | undefined,
  flags: Record<string, string | true>,
): Promise<number> {
  if (what !== "digest")
    throw new UsageError(`preview needs what to preview: digest (got ${what ?? "nothing"}).`);
  const at = parseAt(flags.at, systemClock.now());
  const config = readConfig(proc, ["database"]);
  // Logs go to stderr: stdout is the preview (and must stay valid JSON with --json).
  const logger = createLogger({ ...config.log, destination: proc.stderr });
  const database = await openMigratedDatabase(config, logger);
  try {
    const services = { db: database.db, config, logger };
    await prepareWorkspace(services);
    const settings = await getTeamSettings(services);
    const digest = await buildFunnelDigest(services, { at, settings });
    const message = digestMessage(digest);
    proc.stdout.write(flags.json ? `${JSON.stringify(message, null, 2)}\n` : messageAsText(message));
    if (typeof flags.chart === "string") {
      const file = resolve(proc.cwd, flags.chart);
      writeFileSync(file, renderDigestChart(digest));
      proc.stderr.write(`chart written to ${file}\n`);
    }
    return 0;
  } finally {
    await database.close();
  }
}
