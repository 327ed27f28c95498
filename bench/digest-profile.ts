// Times each query of the weekly digest on its own, one after another, on the digest benchmark's
// dataset (bench/digest-dataset.ts), to find the ones that grow faster than the deals. The whole
// digest is timed first, as bench/digest-scale does. Reuses the kept datasets (bench/digest-database.ts).
//
//   npx tsx bench/digest-profile.ts [--deals 100000] [--runs 3] [--database postgresql://…] [--analyze] [--only <step>]
//
// Prints the best of `runs` for each step, slowest first; asserts nothing.
import { loadavg } from "node:os";
import { listLossReasons, listStages } from "../src/db/catalog.js";
import { openDatabase } from "../src/db/client.js";
import { startCommits, wonByOwnerMonth } from "../src/db/digest-accuracy.js";
import {
  lossesByReason,
  openClosingByStage,
  openTotalsByStage,
  stageConversion,
  stageConversionAndOutcomes,
  wonBetween,
} from "../src/db/digest-funnel.js";
import { newCustomers, newDeals, segmentTotals } from "../src/db/digest-growth.js";
import { hygieneTotals, openStageAges, stageStays } from "../src/db/digest-hygiene.js";
import {
  biggestClosed,
  closeDateChanges,
  inactiveAccounts,
  keyAccounts,
  nudgeResponses,
  repActivity,
  repWins,
} from "../src/db/digest-people.js";
import { buildFunnelDigest } from "../src/domain/digest/build-funnel-digest.js";
import { todayByOwnerZone } from "../src/domain/digest/build-hygiene.js";
import { digestPeriods } from "../src/domain/digest/periods.js";
import { digestDatabase } from "./digest-database.js";
import { NOW, settings } from "./digest-dataset.js";

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const deals = Number(flag("deals") ?? 100_000);
const runs = Number(flag("runs") ?? 3);
const only = flag("only");

const database = await digestDatabase(flag("database"), deals, true, args.includes("--analyze"));
const { db } = openDatabase(database.target);
const at = NOW;
const currency = settings.currency;
const periods = digestPeriods(at, settings.timezone);
const stages = await listStages(db);
const openIds = stages.filter((s) => s.kind === "open").map((s) => s.id);
const DAY = 86_400_000;
const maturedBefore = new Map(openIds.map((id) => [id, new Date(at.getTime() - 30 * DAY)]));
const common = { asOf: at, maturedBefore, defaultMaturedBefore: new Date(at.getTime() - 60 * DAY) };
const zones = await todayByOwnerZone(db, at);

const steps: Record<string, () => Promise<unknown>> = {
  "whole digest": () => buildFunnelDigest({ db }, { at, settings }),
  openTotalsByStage: () => openTotalsByStage(db, currency),
  lossesByReason: () => lossesByReason(db, { currency, ...periods.recent }),
  listLossReasons: () => listLossReasons(db),
  "stageStays (uncached)": () => stageStays(db, periods.reference),
  openStageAges: () => openStageAges(db, { currency, at }),
  "stageConversion recent": () => stageConversion(db, { from: periods.recent.from, to: at, ...common }),
  "stageConversionAndOutcomes reference": () =>
    stageConversionAndOutcomes(db, { from: periods.reference.from, to: periods.recent.from, ...common }),
  "stageConversion reference": () =>
    stageConversion(db, { from: periods.reference.from, to: periods.recent.from, ...common }),
  "wonBetween month": () => wonBetween(db, { currency, from: periods.month.from, to: periods.month.to }),
  "openClosingByStage quarter": () =>
    openClosingByStage(db, {
      currency,
      firstDay: periods.quarter.firstDay,
      lastDay: periods.quarter.lastDay,
    }),
  repActivity: () => repActivity(db, periods.week),
  nudgeResponses: () => nudgeResponses(db, periods.week),
  repWins: () => repWins(db, { currency, months: periods.months }),
  "biggestClosed won": () => biggestClosed(db, { status: "won", currency, ...periods.week, limit: 3 }),
  closeDateChanges: () => closeDateChanges(db, { currency, ...periods.week, limit: 50 }),
  keyAccounts: () => keyAccounts(db, { currency, ...periods.year, limit: 10 }),
  inactiveAccounts: () => inactiveAccounts(db, { since: periods.recent.from, limit: 10 }),
  hygieneTotals: () =>
    hygieneTotals(db, {
      currency,
      todayByZone: zones,
      teamToday: periods.today,
      quietSince: new Date(at.getTime() - 30 * DAY),
    }),
  startCommits: () => startCommits(db, { months: periods.months.map((m) => m.key), currency }),
  wonByOwnerMonth: () => wonByOwnerMonth(db, { currency, months: periods.months }),
  "newDeals month": () => newDeals(db, { currency, from: periods.month.from, to: at }),
  "newCustomers month": () => newCustomers(db, { from: periods.month.from, to: at, limit: 5 }),
  segmentTotals: () => segmentTotals(db, { currency, ...periods.quarter }),
};

console.log(
  `digest-profile on ${database.label}, ${deals} deals; load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}; best of ${runs} ms`,
);
const results: [string, number, number][] = [];
for (const [name, step] of Object.entries(steps)) {
  if (only && !name.includes(only)) continue;
  const times: number[] = [];
  const cpus: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    // stageStays caches per window and day; a new `to` each run defeats the cache.
    if (name.startsWith("stageStays"))
      await stageStays(db, { ...periods.reference, to: new Date(at.getTime() - run) });
    else await step();
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  results.push([name, Math.min(...times), Math.min(...cpus)]);
}
// On SQLite the query runs on this process's thread, so its CPU time is the query's cost,
// steadier than wall time on a shared machine; on PostgreSQL the server's CPU is not counted.
console.log("  wall ms   CPU ms  step");
for (const [name, ms, cpu] of results.sort((a, b) => b[1] - a[1]))
  console.log(`${ms.toFixed(1).padStart(9)} ${cpu.toFixed(1).padStart(8)}  ${name}`);
process.exit(0);
