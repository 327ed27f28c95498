import type { DealRow } from "../db/deals.js";
import { settledDeliveryKeys } from "../db/deliveries.js";
import { managersOf, ownersWithStaleDeals, staleDealsOf } from "../db/staleness.js";
import { findUser, findUsers } from "../db/users.js";
import { staleDays } from "../domain/deals/staleness.js";
import { NUDGE_PAGE_SIZE, type NudgePayload } from "../domain/nudges/nudge-payload.js";
import { nudgeSlotFor } from "../domain/nudges/nudge-slot.js";
import type { TeamSettings } from "../domain/settings/team-settings.js";
import { personLanguage } from "../i18n/languages.js";
import type { Services } from "../services.js";
import { escalationMessage } from "../slack/views/escalation-message.js";
import { nudgeMessage } from "../slack/views/nudge-message.js";
import { type DeliveryOutcome, deliverMessage } from "./deliver-message.js";
import { RateGate } from "./rate-gate.js";

const DAY_MS = 24 * 3600_000;
/** Parallel DMs; a 429 pauses them all (RateGate). */
const WORKERS = 4;
const MAX_LISTED = 200;

export interface NudgeSummary extends Record<string, number> {
  sent: number;
  escalations: number;
  already: number;
  away: number;
  notDue: number;
  skipped: number;
  failed: number;
}

/**
 * One sweep of the weekly nudges as of `at`: every rep whose nudge time has
 * passed today in their own timezone, who is not away, and has stale deals,
 * gets one DM for the week (exactly once: see deliverMessage); each manager
 * whose reps have deals stale for the escalation period gets one summary.
 * Safe to repeat: what was sent is not sent again; what failed is retried.
 */
export async function sendWeeklyNudges(
  services: Services,
  input: { at: Date; settings: TeamSettings; jobId: string },
): Promise<NudgeSummary> {
  const summary: NudgeSummary = {
    sent: 0,
    escalations: 0,
    already: 0,
    away: 0,
    notDue: 0,
    skipped: 0,
    failed: 0,
  };
  const gate = new RateGate();
  const unwatch = gate.watch(services.slack);
  const count = (outcome: DeliveryOutcome, sentKey: "sent" | "escalations") => {
    if (outcome.status === "sent") summary[sentKey]++;
    else if (outcome.status === "already" || outcome.status === "busy") summary.already++;
    else summary[outcome.status]++;
  };

  try {
    await sendNudges(services, { ...input, gate, count, summary });
    await sendEscalations(services, { ...input, gate, count });
  } finally {
    unwatch();
  }
  return summary;
}

async function sendNudges(
  services: Services,
  input: {
    at: Date;
    settings: TeamSettings;
    jobId: string;
    gate: RateGate;
    summary: NudgeSummary;
    count: (outcome: DeliveryOutcome, key: "sent") => void;
  },
) {
  const { db, logger } = services;
  const { at, settings, gate, summary, count } = input;
  // Everyone on Earth is within a day of UTC: a day's margin finds every candidate, refined per person below.
  const cutoff = new Date(at.getTime() - settings.nudges.staleDays * DAY_MS);
  const earliestToday = new Date(at.getTime() - DAY_MS).toISOString().slice(0, 10);
  const owners = await ownersWithStaleDeals(db, cutoff, earliestToday);
  // Sweeps repeat every 15 minutes: reps already handled this week cost no query.
  const [users, settled] = await Promise.all([
    findUsers(db, owners),
    settledDeliveryKeys(db, input.jobId, new Date(at.getTime() - 8 * DAY_MS)),
  ]);

  await eachWithWorkers(owners, WORKERS, async (ownerId) => {
    try {
      const user = users.get(ownerId);
      if (!user?.active) return;
      const slot = nudgeSlotFor(at, user.timezone ?? settings.timezone, settings.nudges);
      if (!slot.due) return void summary.notDue++;
      const key = `${input.jobId}:${slot.week}:${ownerId}`;
      if (settled.has(key)) return void summary.already++;
      if (user.awayUntil && user.awayUntil >= slot.today) return void summary.away++;
      const deals = await staleDealsOf(db, [ownerId], cutoff, slot.today, MAX_LISTED);
      if (deals.length === 0) return;
      const payload: NudgePayload = {
        kind: "nudge",
        reasons: {},
        dealIds: deals.slice(0, NUDGE_PAGE_SIZE).map((d) => d.id),
        rest: deals.slice(NUDGE_PAGE_SIZE).map((d) => d.id),
        page: 1,
        done: {},
        staleDays: staleMap(deals, at, slot.today, settings.nudges.staleDays),
        lang: personLanguage(user, settings.language),
        pastDue: deals.filter((d) => d.closeOn < slot.today).map((d) => d.id),
      };
      const outcome = await deliverMessage(services, {
        key,
        jobId: input.jobId,
        recipient: ownerId,
        payload: JSON.stringify(payload),
        gate,
        build: () => nudgeMessage({ deliveryKey: key, deals, payload }),
      });
      count(outcome, "sent");
    } catch (error) {
      summary.failed++;
      logger.error(
        { err: error, user: ownerId },
        "weekly nudge failed for one rep; going on with the others",
      );
    }
  });
}

async function sendEscalations(
  services: Services,
  input: {
    at: Date;
    settings: TeamSettings;
    jobId: string;
    gate: RateGate;
    count: (outcome: DeliveryOutcome, key: "escalations") => void;
  },
) {
  const { db, logger } = services;
  const { at, settings } = input;
  const cutoff = new Date(at.getTime() - settings.nudges.escalationDays * DAY_MS);
  const earliestToday = new Date(at.getTime() - DAY_MS).toISOString().slice(0, 10);
  const owners = await ownersWithStaleDeals(db, cutoff, earliestToday);
  const teams = await managersOf(db, owners);
  await eachWithWorkers([...teams], WORKERS, async ([managerId, reports]) => {
    try {
      const manager = await findUser(db, managerId);
      if (!manager?.active) return;
      const slot = nudgeSlotFor(at, manager.timezone ?? settings.timezone, settings.nudges);
      if (!slot.due) return;
      const deals = await staleDealsOf(db, reports, cutoff, slot.today, MAX_LISTED);
      if (deals.length === 0) return;
      const outcome = await deliverMessage(services, {
        key: `weekly-escalation:${slot.week}:${managerId}`,
        jobId: input.jobId,
        recipient: managerId,
        gate: input.gate,
        build: () =>
          escalationMessage({
            deals,
            staleDays: staleMap(deals, at, slot.today, 0),
            escalationDays: settings.nudges.escalationDays,
            lang: personLanguage(manager, settings.language),
          }),
      });
      input.count(outcome, "escalations");
    } catch (error) {
      logger.error(
        { err: error, manager: managerId },
        "escalation failed for one manager; going on with the others",
      );
    }
  });
}

function staleMap(
  deals: DealRow[],
  now: Date,
  today: string,
  staleAfterDays: number,
): Record<string, number> {
  const map: Record<string, number> = {};
  for (const deal of deals) {
    const days = staleDays(deal, { now, today, staleAfterDays });
    if (days !== undefined) map[String(deal.id)] = days;
  }
  return map;
}

/** Runs `work` over `items` with at most `workers` at a time. */
async function eachWithWorkers<T>(
  items: T[],
  workers: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(workers, items.length) }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}
