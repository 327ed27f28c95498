import { announceWins } from "../notify/announce-wins.js";
import type { JobDefinition } from "./job.js";

/** Every minute: a short post in the win channel (team settings) for each newly won deal. */
export const winAnnouncements: JobDefinition = {
  id: "win-announcements",
  description: "Posts each newly won deal (who and how much) to the win channel, once; none for losses.",
  // Without a win channel there is nothing to do: a daily no-op instead of a run row every minute.
  schedule: (settings) =>
    settings.winChannel
      ? { every: "minutes", minutes: 1 }
      : { every: "day", time: "03:45", timezone: settings.timezone },
  async run(ctx) {
    if (!ctx.settings.winChannel) return { skipped: "no win channel set" };
    return announceWins(ctx, {
      at: ctx.at,
      channel: ctx.settings.winChannel,
      language: ctx.settings.language,
    });
  },
};
