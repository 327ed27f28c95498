import { type CloserRow, openClosingByStage, openDealsClosing, wonBetween } from "../../db/digest-funnel.js";
import { listQuotas } from "../../db/quotas.js";
import type { Services } from "../../services.js";
import type { TeamSettings } from "../settings/team-settings.js";
import { resolveTarget } from "./compute-forecast.js";
import { digestPeriods, monthsOfQuarter, type Period } from "./periods.js";

export interface RepPeriodForecast {
  key: string;
  wonCount: number;
  wonMinor: bigint;
  openMinor: bigint;
  weightedMinor: bigint;
  committedMinor: bigint;
  target: bigint | null;
  /** Target minus won; null without a target; 0 once reached. */
  gap: bigint | null;
  /** Open deals, most likely first, whose amounts together close the gap (all of them if they cannot). */
  closers: CloserRow[];
  /** Whether `closers` add up to the gap. */
  closable: boolean;
}

const MAX_CLOSERS = 10;

/** A rep's own month and quarter: won, open, weighted, target, gap, and the deals that would close it. */
export async function buildRepForecast(
  services: Pick<Services, "db">,
  options: { at: Date; settings: TeamSettings; userId: string },
): Promise<{ currency: string; locale: string; month: RepPeriodForecast; quarter: RepPeriodForecast }> {
  const { db } = services;
  const { settings, userId } = options;
  const currency = settings.currency;
  const periods = digestPeriods(options.at, settings.timezone);
  const quotas = await listQuotas(db, {
    periods: [periods.month.key, periods.quarter.key, ...monthsOfQuarter(periods.quarter.key)],
    subjects: [userId],
  });
  const forPeriod = async (period: Period): Promise<RepPeriodForecast> => {
    const [won, closing, deals] = await Promise.all([
      wonBetween(db, { currency, from: period.from, to: period.to, ownerId: userId }),
      openClosingByStage(db, {
        currency,
        firstDay: period.firstDay,
        lastDay: period.lastDay,
        ownerId: userId,
      }),
      openDealsClosing(db, {
        ownerId: userId,
        currency,
        firstDay: period.firstDay,
        lastDay: period.lastDay,
        limit: 50,
      }),
    ]);
    const target = resolveTarget(quotas, { subject: userId, period: period.key, currency }).amountMinor;
    const gap = target === null ? null : target > won.amountMinor ? target - won.amountMinor : 0n;
    const closers: CloserRow[] = [];
    let covered = 0n;
    for (const deal of deals) {
      if (gap === null || covered >= gap || closers.length >= MAX_CLOSERS) break;
      closers.push(deal);
      covered += deal.amountMinor;
    }
    return {
      key: period.key,
      wonCount: won.count,
      wonMinor: won.amountMinor,
      openMinor: closing.reduce((s, r) => s + r.amountMinor, 0n),
      weightedMinor: closing.reduce((s, r) => s + r.weightedMinor, 0n),
      committedMinor: closing.reduce((s, r) => s + r.committedMinor, 0n),
      target,
      gap,
      closers,
      closable: gap !== null && covered >= gap,
    };
  };
  const [month, quarter] = await Promise.all([forPeriod(periods.month), forPeriod(periods.quarter)]);
  return { currency, locale: settings.locale, month, quarter };
}
