import { unannouncedWins } from "../db/wins.js";
import type { Lang } from "../i18n/languages.js";
import type { Services } from "../services.js";
import { winAnnouncement } from "../slack/views/win-announcement.js";
import { deliverMessage } from "./deliver-message.js";

/** Wins older than this are not announced (a channel set today does not replay last month). */
export const ANNOUNCE_WITHIN_MS = 2 * 24 * 3600_000;
export const winKey = (dealId: number) => `win-announcement:${dealId}`;

/**
 * Posts a short message to the team's win channel for each deal won by a person
 * (imports are history, not news) in the last two days. Each deal is announced
 * once ever, across retries, replicas and a reopen-then-win (the delivery key is
 * the deal). Losses are never announced.
 */
export async function announceWins(
  services: Pick<Services, "db" | "slack" | "clock" | "logger" | "config">,
  /** `language`: the team's, for a channel post. */
  input: { at: Date; channel: string | undefined; language: Lang },
): Promise<{ announced: number; failed: number }> {
  if (!input.channel) return { announced: 0, failed: 0 };
  const deals = await unannouncedWins(services.db, {
    since: new Date(input.at.getTime() - ANNOUNCE_WITHIN_MS),
    keyOf: winKey,
    limit: 50,
  });
  let announced = 0;
  let failed = 0;
  for (const deal of deals) {
    const outcome = await deliverMessage(services, {
      key: winKey(deal.id),
      jobId: "win-announcements",
      recipient: input.channel,
      build: () => winAnnouncement(deal, input.language),
    });
    if (outcome.status === "sent") announced++;
    else if (outcome.status === "failed" || outcome.status === "skipped") failed++;
  }
  return { announced, failed };
}
