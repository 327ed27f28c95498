import { listLossReasons, listStages } from "../../db/catalog.js";
import { lossesByReason, openClosingByStage, openTotalsByStage, wonBetween } from "../../db/digest-funnel.js";
import type { HygieneTotals } from "../../db/digest-hygiene.js";
import {
  biggestClosed,
  closeDateChanges,
  type DealBrief,
  inactiveAccounts,
  type KeyAccounts,
  keyAccounts,
  nudgeResponses,
  repActivity,
  repWins,
} from "../../db/digest-people.js";
import { listQuotas } from "../../db/quotas.js";
import { latestSnapshot } from "../../db/snapshots.js";
import { userNames } from "../../db/users.js";
import type { Services } from "../../services.js";
import type { TeamSettings } from "../settings/team-settings.js";
import { buildAccuracy } from "./build-accuracy.js";
import { buildGrowthDigest, type GrowthDigest } from "./build-growth-digest.js";
import { buildHygiene } from "./build-hygiene.js";
import { buildStageFlow } from "./build-stage-flow.js";
import type { ForecastAccuracy } from "./compute-accuracy.js";
import { type ConversionStep, winRatesByStage } from "./compute-conversion.js";
import { computePeriodForecast, type PeriodForecast, resolveTarget } from "./compute-forecast.js";
import type { StageTime } from "./compute-time-in-stage.js";
import { type DigestPeriods, digestPeriods, monthsOfQuarter } from "./periods.js";
import { buildRepRows, type RepRow } from "./rep-rows.js";

export const FUNNEL_SNAPSHOT = "funnel";
const TOP = 3;
const LIST = 10;

export interface FunnelStage {
  stageId: number;
  name: string;
  probability: number;
  count: number;
  amountMinor: bigint;
  weightedMinor: bigint;
  /** Change since the last snapshot; null when there is none to compare with. */
  change: { count: number; amountMinor: bigint } | null;
}

export interface FunnelDigest {
  at: Date;
  currency: string;
  locale: string;
  timezone: string;
  periods: DigestPeriods;
  funnel: { stages: FunnelStage[]; comparedTo: string | null };
  conversion: { steps: ConversionStep[]; bottleneck: ConversionStep | null };
  timeInStage: StageTime[];
  /** Past-due, no-next-step and quiet open deals. */
  hygiene: HygieneTotals;
  /** Start-of-month commit against won, over the last months. */
  accuracy: ForecastAccuracy;
  /** This month and quarter; `next`: the two quarters after this one (rolling view). */
  forecast: { month: PeriodForecast; quarter: PeriodForecast; next: PeriodForecast[] };
  lossReasons: { label: string; count: number; amountMinor: bigint }[];
  reps: RepRow[];
  tops: { wins: DealBrief[]; losses: DealBrief[]; slips: (DealBrief & { from: string; to: string })[] };
  accounts: {
    key: KeyAccounts;
    inactive: { name: string; lastActivityAt: Date | null }[];
    inactiveCount: number;
  };
  /** Prospect flow, segments, selling activity, contact upkeep (build-growth-digest.ts). */
  growth?: GrowthDigest;
}

/** What a funnel snapshot keeps: per stage id, count and amount (as a string: JSON has no bigint). */
export type FunnelSnapshot = Record<string, { count: number; amountMinor: string }>;

export const funnelSnapshotOf = (stages: FunnelStage[]): FunnelSnapshot =>
  Object.fromEntries(
    stages.map((s) => [String(s.stageId), { count: s.count, amountMinor: s.amountMinor.toString() }]),
  );

/**
 * Everything the weekly digest says, as of `at`, in the team's currency. Every figure is
 * an SQL aggregate; only per-stage, per-rep and per-reason rows come back.
 */
