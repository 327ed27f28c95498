import { listStages } from "../../db/catalog.js";
import type { Db } from "../../db/client.js";
import {
  openClosingByStage,
  openTotalsByStage,
  stageConversion,
  wonBetween,
} from "../../db/digest-funnel.js";
import { stageStays } from "../../db/digest-hygiene.js";
import { repWins } from "../../db/digest-people.js";
import { listQuotas } from "../../db/quotas.js";
import { closedByOwner } from "../../db/rep-stats.js";
import { DEFAULT_MATURITY_DAYS } from "../digest/build-stage-flow.js";
import { resolveTarget } from "../digest/compute-forecast.js";
import { computeTimeInStage } from "../digest/compute-time-in-stage.js";
import { digestPeriods, monthsOfQuarter } from "../digest/periods.js";
import type { TeamSettings } from "../settings/team-settings.js";
import { type Consistency, describeConsistency } from "./consistency.js";

const DAY = 86_400_000;
/** A stage with fewer of the rep's matured deals than this is not named their weakest. */
export const MIN_REP_SAMPLE = 5;

export interface StageComparison {
  stageId: number;
  name: string;
  rep: { advanced: number; matured: number; rate: number | null };
  team: { advanced: number; matured: number; rate: number | null };
  /** The rep's open pipeline in the stage. */
  openCount: number;
  openMinor: bigint;
}

export interface RepStats {
  userId: string;
  currency: string;
  locale: string;
  /** Over the last 12 months. */
  wonCount: number;
  lostCount: number;
  winRate: number | null;
  teamWinRate: number | null;
  wonMinor: bigint;
  avgDealMinor: bigint | null;
  teamAvgDealMinor: bigint | null;
  avgCycleDays: number | null;
  teamAvgCycleDays: number | null;
  largestShare: number | null;
  monthsWithWin: number;
  consistency: Consistency;
  stages: StageComparison[];
  /** The stage where the rep converts furthest below the team (with enough deals), or null. */
  weakest: StageComparison | null;
  quarter: {
    key: string;
    target: bigint | null;
    wonMinor: bigint;
    remainingMinor: bigint | null;
    pipelineMinor: bigint;
    coverage: number | null;
  };
}

const rate = (k: number, n: number) => (n > 0 ? k / n : null);

/**
 * A rep's diagnostics for coaching, as of `at`: win rate, cycle, deal size and stage
 * conversion against the team (last 12 months), how their wins are spread, their open
 * funnel by stage and how well it covers what is left of the quarter's target.
 */
