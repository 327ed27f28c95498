// bench/ack-during-digest: how fast Dealbot acks `/deal update` while the digest is being built in
// the same process, on 100k deals / 1M events, against the same commands with no digest running.
// Target (issue 11), SQLite: p99 under 200 ms and no ack over 1 s while the digest builds.
//
//   npx tsx bench/ack-during-digest.ts [--deals 100000] [--requests 1000] [--concurrency 50]
//   npx tsx bench/ack-during-digest.ts --database postgresql://user:pass@127.0.0.1:5432/postgres
//
// Phases, each the same number of signed `/deal update #<id> amount <n>k` from the deals' owners at
// a fixed concurrency (closed loop), with Dealbot's work after the acks drained in between:
//   quiet       no digest;
//   worker      the digest built again and again, as the app builds it now (SQLite: on the read
//               worker thread, src/reads; PostgreSQL: in process, its driver does not block);
//   in process  (SQLite) the digest built on the app's own thread, as before the read worker;
//   quiet       again, to see the machine's drift.
// Prints numbers; asserts nothing.
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { createLogger } from "../src/logger.js";
import { type HeavyReader, inProcessReader } from "../src/reads/heavy-reads.js";
import { ReadWorker } from "../src/reads/read-worker.js";
import type { DrainResult, LoadResult } from "./ack-load.js";
import { createBenchDatabase, NOW, SIGNING_SECRET, startDealbot } from "./ack-setup.js";
import { type Latency, startLoadWorker, summarize } from "./ack-support.js";
import { EVENTS_PER_DEAL, ownerOf, REPS, seedDataset, settings } from "./digest-dataset.js";

const { values: flags } = parseArgs({
  options: {
    deals: { type: "string", default: "100000" },
    requests: { type: "string", default: "1000" },
    concurrency: { type: "string", default: "50" },
    database: { type: "string" },
    "log-level": { type: "string", default: "silent" },
  },
});
const deals = Number(flags.deals);
const requests = Number(flags.requests);
const concurrency = Number(flags.concurrency);
const progress = (line: string) => process.stderr.write(`${line}\n`);
const at = new Date(NOW);

interface PhaseResult {
  name: string;
  acks: Latency;
  overOneSecond: number;
  sent: number;
  digests: number[];
}

