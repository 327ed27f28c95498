import { housekeeping } from "./housekeeping.js";
import type { JobDefinition } from "./job.js";

/** Every scheduled job, in the order a tick checks them. */
export const jobs: JobDefinition[] = [housekeeping];
