import {
  insertSurvey,
  lastSurveySince,
  type NpsSurvey,
  type SurveyChannel,
  type SurveyTrigger,
} from "../../db/nps.js";
import type { Services } from "../../services.js";
import { DAY_MS, NPS_POLICY } from "./nps-policy.js";
import { newSurveyToken } from "./survey-token.js";

export interface SurveyableContact {
  id: number;
  accountId: number;
  email: string | null;
  slackUserId: string | null;
  optedOut: boolean;
}

export type CreateSurveyOutcome =
  | { kind: "created"; survey: NpsSurvey }
  | { kind: "skipped"; reason: "opted-out" | "no-channel" | "duplicate" }
  | { kind: "skipped"; reason: "recent"; lastAt: Date };

/** Slack when the contact has a Slack user id; else email, when SMTP is configured. */
export function surveyChannelFor(
  contact: Pick<SurveyableContact, "email" | "slackUserId">,
  emailEnabled: boolean,
): SurveyChannel | undefined {
  if (contact.slackUserId) return "slack";
  if (contact.email && emailEnabled) return "email";
  return undefined;
}

/**
 * Creates one survey for a contact, unless they opted out, were surveyed in
 * the last 90 days, cannot be reached, or this trigger already surveyed them
 * (`dedupeKey` is unique, so two runners never create it twice). The survey is
 * sent by sendSurvey; its link token is made at send time.
 */
export async function createSurvey(
  services: Pick<Services, "db" | "mailer">,
  input: {
    contact: SurveyableContact;
    trigger: SurveyTrigger;
    dedupeKey: string;
    dealId?: number | null;
    requestedBy?: string | null;
    at: Date;
  },
): Promise<CreateSurveyOutcome> {
  const { contact, at } = input;
  if (contact.optedOut) return { kind: "skipped", reason: "opted-out" };
  const channel = surveyChannelFor(contact, services.mailer !== undefined);
  if (!channel) return { kind: "skipped", reason: "no-channel" };
  const since = new Date(at.getTime() - NPS_POLICY.minDaysBetweenSurveys * DAY_MS);
  const lastAt = await lastSurveySince(services.db, contact.id, since);
  if (lastAt) return { kind: "skipped", reason: "recent", lastAt };
  const survey = await insertSurvey(services.db, {
    contactId: contact.id,
    accountId: contact.accountId,
    dealId: input.dealId ?? null,
    trigger: input.trigger,
    channel,
    // A placeholder: the real link token is made (and its hash stored) when the survey is sent.
    tokenHash: newSurveyToken().tokenHash,
    expiresAt: new Date(at.getTime() + NPS_POLICY.tokenTtlMs),
    requestedBy: input.requestedBy ?? null,
    dedupeKey: input.dedupeKey,
    createdAt: at,
  });
  return survey ? { kind: "created", survey } : { kind: "skipped", reason: "duplicate" };
}