export async function buildFunnelDigest(
  services: Pick<Services, "db">,
  options: { at: Date; settings: TeamSettings },
): Promise<FunnelDigest> {
  const { db } = services;
  const { at, settings } = options;
  const currency = settings.currency;
  const periods = digestPeriods(at, settings.timezone);
  const stages = await listStages(db);
  const openStages = stages.filter((s) => s.kind === "open");
  const wonName = stages.find((s) => s.kind === "won")?.name ?? "Won";
  const stageProbability = new Map(stages.map((s) => [s.id, s.probability]));
  const lastWeek = new Date(at.getTime() - 6 * 86_400_000);

  const [open, snapshot, flow, quotas, reasons, losses] = await Promise.all([
    openTotalsByStage(db, currency),
    latestSnapshot(db, { kind: FUNNEL_SNAPSHOT, atMost: digestPeriods(lastWeek, settings.timezone).weekOf }),
    buildStageFlow(db, { at, periods, openStages, wonName, currency }),
    listQuotas(db, {
      periods: [periods.month.key, periods.quarter.key, ...periods.nextQuarters.map((q) => q.key)].flatMap(
        (key) => (key.includes("Q") ? [key, ...monthsOfQuarter(key)] : [key]),
      ),
    }),
    listLossReasons(db),
    lossesByReason(db, { currency, ...periods.recent }),
  ]);

  const previous = snapshot ? (JSON.parse(snapshot.data) as FunnelSnapshot) : null;
  const funnelStages: FunnelStage[] = openStages.map((stage) => {
    const row = open.find((o) => o.stageId === stage.id);
    const count = row?.count ?? 0;
    const amountMinor = row?.amountMinor ?? 0n;
    const before = previous?.[String(stage.id)];
    return {
      stageId: stage.id,
      name: stage.name,
      probability: stage.probability,
      count,
      amountMinor,
      weightedMinor: row?.weightedMinor ?? 0n,
      change: previous
        ? {
            count: count - (before?.count ?? 0),
            amountMinor: amountMinor - BigInt(before?.amountMinor ?? "0"),
          }
        : null,
    };
  });

  const rates = winRatesByStage(flow.outcomes);
  const forecastFor = async (period: DigestPeriods["month"]) => {
    const [won, closing] = await Promise.all([
      wonBetween(db, { currency, from: period.from, to: period.to }),
      openClosingByStage(db, { currency, firstDay: period.firstDay, lastDay: period.lastDay }),
    ]);
    return computePeriodForecast({
      key: period.key,
      won,
      closing,
      rates,
      stageProbability,
      target: resolveTarget(quotas, { subject: "team", period: period.key, currency }),
    });
  };

  const [month, quarter, next, reps, tops, key, inactive, hygiene, accuracy, growth] = await Promise.all([
    forecastFor(periods.month),
    forecastFor(periods.quarter),
    Promise.all(periods.nextQuarters.map(forecastFor)),
    loadReps(db, currency, periods),
    loadTops(db, currency, periods.week),
    keyAccounts(db, { currency, ...periods.year, limit: LIST }),
    inactiveAccounts(db, { since: periods.recent.from, limit: LIST }),
    buildHygiene(db, { at, timezone: settings.timezone, currency }),
    buildAccuracy(db, { currency, months: periods.months }),
    buildGrowthDigest(services, options),
  ]);

  return {
    at,
    currency,
    locale: settings.locale,
    timezone: settings.timezone,
    periods,
    funnel: { stages: funnelStages, comparedTo: snapshot?.periodKey ?? null },
    conversion: flow.conversion,
    timeInStage: flow.timeInStage,
    hygiene,
    accuracy,
    forecast: { month, quarter, next },
    lossReasons: losses
      .map((l) => ({
        label: reasons.find((r) => r.id === l.lossReasonId)?.label ?? "No reason given",
        count: l.count,
        amountMinor: l.amountMinor,
      }))
      .sort((a, b) => b.count - a.count || (b.amountMinor > a.amountMinor ? 1 : -1)),
    reps,
    tops,
    accounts: { key, inactive: inactive.accounts, inactiveCount: inactive.count },
    growth,
  };
}

async function loadReps(db: Services["db"], currency: string, periods: DigestPeriods): Promise<RepRow[]> {
  const [activity, nudges, wins] = await Promise.all([
    repActivity(db, periods.week),
    nudgeResponses(db, periods.week),
    repWins(db, { currency, months: periods.months }),
  ]);
  const ids = [...new Set([...activity, ...nudges, ...wins].map((r) => r.userId))];
  return buildRepRows({ activity, nudges, wins, names: await userNames(db, ids) });
}

async function loadTops(db: Services["db"], currency: string, week: { from: Date; to: Date }) {
  const [wins, losses, changes] = await Promise.all([
    biggestClosed(db, { status: "won", currency, ...week, limit: TOP }),
    biggestClosed(db, { status: "lost", currency, ...week, limit: TOP }),
    closeDateChanges(db, { currency, ...week, limit: 50 }),
  ]);
  const slips: FunnelDigest["tops"]["slips"] = [];
  for (const change of changes) {
    if (slips.length >= TOP || slips.some((s) => s.id === change.id)) continue;
    const moved = (JSON.parse(change.changes) as { closeOn?: { from?: unknown; to?: unknown } }).closeOn;
    if (typeof moved?.from !== "string" || typeof moved.to !== "string" || moved.to <= moved.from) continue;
    const { changes: _changes, ...brief } = change;
    slips.push({ ...brief, from: moved.from, to: moved.to });
  }
  return { wins, losses, slips };
}
