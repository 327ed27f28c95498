import { markContactBounced } from "../db/contacts.js";
import {
  claimSurveySend,
  dueSurveyIds,
  findSurvey,
  markSurveyFailed,
  markSurveySent,
  type SurveyContext,
} from "../db/nps.js";
import type { CreateSurveyOutcome } from "../domain/nps/create-survey.js";
import type { SurveysNow } from "../domain/nps/create-surveys-now.js";
import { NPS_POLICY, retryAfter } from "../domain/nps/nps-policy.js";
import { newSurveyToken } from "../domain/nps/survey-token.js";
import { buildSurveyEmail } from "../mail/survey-email.js";
import type { Services } from "../services.js";
import { npsSurveyMessage } from "../slack/views/nps-survey-message.js";
import { deliverMessage } from "./deliver-message.js";

export type SendOutcome = "sent" | "failed" | "gave-up" | "busy" | "skipped";

const SEND_BATCH = 200;

export interface SendSummary {
  [key: string]: number;
  sent: number;
  failed: number;
  gaveUp: number;
}

/**
 * The second half of the `nps-surveys` sweep: sends every survey due, including failed
 * ones whose retry time has come. Each survey is handled alone: one failure does not stop the rest.
 */
export async function sendDueSurveys(services: Services, input: { at: Date }): Promise<SendSummary> {
  const summary: SendSummary = { sent: 0, failed: 0, gaveUp: 0 };
  for (const id of await dueSurveyIds(services.db, input.at, SEND_BATCH)) {
    try {
      const outcome = await sendSurvey(services, id, { at: input.at });
      if (outcome === "sent") summary.sent += 1;
      else if (outcome === "failed") summary.failed += 1;
      else if (outcome === "gave-up") summary.gaveUp += 1;
    } catch (error) {
      services.logger.error(
        { err: error, surveyId: id },
        "an NPS survey step failed; going on with the rest",
      );
    }
  }
  return summary;
}

export interface SentNow {
  target: string;
  results: { contactName: string; outcome: CreateSurveyOutcome; sent?: SendOutcome }[];
}

/** `/deal nps send`: sends the surveys the domain just created, each at once. */
export async function sendSurveysNow(services: Services, plan: SurveysNow): Promise<SentNow> {
  const results: SentNow["results"] = [];
  for (const { contactName, outcome } of plan.results) {
    const sent =
      outcome.kind === "created"
        ? await sendSurvey(services, outcome.survey.id, { at: plan.at, jobId: "nps-manual" })
        : undefined;
    results.push({ contactName, outcome, ...(sent ? { sent } : {}) });
  }
  return { target: plan.target, results };
}

/**
 * Sends one survey if it is due: claims the row first (compare-and-set on
 * status and attempts), so two replicas never send the same survey; a failure
 * (SMTP down or refusing, Slack error) is recorded with a retry time, and the
 * next sweep sends it again. Each attempt makes a fresh link token and stores
 * only its hash, so only the link in the message that went out works.
 */
export async function sendSurvey(
  services: Services,
  surveyId: number,
  options: { at: Date; jobId?: string },
): Promise<SendOutcome> {
  const now = options.at;
  const jobId = options.jobId ?? "nps-surveys";
  const survey = await findSurvey(services.db, surveyId);
  if (!survey || (survey.status !== "pending" && survey.status !== "failed")) return "skipped";
  if (!survey.nextAttemptAt || survey.nextAttemptAt > now) return "skipped";
  if (survey.contact.optedOut) {
    await markSurveyFailed(services.db, survey.id, survey.attempts, "the contact opted out", null);
    return "gave-up";
  }
  const { token, tokenHash } = newSurveyToken();
  const claimed = await claimSurveySend(services.db, survey, {
    tokenHash,
    expiresAt: new Date(now.getTime() + NPS_POLICY.tokenTtlMs),
    leaseUntil: new Date(now.getTime() + NPS_POLICY.sendLeaseMs),
    now,
  });
  if (!claimed) return "busy";
  const attempt = survey.attempts + 1;
  try {
    if (survey.channel === "email") await sendEmail(services, survey, token, now);
    else await sendSlack(services, survey, jobId);
  } catch (error) {
    const message = describeError(error);
    if (survey.channel === "email" && isSmtpRefusal(error))
      await markContactBounced(services.db, survey.contact.id, now, message);
    const retryAt = error instanceof PermanentError ? null : retryAfter(attempt, now);
    await markSurveyFailed(services.db, survey.id, attempt, message, retryAt);
    services.logger.warn(
      { surveyId: survey.id, channel: survey.channel, attempt, error: message, retryAt },
      retryAt
        ? "an NPS survey could not be sent; it will be retried"
        : "an NPS survey could not be sent; giving up",
    );
    return retryAt ? "failed" : "gave-up";
  }
  await markSurveySent(services.db, survey.id, attempt, now);
  return "sent";
}

/** A permanent SMTP refusal (5xx, e.g. 550 no such user): the address bounced. */
function isSmtpRefusal(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}

async function sendEmail(services: Services, survey: SurveyContext, token: string, now: Date): Promise<void> {
  const { mailer, config } = services;
  if (!mailer) throw new Error("email is not configured (SMTP_URL)");
  if (!survey.contact.email) throw new PermanentError("the contact has no email address");
  const email = buildSurveyEmail({
    publicUrl: config.publicUrl,
    token,
    contactName: survey.contact.name,
    language: survey.contact.language,
  });
  await mailer.sendMail({
    from: config.mail.from,
    to: { name: survey.contact.name, address: survey.contact.email },
    date: now,
    subject: email.subject,
    text: email.text,
    html: email.html,
    headers: {
      "List-Unsubscribe": `<${email.unsubscribeUrl}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  });
}

async function sendSlack(services: Services, survey: SurveyContext, jobId: string): Promise<void> {
  const userId = survey.contact.slackUserId;
  if (!userId) throw new PermanentError("the contact has no Slack user id");
  const outcome = await deliverMessage(services, {
    key: `nps-survey:${survey.id}`,
    jobId,
    recipient: userId,
    build: () =>
      npsSurveyMessage({
        surveyId: survey.id,
        contactName: survey.contact.name,
        language: survey.contact.language,
      }),
  });
  if (outcome.status === "sent" || outcome.status === "already") return;
  if (outcome.status === "busy") throw new Error("another runner is sending it");
  throw outcome.status === "skipped" ? new PermanentError(outcome.error) : new Error(outcome.error);
}

class PermanentError extends Error {}

function describeError(error: unknown): string {
  const e = error as { responseCode?: number; code?: string; message?: string };
  return [e.code, e.responseCode, e.message].filter(Boolean).join(" ").slice(0, 500) || String(error);
}
