import { purgeHandledBefore } from "../db/idempotency.js";
import { purgeFinishedWork } from "../db/slack-work.js";
import type { JobDefinition } from "./job.js";

const KEEP_KEYS_MS = 7 * 24 * 3600_000;

/** Daily clean-up of bookkeeping rows that only matter for a short while. */
export const housekeeping: JobDefinition = {
  id: "housekeeping",
  description:
    "Daily clean-up: forgets request ids older than a week (used to drop Slack retries and double clicks) and Slack work finished more than a week ago.",
  schedule: (settings) => ({ every: "day", time: "03:30", timezone: settings.timezone }),
  async run({ db, at }) {
    const before = new Date(at.getTime() - KEEP_KEYS_MS);
    const purged = await purgeHandledBefore(db, before);
    const work = await purgeFinishedWork(db, before);
    return { requestIdsPurged: purged, finishedWorkPurged: work };
  },
};
