// Times building the weekly funnel digest (not posting it) on a large team:
// 500 reps, 5,000 accounts, 10k then 100k deals with 10 events each (100k, then 1M events).
// Usage: npm run bench:digest [-- --database postgresql://user:pass@host:5432/db] [--deals 100000]
// Prints numbers; asserts nothing. Seeding goes straight through the driver (multi-row
// inserts), as an import would; the digest runs through the app's own data layer.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { openDatabase } from "../src/db/client.js";
import { migrationsDir, runMigrations } from "../src/db/migrate.js";
import type { DatabaseTarget } from "../src/db/target.js";
import { buildFunnelDigest } from "../src/domain/digest/build-funnel-digest.js";
import { digestMessage } from "../src/slack/views/digest.js";
import { renderDigestChart } from "../src/slack/views/digest-chart.js";
import {
  ACCOUNTS,
  catalogStages,
  EVENTS_PER_DEAL,
  makeDeal,
  NOW,
  postgresSeeder,
  REPS,
  settings,
  sqliteSeeder,
} from "./digest-dataset.js";

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const postgresUrl = flag("database");
const maxDeals = Number(flag("deals") ?? 100_000);

async function adminQuery(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function createDatabase(): Promise<{ target: DatabaseTarget; label: string; drop(): Promise<void> }> {
  if (postgresUrl) {
    const name = `dealbot_digest_${randomBytes(4).toString("hex")}`;
    await adminQuery(postgresUrl, `CREATE DATABASE ${name}`);
    const address = new URL(postgresUrl);
    address.pathname = `/${name}`;
    const target: DatabaseTarget = { provider: "postgresql", url: address.toString() };
    await runMigrations(target, migrationsDir("postgresql"));
    return {
      target,
      label: "PostgreSQL",
      drop: () => adminQuery(postgresUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    };
  }
  const dir = mkdtempSync(join(tmpdir(), "dealbot-digest-bench-"));
  const target: DatabaseTarget = { provider: "sqlite", file: join(dir, "dealbot.db") };
  await runMigrations(target, migrationsDir("sqlite"));
  return { target, label: "SQLite", drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

const mb = (bytes: number) => `${Math.round(bytes / 1_048_576)} MB`;

async function main() {
  const database = await createDatabase();
  const app = openDatabase(database.target);
  const seeder =
    database.target.provider === "sqlite"
      ? sqliteSeeder(database.target.file)
      : postgresSeeder(database.target.url);
  try {
    const stages = await catalogStages(app.db);
    await seeder.insertBase();
    console.log(
      `digest-scale on ${database.label}: ${REPS} reps, ${ACCOUNTS} accounts, ${EVENTS_PER_DEAL} events per deal`,
    );
    console.log(
      "deals    events     seed s   digest ms (runs: cold, warm, warm)   RSS during digest   peak RSS of process",
    );
    const results: { deals: number; ms: number }[] = [];
    let seeded = 0;
    for (const target of [10_000, maxDeals].filter((v, i, a) => a.indexOf(v) === i && v <= maxDeals)) {
      const seedStart = performance.now();
      while (seeded < target) {
        const n = Math.min(2_000, target - seeded);
        await seeder.insertDeals(Array.from({ length: n }, (_, i) => makeDeal(seeded + i + 1, stages)));
        seeded += n;
      }
      await seeder.analyze();
      const seedSeconds = (performance.now() - seedStart) / 1000;
      global.gc?.();
      const before = process.memoryUsage().rss;
      let peak = before;
      const sampler = setInterval(() => {
        peak = Math.max(peak, process.memoryUsage().rss);
      }, 5);
      const times: number[] = [];
      let blocks = 0;
      for (let run = 0; run < 3; run++) {
        const start = performance.now();
        const digest = await buildFunnelDigest({ db: app.db }, { at: NOW, settings });
        blocks = digestMessage(digest).blocks.length;
        times.push(performance.now() - start);
        if (run === 0) renderDigestChart(digest);
      }
      clearInterval(sampler);
      peak = Math.max(peak, process.memoryUsage().rss);
      const best = Math.min(...times);
      results.push({ deals: target, ms: best });
      console.log(
        `${String(target).padEnd(8)} ${String(target * EVENTS_PER_DEAL).padEnd(10)} ${seedSeconds.toFixed(1).padStart(6)}   ${times
          .map((t) => t.toFixed(0))
          .join(", ")
          .padEnd(36)} ${mb(before)} → ${mb(peak)}`.padEnd(100) +
          `   ${mb(process.resourceUsage().maxRSS * 1024)}  (${blocks} blocks)`,
      );
    }
    const [small, large] = results;
    if (small && large && large !== small)
      console.log(
        `growth: ${large.deals / small.deals}× the deals → ${(large.ms / small.ms).toFixed(1)}× the digest time (best of 3)`,
      );
  } finally {
    await seeder.close();
    await app.close();
    await database.drop();
  }
}

await main();
