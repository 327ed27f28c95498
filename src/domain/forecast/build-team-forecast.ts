import {
  type ForecastCallRow,
  forecastByOwner,
  latestForecastCalls,
  type OwnerForecast,
} from "../../db/forecast-team.js";
import { listQuotas } from "../../db/quotas.js";
import { userNames } from "../../db/users.js";
import type { Services } from "../../services.js";
import { resolveTarget } from "../digest/compute-forecast.js";
import { digestPeriods, monthsOfQuarter, type Period } from "../digest/periods.js";
import type { TeamSettings } from "../settings/team-settings.js";

export interface RepCall extends OwnerForecast {
  name: string;
  /** won + Commit */
  commitTotal: bigint;
  /** won + Commit + Best case */
  bestTotal: bigint;
  target: bigint | null;
}

export interface PeriodRollUp {
  key: string;
  reps: RepCall[];
  total: {
    wonMinor: bigint;
    commitTotal: bigint;
    bestTotal: bigint;
    weightedTotal: bigint;
    target: bigint | null;
  };
  /** The manager's own latest call for the period. */
  call: ForecastCallRow | null;
}

export interface TeamForecast {
  currency: string;
  locale: string;
  managerId: string;
  month: PeriodRollUp;
  quarter: PeriodRollUp;
}

/**
 * A manager's team rolled up per rep, for the month and the quarter: won, the commit
 * (won + Commit) and best case (won + Commit + Best case), weighted, each rep's target,
 * and the manager's own call beside the sum of the reps'.
 */
export async function buildTeamForecast(
  services: Pick<Services, "db">,
  input: { at: Date; settings: TeamSettings; managerId: string; repIds: string[] },
): Promise<TeamForecast> {
  const { db } = services;
  const currency = input.settings.currency;
  const periods = digestPeriods(input.at, input.settings.timezone);
  const ids = [...new Set(input.repIds)];
  const keys = [periods.month.key, periods.quarter.key];
  const [names, quotas, calls] = await Promise.all([
    userNames(db, ids),
    listQuotas(db, { periods: [...keys, ...monthsOfQuarter(periods.quarter.key)], subjects: ids }),
    latestForecastCalls(db, { subject: input.managerId, periods: keys }),
  ]);
  const rollUp = async (period: Period): Promise<PeriodRollUp> => {
    const rows = await forecastByOwner(db, { currency, ownerIds: ids, ...period });
    const reps = rows
      .map((r) => {
        const target = resolveTarget(quotas, {
          subject: r.ownerId,
          period: period.key,
          currency,
        }).amountMinor;
        return {
          ...r,
          name: names.get(r.ownerId) ?? r.ownerId,
          commitTotal: r.wonMinor + r.commitMinor,
          bestTotal: r.wonMinor + r.commitMinor + r.bestMinor,
          target,
        };
      })
      .sort((a, b) =>
        a.bestTotal === b.bestTotal ? a.name.localeCompare(b.name) : a.bestTotal > b.bestTotal ? -1 : 1,
      );
    const sum = (f: (r: RepCall) => bigint) => reps.reduce((s, r) => s + f(r), 0n);
    const targets = reps.filter((r) => r.target !== null);
    return {
      key: period.key,
      reps,
      total: {
        wonMinor: sum((r) => r.wonMinor),
        commitTotal: sum((r) => r.commitTotal),
        bestTotal: sum((r) => r.bestTotal),
        weightedTotal: sum((r) => r.wonMinor + r.weightedMinor),
        target: targets.length > 0 ? targets.reduce((s, r) => s + (r.target ?? 0n), 0n) : null,
      },
      call: calls.get(period.key) ?? null,
    };
  };
  const [month, quarter] = await Promise.all([rollUp(periods.month), rollUp(periods.quarter)]);
  return { currency, locale: input.settings.locale, managerId: input.managerId, month, quarter };
}