async function main(): Promise<void> {
  const loadAverage = loadavg()[0]!;
  const loader = startLoadWorker();
  const { apiUrl } = await loader.call<{ apiUrl: string }>({ cmd: "start", seed: 1 });
  const bench = await createBenchDatabase(
    flags.database ?? process.env.BENCH_DATABASE_URL,
    "dealbot_ackdigest",
  );
  const dealbot = await startDealbot(bench, apiUrl, flags["log-level"]);
  const logger = createLogger({ level: "silent", pretty: false });
  let worker: ReadWorker | undefined;
  try {
    const seedStarted = performance.now();
    await seedDataset(dealbot.db, bench.target, deals);
    // Profiles fresh, as in a team that used Dealbot today: no users.info on the hot path.
    await dealbot.db.user.updateMany({ data: { timezone: "UTC", profileSyncedAt: at } });
    progress(
      `${bench.label}: seeded ${deals} deals, ${deals * EVENTS_PER_DEAL} events, ${REPS} reps in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`,
    );
    const ids = Array.from({ length: deals }, (_, i) => i + 1);
    await loader.call({
      cmd: "prepare",
      setup: {
        users: Array.from({ length: REPS }, (_, i) => ({ id: ownerOf(i), realName: `Rep ${i}`, tz: "UTC" })),
        owners: ids.map(ownerOf),
        names: ids.map((id) => `Deal ${id}`),
        signingSecret: SIGNING_SECRET,
        dealbotNow: NOW,
      },
    });

    const inProcess = inProcessReader(dealbot.database.backgroundDb);
    const target = bench.target;
    worker =
      target.provider === "sqlite"
        ? new ReadWorker({ target, db: dealbot.database.backgroundDb, logger })
        : undefined;
    const asTheAppDoes: HeavyReader = worker ?? inProcess;

    let acked = 0;
    const drain = async () => {
      const result = await loader.call<DrainResult>({
        cmd: "drain",
        target: "dealbot",
        expectReplies: acked,
        timeoutMs: 300_000,
        quietMs: 500,
      });
      if (!result.drained) progress(`  (work after the acks not drained after ${result.waitedMs} ms)`);
    };
    const run = async (name: string, reader: HeavyReader | undefined, n: number): Promise<PhaseResult> => {
      const digests: number[] = [];
      let loading = true;
      const building = (async () => {
        while (reader && loading) {
          const started = performance.now();
          await reader.read("funnelDigest", { at, settings });
          digests.push(performance.now() - started);
        }
      })();
      const result = await loader.call<LoadResult>({
        cmd: "load",
        phase: {
          target: "dealbot",
          url: dealbot.url,
          requests: n,
          concurrency,
          maxMs: 300_000,
          ref: "id",
          waitReply: false,
        },
      });
      loading = false;
      await building;
      acked += result.acked;
      await drain();
      const acks = summarize(result.latencies);
      progress(
        `${name}: ${result.acked}/${result.sent} acked, p99 ${acks.p99.toFixed(1)} ms, ${digests.length} digests`,
      );
      return {
        name,
        acks,
        overOneSecond: result.latencies.filter((ms) => ms > 1000).length,
        sent: result.sent,
        digests,
      };
    };

    // Warm-up, not measured: JIT, statements, the worker thread's start, each reader's first digest.
    await run("warm-up", undefined, 200);
    for (const reader of new Set([asTheAppDoes, inProcess]))
      await reader.read("funnelDigest", { at, settings });

    const phases = [
      await run("quiet", undefined, requests),
      await run(worker ? "digest on the read worker" : "digest (in process)", asTheAppDoes, requests),
      ...(worker ? [await run("digest in process (before)", inProcess, requests)] : []),
      await run("quiet again", undefined, requests),
    ];
    const quietP99 = (phases[0]!.acks.p99 + phases.at(-1)!.acks.p99) / 2;
    const quietP50 = (phases[0]!.acks.p50 + phases.at(-1)!.acks.p50) / 2;
    console.log(
      `ack-during-digest: /deal update at concurrency ${concurrency}, ${requests} requests per phase, ${bench.label}, ${deals.toLocaleString("en")} deals / ${(deals * EVENTS_PER_DEAL).toLocaleString("en")} events, Node ${process.version}, load average ${loadAverage.toFixed(1)} → ${loadavg()[0]!.toFixed(1)} on the 2-CPU VM`,
    );
    console.log("");
    const rows = [
      [
        "phase",
        "acked",
        "p50 ms",
        "p99 ms",
        "max ms",
        "acks > 1 s",
        "p50 / quiet",
        "p99 / quiet",
        "digests",
        "digest ms (median)",
      ],
      ...phases.map((p) => {
        const sorted = [...p.digests].sort((a, b) => a - b);
        return [
          p.name,
          `${p.acks.count}/${p.sent}`,
          p.acks.p50.toFixed(1),
          p.acks.p99.toFixed(1),
          p.acks.max.toFixed(1),
          String(p.overOneSecond),
          `${(p.acks.p50 / quietP50).toFixed(2)}x`,
          `${(p.acks.p99 / quietP99).toFixed(2)}x`,
          String(p.digests.length),
          sorted.length ? sorted[Math.floor(sorted.length / 2)]!.toFixed(0) : "-",
        ];
      }),
    ];
    const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
    for (const r of rows) console.log(r.map((cell, c) => cell.padEnd(widths[c]!)).join("  "));
    const during = phases[1]!;
    const met = during.acks.p99 < 200 && during.overOneSecond === 0;
    console.log("");
    console.log(
      `while the digest builds (${during.name}): p99 ${during.acks.p99.toFixed(1)} ms, ${during.overOneSecond} acks over 1 s; target p99 < 200 ms and none over 1 s: ${met ? "met" : "missed"}`,
    );
  } finally {
    await worker?.stop();
    await dealbot.close();
    await loader.call({ cmd: "stop" }).catch(() => {});
    await loader.terminate();
    await bench.drop();
  }
}

await main();
