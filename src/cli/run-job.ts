import { createApp } from "../app.js";
import { systemClock } from "../clock.js";
import { prepareWorkspace } from "../domain/setup/prepare-workspace.js";
import { jobs } from "../jobs/registry.js";
import { createSlackClient } from "../slack/client.js";
import { parseAt, UsageError } from "./args.js";
import { makeLogger, openMigratedDatabase, type Process, readConfig } from "./bootstrap.js";

/**
 * `dealbot run-job <job> [--at <ISO time>]`: runs one scheduled job as of that
 * time against the configured Slack and database, then exits. The run is
 * claimed like a scheduled one, so calling it twice for a period runs it once.
 */
export async function runJobCommand(
  proc: Process,
  jobId: string | undefined,
  at: string | true | undefined,
): Promise<number> {
  const ids = jobs.map((j) => j.id);
  if (!jobId) throw new UsageError(`run-job needs a job name: ${ids.join(", ")}`);
  if (!ids.includes(jobId)) throw new UsageError(`Unknown job "${jobId}". Jobs: ${ids.join(", ")}`);
  const when = parseAt(at, systemClock.now());
  const config = readConfig(proc, ["slack-api"]);
  const logger = makeLogger(config, proc);
  const database = await openMigratedDatabase(config, logger);
  try {
    const slack = createSlackClient(config, logger);
    const app = createApp({ config, database, logger, clock: systemClock, slack });
    await prepareWorkspace(app.services);
    const outcome = await app.scheduler.runJob(jobId, when);
    const slot = `${outcome.slot.key} (${outcome.slot.at.toISOString()})`;
    if (outcome.status === "done") {
      proc.stdout.write(`${jobId}: done for slot ${slot}: ${JSON.stringify(outcome.summary)}\n`);
      return 0;
    }
    if (outcome.status === "retrying") {
      proc.stderr.write(
        `${jobId}: ran for slot ${slot}, but ${outcome.summary.failed} deliveries failed; they are retried on later sweeps (see dealbot status): ${JSON.stringify(outcome.summary)}\n`,
      );
      return 2;
    }
    if (outcome.status === "skipped") {
      proc.stdout.write(`${jobId}: not run for slot ${slot}: ${describeSkip(outcome.reason)}\n`);
      return 0;
    }
    proc.stderr.write(`${jobId}: failed for slot ${slot}: ${outcome.error}\n`);
    return 1;
  } finally {
    await database.close();
  }
}

function describeSkip(reason: string): string {
  switch (reason) {
    case "done":
      return "it already ran for this period";
    case "running":
      return "another process is running it right now";
    case "gave-up":
      return "it failed too many times for this period; see the logs";
    case "backing-off":
      return "its last attempt failed moments ago; it will be retried";
    default:
      return reason;
  }
}
