import { DateTime } from "luxon";
import { activeAccountIds, surveyableContacts, wonDealsClosedBetween } from "../../db/nps.js";
import type { Services } from "../../services.js";
import type { TeamSettings } from "../settings/team-settings.js";
import { type CreateSurveyOutcome, createSurvey } from "./create-survey.js";
import { DAY_MS, NPS_POLICY } from "./nps-policy.js";

export interface CreateSummary {
  [key: string]: number;
  created: number;
  skippedOptedOut: number;
  skippedRecent: number;
  skippedNoChannel: number;
}

/** "2026-Q4" for the quarter containing `at` in `timezone`. */
export function quarterOf(at: Date, timezone: string): string {
  const local = DateTime.fromJSDate(at, { zone: timezone });
  return `${local.year}-Q${local.quarter}`;
}

/**
 * The first half of the `nps-surveys` sweep: creates the surveys that are due (N days
 * after a won deal; one relationship survey per contact of each active account per
 * quarter). The job then has src/notify send every survey due. Each item is handled
 * alone: one failure does not stop the rest.
 */
export async function createDueSurveys(
  services: Pick<Services, "db" | "logger" | "mailer">,
  input: { at: Date; settings: TeamSettings },
): Promise<CreateSummary> {
  const { at, settings } = input;
  const summary: CreateSummary = {
    created: 0,
    skippedOptedOut: 0,
    skippedRecent: 0,
    skippedNoChannel: 0,
  };
  const count = (outcome: CreateSurveyOutcome) => {
    if (outcome.kind === "created") summary.created += 1;
    else if (outcome.reason === "opted-out") summary.skippedOptedOut += 1;
    else if (outcome.reason === "recent") summary.skippedRecent += 1;
    else if (outcome.reason === "no-channel") summary.skippedNoChannel += 1;
  };
  const safely = async (what: Record<string, unknown>, work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      services.logger.error({ err: error, ...what }, "an NPS survey step failed; going on with the rest");
    }
  };

  // Won deals: N days after the win, with a grace window so old wins are never surveyed in bulk.
  const dueBefore = new Date(at.getTime() - settings.nps.wonDelayDays * DAY_MS);
  const dueAfter = new Date(dueBefore.getTime() - NPS_POLICY.wonGraceDays * DAY_MS);
  for (const deal of await wonDealsClosedBetween(services.db, dueAfter, dueBefore)) {
    for (const contact of await surveyableContacts(services.db, deal.accountId!)) {
      await safely({ dealId: deal.id, contactId: contact.id }, async () => {
        count(
          await createSurvey(services, {
            contact,
            trigger: "won",
            dealId: deal.id,
            dedupeKey: `won:${deal.id}:${contact.id}`,
            at,
          }),
        );
      });
    }
  }

  // Relationship: once a quarter for each contact of an active account.
  const quarter = quarterOf(at, settings.timezone);
  const wonSince = new Date(at.getTime() - NPS_POLICY.activeAccountWonDays * DAY_MS);
  for (const accountId of await activeAccountIds(services.db, wonSince)) {
    for (const contact of await surveyableContacts(services.db, accountId)) {
      await safely({ accountId, contactId: contact.id }, async () => {
        count(
          await createSurvey(services, {
            contact,
            trigger: "relationship",
            dedupeKey: `relationship:${quarter}:${contact.id}`,
            at,
          }),
        );
      });
    }
  }
  return summary;
}