export async function buildRepStats(
  db: Db,
  input: { at: Date; settings: TeamSettings; userId: string },
): Promise<RepStats> {
  const { at, settings, userId } = input;
  const currency = settings.currency;
  const periods = digestPeriods(at, settings.timezone);
  const year = periods.reference;
  const stages = (await listStages(db)).filter((s) => s.kind === "open");
  const stays = await stageStays(db, year);
  const times = computeTimeInStage(
    stages.map((s) => s.id),
    stays,
    [],
  );
  const maturedBefore = new Map(
    times.flatMap((t) =>
      t.limitDays === null ? [] : [[t.stageId, new Date(at.getTime() - t.limitDays * DAY)] as const],
    ),
  );
  const window = {
    from: year.from,
    to: at,
    asOf: at,
    maturedBefore,
    defaultMaturedBefore: new Date(at.getTime() - DEFAULT_MATURITY_DAYS * DAY),
  };
  const q = periods.quarter;
  const [closed, wins, teamConv, repConv, funnel, quotas, qWon, qOpen] = await Promise.all([
    closedByOwner(db, { currency, ...year }),
    repWins(db, { currency, months: periods.months }),
    stageConversion(db, window),
    stageConversion(db, { ...window, ownerId: userId }),
    openTotalsByStage(db, currency, userId),
    listQuotas(db, { periods: [q.key, ...monthsOfQuarter(q.key)], subjects: [userId] }),
    wonBetween(db, { currency, from: q.from, to: q.to, ownerId: userId }),
    openClosingByStage(db, { currency, firstDay: q.firstDay, lastDay: q.lastDay, ownerId: userId }),
  ]);
  const mine = closed.find((c) => c.ownerId === userId);
  const team = closed.reduce(
    (t, c) => ({
      won: t.won + c.wonCount,
      lost: t.lost + c.lostCount,
      amount: t.amount + c.wonMinor,
      cycle: t.cycle + c.wonCycleDays,
    }),
    { won: 0, lost: 0, amount: 0n, cycle: 0 },
  );
  const win = wins.find((w) => w.userId === userId);
  const wonMinor = mine?.wonMinor ?? 0n;
  const largestShare =
    win && win.wonMinor > 0n
      ? Number((win.largestMinor * 2000n + win.wonMinor) / (win.wonMinor * 2n)) / 10
      : null;
  const comparisons: StageComparison[] = stages.map((s) => {
    const r = repConv.find((c) => c.stageId === s.id);
    const t = teamConv.find((c) => c.stageId === s.id);
    const rm = r ? r.entered - r.undecided : 0;
    const tm = t ? t.entered - t.undecided : 0;
    const open = funnel.find((f) => f.stageId === s.id);
    return {
      stageId: s.id,
      name: s.name,
      rep: { advanced: r?.advanced ?? 0, matured: rm, rate: rate(r?.advanced ?? 0, rm) },
      team: { advanced: t?.advanced ?? 0, matured: tm, rate: rate(t?.advanced ?? 0, tm) },
      openCount: open?.count ?? 0,
      openMinor: open?.amountMinor ?? 0n,
    };
  });
  let weakest: StageComparison | null = null;
  for (const c of comparisons) {
    if (c.rep.rate === null || c.team.rate === null || c.rep.matured < MIN_REP_SAMPLE) continue;
    const gap = c.rep.rate - c.team.rate;
    if (gap < 0 && (!weakest || gap < (weakest.rep.rate ?? 0) - (weakest.team.rate ?? 0))) weakest = c;
  }
  const target = resolveTarget(quotas, { subject: userId, period: q.key, currency }).amountMinor;
  const remaining = target === null ? null : target > qWon.amountMinor ? target - qWon.amountMinor : 0n;
  const pipelineMinor = qOpen.reduce((s, r) => s + r.amountMinor, 0n);
  const wonCount = mine?.wonCount ?? 0;
  return {
    userId,
    currency,
    locale: settings.locale,
    wonCount,
    lostCount: mine?.lostCount ?? 0,
    winRate: rate(wonCount, wonCount + (mine?.lostCount ?? 0)),
    teamWinRate: rate(team.won, team.won + team.lost),
    wonMinor,
    avgDealMinor: wonCount > 0 ? (wonMinor + BigInt(wonCount) / 2n) / BigInt(wonCount) : null,
    teamAvgDealMinor: team.won > 0 ? (team.amount + BigInt(team.won) / 2n) / BigInt(team.won) : null,
    avgCycleDays: wonCount > 0 ? Math.round((mine?.wonCycleDays ?? 0) / wonCount) : null,
    teamAvgCycleDays: team.won > 0 ? Math.round(team.cycle / team.won) : null,
    largestShare,
    monthsWithWin: win?.monthsWithWin ?? 0,
    consistency: describeConsistency({ largestShare, monthsWithWin: win?.monthsWithWin ?? 0, wonCount }),
    stages: comparisons,
    weakest,
    quarter: {
      key: q.key,
      target,
      wonMinor: qWon.amountMinor,
      remainingMinor: remaining,
      pipelineMinor,
      coverage: remaining && remaining > 0n ? Number((pipelineMinor * 100n) / remaining) / 100 : null,
    },
  };
}
