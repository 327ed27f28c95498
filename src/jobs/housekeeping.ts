import { purgeHandledBefore } from "../db/idempotency.js";
import type { JobDefinition } from "./job.js";

const KEEP_KEYS_MS = 7 * 24 * 3600_000;

/** Daily clean-up of bookkeeping rows that only matter for a short while. */
export const housekeeping: JobDefinition = {
  id: "housekeeping",
  description:
    "Daily clean-up: forgets request ids older than a week (used to drop Slack retries and double clicks).",
  schedule: (settings) => ({ every: "day", time: "03:30", timezone: settings.timezone }),
  async run({ db, at }) {
    const purged = await purgeHandledBefore(db, new Date(at.getTime() - KEEP_KEYS_MS));
    return { requestIdsPurged: purged };
  },
};
