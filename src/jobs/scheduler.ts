import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import cron from "node-cron";
import { claimJobRun, findJobRun, finishJobRun, heartbeatJobRun } from "../db/job-runs.js";
import { getTeamSettings } from "../domain/settings/get-team-settings.js";
import type { Services } from "../services.js";
import type { JobDefinition, JobSummary } from "./job.js";
import { latestOf, nextOf, type Slot } from "./schedule.js";

export type RunOutcome =
  | { status: "done"; jobId: string; slot: Slot; summary: JobSummary }
  /** Ran, but deliveries failed for reasons that can heal: later ticks sweep it again until the next slot. */
  | { status: "retrying"; jobId: string; slot: Slot; summary: JobSummary }
  | { status: "failed"; jobId: string; slot: Slot; error: string }
  | { status: "skipped"; jobId: string; slot: Slot; reason: string };

export interface Scheduler {
  /** Ticks every minute; the first tick runs at once, catching up missed slots. */
  start(): void;
  /** Stops ticking and waits for runs in progress. */
  stop(): Promise<void>;
  /** Checks every job once: runs each whose latest slot is due and unclaimed. */
  tick(): Promise<RunOutcome[]>;
  /** Runs one job for the slot due at `at` (run-job --at), whatever the catch-up window. */
  runJob(jobId: string, at: Date): Promise<RunOutcome>;
  readonly jobs: readonly JobDefinition[];
}

export const CLAIM_POLICY = {
  staleAfterMs: 5 * 60_000,
  heartbeatMs: 30_000,
  maxAttempts: 5,
  retryBackoffMs: 5 * 60_000,
};

export function createScheduler(
  services: Services,
  jobs: JobDefinition[],
  instanceId = defaultInstanceId(),
): Scheduler {
  const { logger, clock } = services;
  const log = logger.child({ module: "scheduler" });
  const inFlight = new Set<Promise<unknown>>();
  let task: ReturnType<typeof cron.schedule> | undefined;
  let ticking: Promise<RunOutcome[]> | undefined;

  async function execute(job: JobDefinition, slot: Slot, at: Date): Promise<RunOutcome> {
    const claim = await claimJobRun(services.db, {
      jobId: job.id,
      periodKey: slot.key,
      scheduledAt: slot.at,
      instanceId,
      now: clock.now(),
      ...CLAIM_POLICY,
    });
    if (!claim.claimed) return { status: "skipped", jobId: job.id, slot, reason: claim.reason };

    const runLog = log.child({ job: job.id, slot: slot.key, runId: claim.runId, attempt: claim.attempt });
    runLog.info("job started");
    const beat = setInterval(() => {
      heartbeatJobRun(services.db, claim.runId, clock.now()).catch((error) =>
        runLog.warn({ err: error }, "job heartbeat failed"),
      );
    }, CLAIM_POLICY.heartbeatMs);
    beat.unref();
    try {
      const settings = await getTeamSettings(services);
      const summary =
        (await job.run({ ...services, logger: runLog, at, slot, settings, runId: claim.runId })) ?? {};
      // A run is done only when every delivery went out (or can never go): `failed` counts
      // deliveries waiting for a retry.
      const status = Number(summary.failed ?? 0) > 0 ? "retrying" : "done";
      await finishJobRun(services.db, claim.runId, { status, summary }, clock.now());
      if (status === "retrying")
        runLog.warn({ summary }, "job ran; some deliveries failed and will be retried");
      else runLog.info({ summary }, "job finished");
      return { status, jobId: job.id, slot, summary };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      runLog.error({ err: error }, "job failed; it will be retried");
      await finishJobRun(services.db, claim.runId, { status: "failed", error: message }, clock.now()).catch(
        (finishError) => runLog.error({ err: finishError }, "could not record the job failure"),
      );
      return { status: "failed", jobId: job.id, slot, error: message };
    } finally {
      clearInterval(beat);
    }
  }

  function track<T>(promise: Promise<T>): Promise<T> {
    inFlight.add(promise);
    return promise.finally(() => inFlight.delete(promise));
  }

  async function dueSlot(job: JobDefinition, now: Date): Promise<Slot | undefined> {
    const settings = await getTeamSettings(services);
    const schedules = [job.schedule(settings)].flat();
    const slot = latestOf(schedules, now);
    const window = job.catchUpMs ?? nextOf(schedules, slot.at).at.getTime() - slot.at.getTime();
    if (now.getTime() - slot.at.getTime() < window) return slot;
    // Past its catch-up window, a run with failed deliveries is still retried until the next slot.
    const run = await findJobRun(services.db, job.id, slot.key);
    return run?.status === "retrying" ? slot : undefined;
  }

  async function tickOnce(): Promise<RunOutcome[]> {
    const outcomes: RunOutcome[] = [];
    // One job at a time: jobs fan out to Slack, whose rate limits are per workspace.
    for (const job of jobs) {
      try {
        const now = clock.now();
        const slot = await dueSlot(job, now);
        if (slot) outcomes.push(await execute(job, slot, now));
      } catch (error) {
        log.error({ err: error, job: job.id }, "could not check the job; next tick will retry");
      }
    }
    return outcomes;
  }

  return {
    jobs,
    start() {
      if (task) return;
      const run = () => {
        // A slow tick is not stacked with the next one.
        if (ticking) return;
        ticking = track(tickOnce()).finally(() => {
          ticking = undefined;
        });
      };
      task = cron.schedule("* * * * *", run, { name: "dealbot-scheduler", noOverlap: true });
      run();
      log.info({ jobs: jobs.map((j) => j.id), instanceId }, "scheduler started");
    },
    async stop() {
      await task?.stop();
      await task?.destroy();
      task = undefined;
      await Promise.allSettled([...inFlight]);
    },
    tick: () => track(tickOnce()),
    async runJob(jobId, at) {
      const job = jobs.find((j) => j.id === jobId);
      if (!job) throw new Error(`Unknown job "${jobId}". Jobs: ${jobs.map((j) => j.id).join(", ")}`);
      const settings = await getTeamSettings(services);
      return track(execute(job, latestOf([job.schedule(settings)].flat(), at), at));
    },
  };
}

function defaultInstanceId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
}
