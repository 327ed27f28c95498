import type { TeamSettings } from "../domain/settings/team-settings.js";
import type { Services } from "../services.js";
import type { Schedule, Slot } from "./schedule.js";

export interface JobContext extends Services {
  /** The instant the job runs "as of" (the scheduler's now, or run-job --at). */
  at: Date;
  /** The scheduled slot being run. */
  slot: Slot;
  settings: TeamSettings;
  runId: number;
}

/** Counts of what a run did, stored on the run and printed by run-job. */
export type JobSummary = Record<string, number | string>;

/**
 * A scheduled job is a declaration. The scheduler claims each slot in the
 * database before `run` is called, so a slot runs once across replicas and
 * restarts. `run` must itself be safe to repeat for the same slot (a crashed
 * run is retried): it sweeps for what is still due and handles each item alone.
 */
export interface JobDefinition {
  id: string;
  description: string;
  schedule(settings: TeamSettings): Schedule | Schedule[];
  /**
   * How long after its slot a run missed while the bot was down is still worth
   * running. Default: until the next slot.
   */
  catchUpMs?: number;
  run(ctx: JobContext): Promise<JobSummary | undefined>;
}
