import { housekeeping } from "./housekeeping.js";
import type { JobDefinition } from "./job.js";
import { weeklyNudges } from "./weekly-nudges.js";

/** Every scheduled job, in the order a tick checks them. */
export const jobs: JobDefinition[] = [weeklyNudges, housekeeping];
