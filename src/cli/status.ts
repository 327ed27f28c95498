import { systemClock } from "../clock.js";
import { failedDeliveries } from "../db/deliveries.js";
import { latestJobRuns } from "../db/job-runs.js";
import { jobs } from "../jobs/registry.js";
import { createLogger } from "../logger.js";
import { openMigratedDatabase, type Process, readConfig } from "./bootstrap.js";

const WEEK_MS = 7 * 24 * 3600_000;

/**
 * `dealbot status`: the last run of each job and the deliveries that failed in the last week,
 * for operators. Needs only the database. Exits 1 when something needs attention (a job whose
 * last run failed or is retrying, or a delivery waiting for a retry), so it can feed a check.
 */
export async function statusCommand(proc: Process): Promise<number> {
  const config = readConfig(proc, ["database"]);
  const logger = createLogger({ ...config.log, destination: proc.stderr });
  const database = await openMigratedDatabase(config, logger);
  try {
    const runs = new Map((await latestJobRuns(database.db)).map((run) => [run.jobId, run]));
    const now = systemClock.now();
    const lines = ["Jobs (last run):"];
    let attention = false;
    for (const job of jobs) {
      const run = runs.get(job.id);
      if (!run) {
        lines.push(`  ${job.id.padEnd(18)} never ran`);
        continue;
      }
      if (run.status === "failed" || run.status === "retrying") attention = true;
      const when = (run.finishedAt ?? run.startedAt).toISOString();
      const detail = run.status === "failed" ? run.error : run.summary;
      lines.push(
        `  ${job.id.padEnd(18)} ${run.status.padEnd(8)} slot ${run.periodKey}, ${when}, attempt ${run.attempts}${detail ? `: ${detail}` : ""}`,
      );
    }
    const failed = await failedDeliveries(database.db, new Date(now.getTime() - WEEK_MS));
    lines.push(
      "",
      failed.length === 0 ? "No failed deliveries in the last 7 days." : "Failed deliveries (last 7 days):",
    );
    for (const d of failed) {
      if (d.status === "failed") attention = true;
      const next =
        d.status === "failed" && d.nextAttemptAt
          ? `retry after ${d.nextAttemptAt.toISOString()}`
          : "given up";
      lines.push(`  ${d.key} → ${d.recipient}: ${d.lastError} (${d.attempts} attempts, ${next})`);
    }
    proc.stdout.write(`${lines.join("\n")}\n`);
    return attention ? 1 : 0;
  } finally {
    await database.close();
  }
}
