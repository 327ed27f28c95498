import {
  amountChangesSince,
  lastNudges,
  openDealsClosingBetween,
  openDealsPastDueBefore,
  saveAssessments,
} from "../db/risk.js";
import { findUsers, listUsersByRole, userNames } from "../db/users.js";
import type { NudgePayload } from "../domain/nudges/nudge-payload.js";
import { assessDeal } from "../domain/risk/assess-deal.js";
import { judgeMonth } from "../domain/risk/judge-month.js";
import { teamMonth } from "../domain/risk/team-month.js";
import type { TeamSettings } from "../domain/settings/team-settings.js";
import { type Lang, personLanguage } from "../i18n/languages.js";
import { todayIn } from "../parse/date.js";
import type { Services } from "../services.js";
import { riskAlertMessage } from "../slack/views/risk-alert.js";
import { riskDmMessage } from "../slack/views/risk-dm.js";
import { riskReason } from "../slack/views/risk-reasons.js";
import { type DeliveryOutcome, deliverMessage } from "./deliver-message.js";
import { RateGate } from "./rate-gate.js";

const DAY_MS = 24 * 3600_000;

/**
 * The "20th of the month" alert as of `at`: assesses every open deal expected
 * to close this month (team's calendar) and every deal still open whose close
 * date fell in an earlier month ("past due since <date>", always flagged),
 * records every assessment (to judge the alert later), posts one consolidated
 * alert for managers, and DMs each owner their flagged deals. Each post is
 * delivered exactly once.
 */
export async function sendRiskAlerts(
  services: Services,
  input: { at: Date; settings: TeamSettings; jobId: string; month?: Date },
) {
  const { db } = services;
  const { at, settings } = input;
  const month = teamMonth(input.month ?? at, settings.timezone);
  const previous = teamMonth(input.month ?? at, settings.timezone, -1);
  const [expected, overdue] = await Promise.all([
    openDealsClosingBetween(db, month.firstDay, month.lastDay),
    openDealsPastDueBefore(db, month.firstDay),
  ]);
  const deals = [...expected, ...overdue];
  const ids = deals.map((d) => d.id);
  const owners = [...new Set(deals.map((d) => d.ownerId))];
  const [amountChanges, nudges, lastMonthRate] = await Promise.all([
    amountChangesSince(db, ids, new Date(at.getTime() - 7 * DAY_MS)),
    lastNudges(db, owners, at),
    judgeMonth(services, previous, at),
  ]);

  const today = todayIn(settings.timezone, at);
  const assessed = deals.map((deal) => ({
    deal,
    ...assessDeal(deal, {
      now: at,
      today,
      probabilityThreshold: settings.risk.probabilityThreshold,
      amountChange: amountChanges.get(deal.id),
      lastNudge: nudges.get(deal.ownerId),
      monthFirstDay: month.firstDay,
    }),
  }));
  await saveAssessments(
    db,
    assessed.map((a) => ({
      month: month.key,
      dealId: a.deal.id,
      ownerId: a.deal.ownerId,
      amountMinor: a.deal.amountMinor,
      currency: a.deal.currency,
      score: a.score,
      flagged: a.flagged,
      reasons: JSON.stringify(a.signals),
      assessedAt: at,
    })),
  );
  const flaggedAssessed = assessed.filter((a) => a.flagged);
  // Reasons are worded for each reader: the team's language in the alert, the owner's in their DM.
  const flaggedIn = (lang: Lang, list = flaggedAssessed) =>
    list.map((a) => ({ deal: a.deal, reasons: a.signals.map((s) => riskReason(s, lang)) }));
  const flagged = flaggedIn(settings.language);

  const summary = {
    assessed: assessed.length,
    flagged: flagged.length,
    alerts: 0,
    ownerDms: 0,
    skipped: 0,
    failed: 0,
  };
  const count = (outcome: DeliveryOutcome, key: "alerts" | "ownerDms") => {
    if (outcome.status === "sent" || outcome.status === "already" || outcome.status === "busy")
      summary[key]++;
    else summary[outcome.status]++;
  };
  const gate = new RateGate();

  // Managers: the alerts channel, else a DM to each manager and admin.
  const names = await userNames(db, owners);
  const alert = riskAlertMessage({
    month: month.key,
    committed: expected,
    pastDue: overdue,
    flagged,
    lastMonth: { rate: lastMonthRate, month: previous.key },
    names,
    lang: settings.language,
  });
  const recipients = settings.channels.alerts
    ? [settings.channels.alerts]
    : await listUsersByRole(db, ["manager", "admin"]);
  for (const recipient of recipients) {
    count(
      await deliverMessage(services, {
        key: `${input.jobId}:${month.key}:${recipient}`,
        jobId: input.jobId,
        recipient,
        gate,
        build: () => alert,
      }),
      "alerts",
    );
  }

  // Owners: their own flagged deals, with buttons.
  const byOwner = new Map<string, typeof flaggedAssessed>();
  for (const f of flaggedAssessed) byOwner.set(f.deal.ownerId, [...(byOwner.get(f.deal.ownerId) ?? []), f]);
  const ownerUsers = await findUsers(db, [...byOwner.keys()]);
  for (const [ownerId, assessedOwn] of byOwner) {
    const lang = personLanguage(ownerUsers.get(ownerId), settings.language);
    const own = flaggedIn(lang, assessedOwn);
    const key = `${input.jobId}:${month.key}:owner:${ownerId}`;
    const payload: NudgePayload = {
      kind: "risk",
      month: month.key,
      dealIds: own.map((f) => f.deal.id),
      rest: [],
      page: 1,
      done: {},
      // Past due from an earlier month: no "Confirm for <month>", only move or close.
      pastDue: own.flatMap((f) => (f.deal.closeOn < month.firstDay ? [f.deal.id] : [])),
      staleDays: {},
      lang,
      reasons: Object.fromEntries(own.map((f) => [String(f.deal.id), f.reasons])),
    };
    const outcome = await deliverMessage(services, {
      key,
      jobId: input.jobId,
      recipient: ownerId,
      payload: JSON.stringify(payload),
      gate,
      build: () => riskDmMessage({ deliveryKey: key, deals: own.map((f) => f.deal), payload }),
    });
    count(outcome, "ownerDms");
  }
  return summary;
}
