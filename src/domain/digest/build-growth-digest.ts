import { DateTime } from "luxon";
import {
  type ContactUpkeep,
  contactUpkeep,
  newCustomers,
  newDeals,
  type SegmentTotals,
  segmentTotals,
} from "../../db/digest-growth.js";
import type { Services } from "../../services.js";
import { activityByRepAndWeek, type RepActivity } from "../activities/activity-stats.js";
import type { TeamSettings } from "../settings/team-settings.js";

export interface Flow {
  newDeals: number;
  newPipelineMinor: bigint;
  newCustomers: number;
  customerNames: string[];
}

/** The digest's growth sections: prospect flow, segments, selling activity, and monthly contact upkeep. */
export interface GrowthDigest {
  flow: { week: Flow; month: Flow; monthKey: string };
  segments: SegmentTotals[];
  /** Selling activity per rep in the week before the digest. */
  activity: RepActivity[];
  /** Last month's contact upkeep, in the month's first digest only. */
  upkeep: (ContactUpkeep & { monthKey: string }) | null;
}

/**
 * As of `at`: new deals, new pipeline value and new customers (an account's
 * first win) in the last 7 days and this month; open pipeline and this
 * quarter's won value per segment; last week's activity per rep; and, in the
 * first digest of a month, last month's contact upkeep.
 */
export async function buildGrowthDigest(
  services: Pick<Services, "db">,
  options: { at: Date; settings: TeamSettings },
): Promise<GrowthDigest> {
  const { db } = services;
  const { at, settings } = options;
  const local = DateTime.fromJSDate(at, { zone: settings.timezone });
  const week = { from: local.minus({ days: 7 }).toJSDate(), to: at };
  const month = { from: local.startOf("month").toJSDate(), to: at };
  const quarter = {
    from: local.startOf("quarter").toJSDate(),
    to: local.startOf("quarter").plus({ months: 3 }).toJSDate(),
  };
  const flowOf = async (window: { from: Date; to: Date }): Promise<Flow> => {
    const [deals, customers] = await Promise.all([
      newDeals(db, { currency: settings.currency, ...window }),
      newCustomers(db, { ...window, limit: 5 }),
    ]);
    return {
      newDeals: deals.count,
      newPipelineMinor: deals.amountMinor,
      newCustomers: customers.count,
      customerNames: customers.names,
    };
  };
  const firstOfMonth = local.day <= 7;
  const lastMonth = local.startOf("month").minus({ months: 1 });
  const [weekFlow, monthFlow, segments, weeks, upkeep] = await Promise.all([
    flowOf(week),
    flowOf(month),
    segmentTotals(db, { currency: settings.currency, ...quarter }),
    activityByRepAndWeek(services, { at, timezone: settings.timezone, weeks: 1 }),
    firstOfMonth
      ? contactUpkeep(db, {
          from: lastMonth.toJSDate(),
          to: lastMonth.plus({ months: 1 }).toJSDate(),
          quietSince: local.minus({ months: 12 }).toJSDate(),
          limit: 5,
        })
      : Promise.resolve(null),
  ]);
  return {
    flow: { week: weekFlow, month: monthFlow, monthKey: local.toFormat("yyyy-MM") },
    segments: segments.sort((a, b) => (b.openMinor + b.wonMinor > a.openMinor + a.wonMinor ? 1 : -1)),
    activity: weeks[0]?.reps ?? [],
    upkeep: upkeep ? { ...upkeep, monthKey: lastMonth.toFormat("yyyy-MM") } : null,
  };
}
