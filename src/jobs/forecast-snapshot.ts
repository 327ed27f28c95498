import { takeForecastSnapshot } from "../domain/forecast/take-forecast-snapshot.js";
import type { JobDefinition } from "./job.js";

const DAY_MS = 24 * 3600_000;

/** The month's forecast recorded at its start (1st, 06:00) and end (last day, 20:00), team time. */
export const forecastSnapshot: JobDefinition = {
  id: "forecast-snapshot",
  description: "Records each rep's and the team's monthly forecast on the first and last day of the month.",
  schedule: (settings) => [
    { every: "month", day: 1, time: "06:00", timezone: settings.timezone },
    { every: "month", day: "last", time: "20:00", timezone: settings.timezone },
  ],
  catchUpMs: 3 * DAY_MS,
  async run(ctx) {
    const kind = ctx.slot.key.slice(8, 10) === "01" ? "start" : "end";
    return takeForecastSnapshot(ctx, { at: ctx.at, kind, settings: ctx.settings, month: ctx.slot.at });
  },
};
