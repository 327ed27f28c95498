import { DateTime } from "luxon";
import type { OpenFollowUp, SurveyChannel } from "../../db/nps.js";
import { openFollowUps, responsesBetween, surveysSentBetween } from "../../db/nps.js";
import type { Services } from "../../services.js";
import { npsScore } from "./nps-policy.js";

export interface NpsGroup {
  key: string;
  responses: number;
  nps: number | null;
}

export interface NpsDigest {
  /** "2026-11": the month reported on. */
  month: string;
  nps: number | null;
  previousNps: number | null;
  responses: number;
  promoters: number;
  passives: number;
  detractors: number;
  channels: {
    channel: SurveyChannel;
    sent: number;
    responses: number;
    rate: number | null;
    nps: number | null;
  }[];
  byRep: NpsGroup[];
  bySegment: NpsGroup[];
  comments: { score: number; comment: string; contactName: string; accountName: string }[];
  openFollowUps: OpenFollowUp[];
}

const MAX_COMMENTS = 5;
const MAX_FOLLOW_UPS = 15;

function groupBy<T>(rows: T[], keyOf: (row: T) => string, scoreOf: (row: T) => number): NpsGroup[] {
  const groups = new Map<string, number[]>();
  for (const row of rows) groups.set(keyOf(row), [...(groups.get(keyOf(row)) ?? []), scoreOf(row)]);
  return [...groups]
    .map(([key, scores]) => ({ key, responses: scores.length, nps: npsScore(scores) }))
    .sort((a, b) => b.responses - a.responses || a.key.localeCompare(b.key));
}

/**
 * The monthly NPS digest: the last full month before `at` (team time) against
 * the month before it. Response rate per channel = answers / surveys sent in the month.
 */
export async function buildNpsDigest(
  services: Services,
  input: { at: Date; timezone: string },
): Promise<NpsDigest> {
  const start = DateTime.fromJSDate(input.at, { zone: input.timezone }).startOf("month").minus({ months: 1 });
  const end = start.plus({ months: 1 });
  const previousStart = start.minus({ months: 1 });
  const [rows, previous, sent, followUps] = await Promise.all([
    responsesBetween(services.db, start.toJSDate(), end.toJSDate()),
    responsesBetween(services.db, previousStart.toJSDate(), start.toJSDate()),
    surveysSentBetween(services.db, start.toJSDate(), end.toJSDate()),
    openFollowUps(services.db, MAX_FOLLOW_UPS),
  ]);
  const scores = rows.map((r) => r.score);
  const channels = (["email", "slack"] as const).map((channel) => {
    const answered = rows.filter((r) => r.survey.channel === channel);
    return {
      channel,
      sent: sent[channel],
      responses: answered.length,
      rate: sent[channel] ? Math.round((answered.length * 100) / sent[channel]) : null,
      nps: npsScore(answered.map((r) => r.score)),
    };
  });
  return {
    month: start.toFormat("yyyy-MM"),
    nps: npsScore(scores),
    previousNps: npsScore(previous.map((r) => r.score)),
    responses: rows.length,
    promoters: scores.filter((s) => s >= 9).length,
    passives: scores.filter((s) => s === 7 || s === 8).length,
    detractors: scores.filter((s) => s <= 6).length,
    channels,
    byRep: groupBy(
      rows,
      (r) => r.survey.account.ownerId ?? "",
      (r) => r.score,
    ),
    bySegment: groupBy(
      rows,
      (r) => r.survey.account.segment ?? "",
      (r) => r.score,
    ),
    comments: rows
      .filter((r) => r.comment)
      .slice(0, MAX_COMMENTS)
      .map((r) => ({
        score: r.score,
        comment: r.comment ?? "",
        contactName: r.survey.contact.name,
        accountName: r.survey.account.name,
      })),
    openFollowUps: followUps,
  };
}
