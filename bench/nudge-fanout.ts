// bench/nudge-fanout: the weekly nudge sweep for 2,000 reps with stale deals, against a fake Slack
// that rate-limits chat.postMessage the way Slack does (429 with Retry-After). Prints the total
// time, messages sent, duplicates (should be 0), lost (should be 0), and the ratio to the minimum
// time the rate limit allows.
//
//   npm run bench:nudges -- [--reps 2000] [--rate 50] [--burst 20] [--json]
//   npm run bench:nudges -- --database postgresql://dealbot:dealbot@127.0.0.1:5432/dealbot
//
// A benchmark prints numbers; it asserts nothing and exits 0 (2 if it gave up at --max-seconds).
//
// What runs: the real app (src/app.ts) on a fresh database, with the production Slack client
// (createSlackClient without overrides: the SDK pauses its queue on a 429, waits Retry-After and
// retries, up to 5 times; past that, sendWeeklyNudges' RateGate waits and retries). The fake Slack
// limits chat.postMessage with one token bucket for the workspace (R per second, burst B): Slack
// allows about 1 message per second per channel, but every DM is its own channel, so the
// workspace-wide limit is what binds. The bucket's floor for N messages is (N − B) / R seconds.
//
// The sweep is `app.scheduler.runJob("weekly-nudges", at)` at Monday 2026-11-23 09:00 UTC (the
// default nudge slot). Then the same slot is run again, and sendWeeklyNudges is called directly for
// the same `at` (past the job's claim): neither may send anything. --mixed-timezones spreads the
// reps over UTC-8, UTC, UTC+2 and UTC+10; no single moment is Monday 09:00+ for all four (UTC+10's
// Monday ends before UTC-8's 09:00), so there is one sweep per zone at its local Monday 09:00, as
// the every-15-minutes schedule would run them, each starting with a full bucket.
import { writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { WebClientEvent, type WebClientOptions } from "@slack/web-api";
import { getTeamSettings } from "../src/domain/settings/get-team-settings.js";
import type { RunOutcome } from "../src/jobs/scheduler.js";
import { sendWeeklyNudges } from "../src/notify/send-weekly-nudges.js";
import { type FakeSlack, startFakeSlack } from "../test/support/fake-slack.js";
import { Pacer } from "./nudge-pacer.js";
import {
  type Checks,
  checkDeliveries,
  POST,
  STALL_MS,
  type SweepTiming,
  seconds,
  sweepTiming,
  table,
} from "./nudge-report.js";
import {
  type BenchDatabase,
  createBenchDatabase,
  type Dealbot,
  seedReps,
  startDealbot,
} from "./nudge-setup.js";

const JOB = "weekly-nudges";
const STALE_DAYS = 10;
/** Monday 09:00 local (the default nudge slot) in each zone of --mixed-timezones, in UTC. */
const ZONES = [
  { zone: "Australia/Brisbane", label: "UTC+10", at: "2026-11-22T23:00:00Z" },
  { zone: "Africa/Johannesburg", label: "UTC+2", at: "2026-11-23T07:00:00Z" },
  { zone: "UTC", label: "UTC", at: "2026-11-23T09:00:00Z" },
  { zone: "America/Los_Angeles", label: "UTC-8", at: "2026-11-23T17:00:00Z" },
];
/** Slack client variants, for finding out where time goes. "production" is what the app runs. */
const CLIENTS: Record<string, { describe: string; overrides?: WebClientOptions }> = {
  production: { describe: "production (SDK waits Retry-After and retries, 5 retries)" },
  "no-backoff": {
    describe: "EXPERIMENT: production but retryConfig.minTimeout 0 (no extra backoff after Retry-After)",
    overrides: { retryConfig: { retries: 5, factor: 3.86, minTimeout: 0 } },
  },
  reject: {
    describe: "EXPERIMENT: rejectRateLimitedCalls: true (429s go straight to our RateGate)",
    overrides: { rejectRateLimitedCalls: true },
  },
};

const { values: flags } = parseArgs({
  options: {
    reps: { type: "string", default: "2000" },
    rate: { type: "string", default: "50" },
    burst: { type: "string", default: "20" },
    "retry-after": { type: "string", default: "1" },
    "mixed-timezones": { type: "boolean", default: false },
    client: { type: "string", default: "production" },
    pace: { type: "string" },
    database: { type: "string" },
    "max-seconds": { type: "string", default: "300" },
    "log-level": { type: "string", default: "silent" },
    trace: { type: "string" },
    json: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});

if (flags.help) {
  console.log(`Usage: npx tsx bench/nudge-fanout.ts [options]   (or npm run bench:nudges -- [options])
  --reps N              reps with 1–3 stale deals each (2000)
  --rate R              chat.postMessage token bucket: R per second, workspace-wide (50); 0 = no limit
  --burst B             the bucket's size (20)
  --retry-after S       Retry-After seconds in the 429s (1)
  --mixed-timezones     reps over UTC-8/UTC/UTC+2/UTC+10, one sweep per zone (default: all UTC, one sweep)
  --client NAME         Slack client options: ${Object.keys(CLIENTS).join(" | ")} (production)
  --pace N|auto         EXPERIMENT: pace chat.postMessage on the client, N/s or adaptive (bench/nudge-pacer.ts)
  --database URL        postgresql://… server where the user may CREATE DATABASE (env BENCH_DATABASE_URL);
                        a fresh database is created and dropped. Default: a temporary SQLite file
  --max-seconds N       give up (exit 2) after N s in all (300)
  --log-level LEVEL     the app's log level, logs to stderr (silent)
  --trace FILE          also write every chat.postMessage call as CSV (ms since the first sweep, recipient, outcome)
  --json                print the results as JSON`);
  process.exit(0);
}

const positive = (name: string, value: string, min = 1) => {
  const n = Number(value);
  if (!Number.isFinite(n) || n < min) throw new Error(`--${name} must be a number ≥ ${min}, got "${value}"`);
  return n;
};
const options = {
  reps: Math.floor(positive("reps", flags.reps)),
  rate: positive("rate", flags.rate, 0),
  burst: Math.floor(positive("burst", flags.burst)),
  retryAfter: positive("retry-after", flags["retry-after"]),
  mixed: flags["mixed-timezones"],
  client: flags.client,
  pace: flags.pace === undefined ? undefined : flags.pace === "auto" ? ("auto" as const) : Number(flags.pace),
  database: flags.database ?? process.env.BENCH_DATABASE_URL,
  maxSeconds: positive("max-seconds", flags["max-seconds"]),
  logLevel: flags["log-level"],
  trace: flags.trace,
  json: flags.json,
};
const chosen = CLIENTS[options.client];
if (!chosen) throw new Error(`--client must be one of ${Object.keys(CLIENTS).join(", ")}`);
const client = chosen;
if (typeof options.pace === "number" && !(options.pace > 0))
  throw new Error(`--pace must be "auto" or a number > 0, got "${flags.pace}"`);
const sweeps = options.mixed ? ZONES : ZONES.filter((z) => z.zone === "UTC");
const limited = options.rate > 0;
/** The token bucket's floor for n messages starting full: the first B go at once, then R per second. */
const minimumMs = (n: number) => (limited ? (Math.max(0, n - options.burst) / options.rate) * 1000 : 0);

interface SweepResult {
  at: string;
  zone: string;
  /** Reps whose nudge fell due in this sweep (each sweep also re-checks the zones before it). */
  due: number;
  totalMs: number;
  minimumMs: number;
  ratio: number | null;
  outcome: RunOutcome["status"];
  summary: Record<string, unknown> | null;
  timing: SweepTiming;
}

interface RepeatResult {
  /** The job again for each slot: its claim says it is done. */
  rerun: Array<{ at: string; outcome: RunOutcome["status"]; reason?: string }>;
  /** sendWeeklyNudges called directly for each `at`, past the job claim. */
  direct: Array<{ at: string; summary: Record<string, number>; ms: number }>;
  /** chat.postMessage calls made while repeating (must be 0 "ok"). */
  posts: number;
  sent: number;
}

async function main() {
  const started = performance.now();
  const fake = await startFakeSlack({ botUserId: "U1", botId: "B1" });
  let bench: BenchDatabase | undefined;
  let dealbot: Dealbot | undefined;
  const cleanup = async () => {
    await dealbot?.close().catch(() => {});
    await fake.close().catch(() => {});
    await bench?.drop().catch((error) => console.error(`could not drop the bench database: ${error}`));
  };
  const deadline = setTimeout(() => {
    console.error(`gave up after --max-seconds ${options.maxSeconds}: the sweep did not finish`);
    void cleanup().finally(() => process.exit(2));
  }, options.maxSeconds * 1000);
  deadline.unref();

  try {
    bench = await createBenchDatabase(options.database);
    const firstAt = new Date(sweeps[0]!.at);
    dealbot = await startDealbot({
      bench,
      slackApiUrl: fake.apiUrl,
      now: sweeps[0]!.at,
      logLevel: options.logLevel,
      ...(client.overrides ? { clientOverrides: client.overrides } : {}),
    });
    const seedStart = performance.now();
    const reps = await seedReps(dealbot.db, fake, {
      reps: options.reps,
      zones: sweeps.map((s) => s.zone),
      now: firstAt,
      staleDays: STALE_DAYS,
    });
    const seedMs = performance.now() - seedStart;
    if (limited)
      fake.rateLimit(POST, { perSecond: options.rate, burst: options.burst, retryAfter: options.retryAfter });
    let sdkPauses = 0;
    const pacer = options.pace === undefined ? undefined : new Pacer(options.pace);
    if (pacer) {
      const chat = dealbot.slack.chat;
      chat.postMessage = pacer.wrap(chat.postMessage);
    }
    dealbot.slack.on(WebClientEvent.RATE_LIMITED, (retryAfter: number) => {
      sdkPauses++;
      pacer?.rateLimited(retryAfter);
    });

    const results: SweepResult[] = [];
    for (const [i, sweep] of sweeps.entries()) {
      // Each sweep starts with a full bucket, as it would 15 minutes after the previous one.
      if (i > 0 && limited) await sleep((options.burst / options.rate) * 1000 + options.retryAfter * 1000);
      results.push(await runSweep(dealbot, fake, sweep, reps, () => sdkPauses));
    }
    const repeat = await runRepeat(dealbot, fake, sweeps);
    if (options.trace) writeTrace(options.trace, fake);

    const deliveries = await dealbot.db.delivery.findMany({
      where: { jobId: JOB },
      select: { recipient: true, status: true },
    });
    const checks = checkDeliveries(
      fake.calls,
      reps.map((r) => r.id),
      deliveries,
    );
    report({
      database: bench.label,
      seedMs,
      results,
      repeat,
      checks,
      reps: reps.length,
      deals: reps.reduce((n, r) => n + r.deals, 0),
      wallMs: performance.now() - started,
      paceHistory: pacer?.history,
    });
  } finally {
    clearTimeout(deadline);
    await cleanup();
  }
}

async function runSweep(
  dealbot: Dealbot,
  fake: FakeSlack,
  sweep: (typeof ZONES)[number],
  reps: Array<{ tz: string }>,
  pauses: () => number,
): Promise<SweepResult> {
  const at = new Date(sweep.at);
  dealbot.clock.set(at);
  const due = reps.filter((r) => r.tz === sweep.zone).length;
  const firstCall = fake.calls.length;
  const pausesBefore = pauses();
  const start = Date.now();
  const t0 = performance.now();
  const outcome = await dealbot.app.scheduler.runJob(JOB, at);
  const totalMs = performance.now() - t0;
  const end = Date.now();
  const minimum = minimumMs(due);
  return {
    at: sweep.at,
    zone: sweep.label,
    due,
    totalMs,
    minimumMs: minimum,
    ratio: minimum > 0 ? totalMs / minimum : null,
    outcome: outcome.status,
    summary:
      outcome.status === "done" || outcome.status === "retrying"
        ? (outcome.summary as Record<string, unknown>)
        : { [outcome.status]: outcome.status === "failed" ? outcome.error : outcome.reason },
    timing: sweepTiming(fake.calls.slice(firstCall), { start, end }, pauses() - pausesBefore),
  };
}

async function runRepeat(
  dealbot: Dealbot,
  fake: FakeSlack,
  sweepList: Array<{ at: string }>,
): Promise<RepeatResult> {
  const firstCall = fake.calls.length;
  const rerun: RepeatResult["rerun"] = [];
  const direct: RepeatResult["direct"] = [];
  for (const sweep of sweepList) {
    const at = new Date(sweep.at);
    dealbot.clock.set(at);
    const outcome = await dealbot.app.scheduler.runJob(JOB, at);
    rerun.push({
      at: sweep.at,
      outcome: outcome.status,
      ...(outcome.status === "skipped" ? { reason: outcome.reason } : {}),
    });
    const services = dealbot.app.services;
    const t0 = performance.now();
    const summary = await sendWeeklyNudges(services, {
      at,
      settings: await getTeamSettings(services),
      jobId: JOB,
    });
    direct.push({ at: sweep.at, summary, ms: performance.now() - t0 });
  }
  const posts = fake.calls.slice(firstCall).filter((c) => c.method === POST);
  return { rerun, direct, posts: posts.length, sent: posts.filter((c) => c.outcome === "ok").length };
}

function report(input: {
  database: string;
  seedMs: number;
  results: SweepResult[];
  repeat: RepeatResult;
  checks: Checks;
  reps: number;
  deals: number;
  wallMs: number;
  paceHistory: Array<{ ms: number; rate: number }> | undefined;
}) {
  const { results, repeat, checks } = input;
  const totalMs = results.reduce((n, r) => n + r.totalMs, 0);
  const minimum = results.reduce((n, r) => n + r.minimumMs, 0);
  const ratio = minimum > 0 ? totalMs / minimum : null;
  const sent = results.reduce((n, r) => n + r.timing.sent, 0) + repeat.sent;
  const rateLimited = results.reduce((n, r) => n + r.timing.rateLimited, 0);
  const limit = limited
    ? `${options.rate}/s, burst ${options.burst}, Retry-After ${options.retryAfter} s`
    : "no rate limit";
  const final =
    `${input.reps} reps: ${sent} sent, ${checks.duplicatePosts} duplicates, ${checks.lost} lost, ` +
    `${rateLimited} × 429 answered, ${seconds(totalMs)} vs ${seconds(minimum)} minimum` +
    (ratio === null ? "" : ` (${ratio.toFixed(2)}x)`);

  if (options.json) {
    console.log(
      JSON.stringify(
        {
          options: { ...options, database: input.database, client: options.client },
          reps: input.reps,
          deals: input.deals,
          seedMs: Math.round(input.seedMs),
          sweeps: results,
          totalMs: Math.round(totalMs),
          minimumMs: Math.round(minimum),
          ratio,
          sent,
          rateLimited,
          duplicates: checks.duplicatePosts,
          lost: checks.lost,
          checks,
          repeat,
          wallMs: Math.round(input.wallMs),
          paceHistory: input.paceHistory,
          summary: final,
        },
        null,
        2,
      ),
    );
    return;
  }

  const zones = options.mixed ? "UTC-8/UTC/UTC+2/UTC+10" : "UTC";
  console.log(
    `bench/nudge-fanout: ${input.reps} reps (${zones}) with ${input.deals} stale deals, ${input.database}`,
  );
  console.log(`chat.postMessage limit: ${limit}; Slack client: ${client.describe}`);
  if (options.pace !== undefined)
    console.log(
      `EXPERIMENT: chat.postMessage paced on the client: ${options.pace === "auto" ? "adaptive (AIMD)" : `${options.pace}/s`}`,
    );
  console.log(`seeded in ${seconds(input.seedMs)}\n`);
  console.log(
    table([
      ["sweep (job run at)", "zone", "due", "sent", "429s", "errors", "time", "minimum", "ratio", "job"],
      ...results.map((r) => [
        r.at.replace(":00Z", "Z"),
        r.zone,
        String(r.due),
        String(r.timing.sent),
        String(r.timing.rateLimited),
        String(r.timing.otherErrors),
        seconds(r.totalMs),
        seconds(r.minimumMs),
        r.ratio === null ? "-" : `${r.ratio.toFixed(2)}x`,
        r.outcome,
      ]),
    ]),
  );
  for (const r of results)
    console.log(
      `  job summary ${r.zone}: ${JSON.stringify(r.summary).replace(/"/g, "").replace(/,/g, ", ")}`,
    );

  console.log("\nwhere the time went (from the fake's recorded calls)");
  console.log(
    table([
      [
        "sweep",
        "msg/s",
        "msg/s busy",
        "first 429",
        `stalled (>${STALL_MS} ms)`,
        "SDK pauses",
        "429→retry mean / p50 / max",
        "attempts per message",
        "past SDK retries",
      ],
      ...results.map((r) => {
        const t = r.timing;
        return [
          r.zone,
          (t.sent / (r.totalMs / 1000)).toFixed(1),
          t.busyRate.toFixed(1),
          t.first429Ms === null ? "-" : seconds(t.first429Ms),
          `${seconds(t.stalledMs)} in ${t.stalls}`,
          String(t.sdkPauses),
          t.retryDelayMs.count
            ? `${seconds(t.retryDelayMs.mean)} / ${seconds(t.retryDelayMs.p50)} / ${seconds(t.retryDelayMs.max)}`
            : "-",
          Object.entries(t.attempts)
            .map(([n, count]) => `${n}:${count}`)
            .join(" "),
          String(t.pastSdkRetries),
        ];
      }),
    ]),
  );

  if (input.paceHistory?.length) {
    const h = input.paceHistory;
    const shown = h.length > 8 ? [...h.slice(0, 4), ...h.slice(-4)] : h;
    console.log(
      `  adaptive pace after each 429 episode (${h.length}): ` +
        shown.map((p) => `${seconds(p.ms)}→${p.rate}/s`).join(", ") +
        (h.length > 8 ? " (first and last 4)" : ""),
    );
  }

  console.log("\nsame slot again");
  for (const r of repeat.rerun)
    console.log(`  runJob ${r.at}: ${r.outcome}${r.reason ? ` (${r.reason})` : ""}`);
  for (const d of repeat.direct)
    console.log(
      `  sendWeeklyNudges ${d.at} (no job claim): ${JSON.stringify(d.summary).replace(/"/g, "").replace(/,/g, ", ")} in ${seconds(d.ms)}`,
    );
  console.log(`  chat.postMessage calls while repeating: ${repeat.posts} (${repeat.sent} ok)`);

  console.log("\nexactly once");
  console.log(
    `  duplicates: ${checks.duplicatePosts} extra posts to ${checks.duplicateRecipients} recipients; ` +
      `lost: ${checks.lost} (reps without a DM ${checks.repsWithoutDm}, deliveries not "sent" ${checks.deliveriesNotSent}); ` +
      `posts to non-reps: ${checks.unexpected}`,
  );
  console.log(`  whole run (setup, seeding, sweeps, repeats): ${seconds(input.wallMs)}\n`);
  console.log(final);
}

function writeTrace(file: string, fake: FakeSlack) {
  const posts = fake.callsTo(POST);
  const origin = posts[0]?.at ?? 0;
  const lines = posts.map((c) => `${c.at - origin},${String(c.body.channel)},${c.outcome}`);
  writeFileSync(file, `ms,recipient,outcome\n${lines.join("\n")}\n`);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

await main();
