// Times building the weekly funnel digest (not posting it) on a large team:
// 500 reps, 5,000 accounts, 10k then 100k deals with 10 events each (100k, then 1M events).
// Usage: npm run bench:digest [-- --database postgresql://user:pass@host:5432/db] [--deals 100000]
//        [--runs 3] [--keep] [--analyze]   (--analyze: run ANALYZE on SQLite first; --keep: keep the seeded datasets and reuse them next time, see
//        bench/digest-database.ts). Prints numbers; asserts nothing. Seeding goes straight through the driver (multi-row
// inserts), as an import would; the digest runs through the app's own data layer.
import { loadavg } from "node:os";
import { openDatabase } from "../src/db/client.js";
import { buildFunnelDigest } from "../src/domain/digest/build-funnel-digest.js";
import { digestMessage } from "../src/slack/views/digest.js";
import { renderDigestChart } from "../src/slack/views/digest-chart.js";
import { digestDatabase } from "./digest-database.js";
import { ACCOUNTS, EVENTS_PER_DEAL, NOW, REPS, settings } from "./digest-dataset.js";

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const postgresUrl = flag("database");
const maxDeals = Number(flag("deals") ?? 100_000);
const runs = Number(flag("runs") ?? 3);
const keep = args.includes("--keep");
const analyze = args.includes("--analyze");

const mb = (bytes: number) => `${Math.round(bytes / 1_048_576)} MB`;

async function main() {
  console.log(
    `digest-scale on ${postgresUrl ? "PostgreSQL" : `SQLite (${analyze ? "analyzed" : "no statistics, as in real use"})`}: ${REPS} reps, ${ACCOUNTS} accounts, ${EVENTS_PER_DEAL} events per deal; load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );
  console.log(
    `deals    events     seed s   digest ms (runs: cold, then warm)     RSS during digest   peak RSS of process`,
  );
  const results: { deals: number; ms: number }[] = [];
  for (const target of [10_000, maxDeals].filter((v, i, a) => a.indexOf(v) === i && v <= maxDeals)) {
    const database = await digestDatabase(postgresUrl, target, keep, analyze);
    const app = openDatabase(database.target);
    try {
      global.gc?.();
      const before = process.memoryUsage().rss;
      let peak = before;
      const sampler = setInterval(() => {
        peak = Math.max(peak, process.memoryUsage().rss);
      }, 5);
      const times: number[] = [];
      const cpus: number[] = [];
      let blocks = 0;
      for (let run = 0; run < runs; run++) {
        const start = performance.now();
        const cpu = process.cpuUsage();
        const digest = await buildFunnelDigest({ db: app.db }, { at: NOW, settings });
        blocks = digestMessage(digest).blocks.length;
        times.push(performance.now() - start);
        const used = process.cpuUsage(cpu);
        cpus.push((used.user + used.system) / 1000);
        if (run === 0) renderDigestChart(digest);
      }
      clearInterval(sampler);
      peak = Math.max(peak, process.memoryUsage().rss);
      const best = Math.min(...times);
      results.push({ deals: target, ms: best });
      console.log(
        `${String(target).padEnd(8)} ${String(target * EVENTS_PER_DEAL).padEnd(10)} ${database.seedSeconds.toFixed(1).padStart(6)}   ${times
          .map((t) => t.toFixed(0))
          .join(", ")
          .padEnd(36)} ${mb(before)} → ${mb(peak)}`.padEnd(100) +
          `   ${mb(process.resourceUsage().maxRSS * 1024)}  (${blocks} blocks)`,
      );
      // SQLite runs in this process, so its CPU time is the digest's whole cost, steadier than
      // wall time on a busy machine; PostgreSQL's own CPU is not in it.
      console.log(
        `         CPU ms of this process: ${cpus.map((c) => c.toFixed(0)).join(", ")} (best ${Math.min(...cpus).toFixed(0)})`,
      );
    } finally {
      await app.close();
      await database.release();
    }
  }
  const [small, large] = results;
  if (small && large && large !== small)
    console.log(
      `growth: ${large.deals / small.deals}× the deals → ${(large.ms / small.ms).toFixed(1)}× the digest time (best of ${runs})`,
    );
}

await main();
