// Times `import deals` on a large file and watches its memory: 100k rows by default
// (50 owners, 5,000 accounts, every stage, amounts and dates in several formats).
// Usage: npm run bench:import [-- --database postgresql://user:pass@host:5432/db] [--rows 100000]
// Prints numbers; asserts nothing. Same-run baselines: reading and checking the file
// without the database (the floor), and a 10× smaller import (memory must not grow 10×).

import { once } from "node:events";
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { WebClient } from "@slack/web-api";
import { systemClock } from "../src/clock.js";
import { loadConfig } from "../src/config/config.js";
import { listLossReasons, listStages } from "../src/db/catalog.js";
import { openDatabase } from "../src/db/client.js";
import { seededRandom } from "../src/domain/demo/plan-demo-data.js";
import { DEAL_COLUMNS, mapHeader } from "../src/domain/import/columns.js";
import { importDeals } from "../src/domain/import/import-deals.js";
import { parseDealRow } from "../src/domain/import/parse-deal-row.js";
import { readCsv } from "../src/domain/import/read-csv.js";
import { prepareWorkspace } from "../src/domain/setup/prepare-workspace.js";
import { createLogger } from "../src/logger.js";
import { withDirectory } from "../src/notify/directory.js";
import type { Services } from "../src/services.js";
import { createBenchDatabase } from "./bench-database.js";

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const postgresUrl = flag("database");
const ROWS = Number(flag("rows") ?? 100_000);
const BATCH = flag("batch") ? Number(flag("batch")) : undefined;
const OWNERS = 50;
const ACCOUNTS = 5_000;
const STAGES = ["Lead", "Qualified", "Proposal", "Negotiation", "Won", "Lost"];

async function writeFile(path: string, rows: number): Promise<void> {
  const random = seededRandom(14);
  const out = createWriteStream(path);
  const write = async (s: string) => {
    if (!out.write(s)) await once(out, "drain");
  };
  await write(
    "\uFEFFid;name;account;owner;amount;currency;stage;close_date;created_at;closed_at;loss_reason;next_step\r\n",
  );
  for (let i = 1; i <= rows; i++) {
    const stage = STAGES[Math.floor(random() * STAGES.length)] ?? "Lead";
    const closed = stage === "Won" || stage === "Lost";
    const euros = Math.floor(random() * 200_000);
    const grouped =
      euros >= 1000 ? `${Math.floor(euros / 1000)} ${String(euros % 1000).padStart(3, "0")}` : `${euros}`;
    const amount = i % 3 === 0 ? `${grouped},50` : i % 3 === 1 ? `${euros}` : `${(euros / 1000).toFixed(1)}k`;
    const day = 1 + Math.floor(random() * 28);
    const month = 1 + Math.floor(random() * 12);
    const close = `${String(day).padStart(2, "0")}.${String(month).padStart(2, "0")}.2026`;
    await write(
      `${[
        `S${i}`,
        `"Deal ${i}; ""phase ${i % 7}"""`,
        `Account ${1 + Math.floor(random() * ACCOUNTS)}`,
        `UBENCH${String(1 + (i % OWNERS)).padStart(3, "0")}`,
        `"${amount}"`,
        "EUR",
        stage,
        close,
        `2025-${String(month).padStart(2, "0")}-01 09:00`,
        closed ? `2026-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")} 17:00` : "",
        stage === "Lost" ? "Price too high" : "",
        i % 10 === 0 ? `"Call back,\r\nthen send the quote"` : "",
      ].join(";")}\r\n`,
    );
  }
  out.end();
  await once(out, "finish");
}

/** Peak heap and RSS while `work` runs (sampled every 50 ms). */
async function measure<T>(
  work: () => Promise<T>,
): Promise<{ result: T; seconds: number; cpuSeconds: number; heapMb: number; rssMb: number }> {
  global.gc?.();
  let heap = 0;
  let rss = 0;
  const sample = () => {
    const m = process.memoryUsage();
    heap = Math.max(heap, m.heapUsed);
    rss = Math.max(rss, m.rss);
  };
  const timer = setInterval(sample, 50);
  const started = performance.now();
  const cpu = process.cpuUsage();
  try {
    const result = await work();
    sample();
    const used = process.cpuUsage(cpu);
    return {
      result,
      seconds: (performance.now() - started) / 1000,
      cpuSeconds: (used.user + used.system) / 1e6,
      heapMb: heap / 2 ** 20,
      rssMb: rss / 2 ** 20,
    };
  } finally {
    clearInterval(timer);
  }
}

async function importInto(file: string, label: string) {
  const database = await createBenchDatabase(postgresUrl, "dealbot_bench_import");
  const db = openDatabase(database.target);
  try {
    const config = loadConfig({ DATABASE_URL: database.url, LOG_LEVEL: "warn" }, ["database"]);
    const logger = createLogger({ level: "warn", pretty: false });
    const services: Services = {
      config,
      database: db,
      db: db.db,
      slack: new WebClient(undefined, { slackApiUrl: "http://127.0.0.1:9/api/" }),
      logger,
      clock: systemClock,
      afterAck: async (work) => {
        await work(services);
      },
    };
    await prepareWorkspace(services);
    await db.db.user.createMany({
      data: Array.from({ length: OWNERS }, (_, i) => ({
        id: `UBENCH${String(i + 1).padStart(3, "0")}`,
        name: `Bench rep ${i + 1}`,
      })),
    });
    const first = await measure(() =>
      importDeals(withDirectory(services), {
        file: createReadStream(file),
        batchSize: BATCH,
      }),
    );
    const again = await measure(() =>
      importDeals(withDirectory(services), {
        file: createReadStream(file),
        batchSize: BATCH,
      }),
    );
    const r = first.result;
    console.log(
      `${label} on ${database.label}: ${r.rowsRead} rows in ${first.seconds.toFixed(1)} s (${Math.round(r.rowsRead / first.seconds)} rows/s; ${first.cpuSeconds.toFixed(1)} s of this process's CPU), ` +
        `${r.created} new, ${r.refusedCount} refused; peak heap ${first.heapMb.toFixed(0)} MB, peak RSS ${first.rssMb.toFixed(0)} MB`,
    );
    console.log(
      `  re-import of the same file: ${again.seconds.toFixed(1)} s, ${again.result.unchanged} unchanged, ${again.result.created} new; peak heap ${again.heapMb.toFixed(0)} MB`,
    );
    console.log(
      `  deals ${await db.db.deal.count()}, events ${await db.db.dealEvent.count()}, accounts ${await db.db.account.count()}`,
    );
  } finally {
    await db.close();
    await database.drop();
  }
}

async function readOnly(file: string) {
  const database = await createBenchDatabase(undefined, "dealbot_bench_read");
  const db = openDatabase(database.target);
  try {
    const config = loadConfig({ DATABASE_URL: database.url }, ["database"]);
    await prepareWorkspace({ db: db.db, config, logger: createLogger({ level: "warn", pretty: false }) });
    const stages = await listStages(db.db);
    const lossReasons = await listLossReasons(db.db);
    const run = await measure(async () => {
      const csv = await readCsv(createReadStream(file));
      const mapped = mapHeader(csv.header, DEAL_COLUMNS);
      const ctx = {
        stages,
        stageMap: new Map(),
        lossReasons,
        segments: [],
        defaultCurrency: "EUR",
        timezone: "UTC",
        dateOrder: "auto" as const,
        now: new Date(),
      };
      let ok = 0;
      for await (const row of csv.rows) if (parseDealRow(mapped, row.cells, ctx).ok) ok++;
      return ok;
    });
    console.log(
      `baseline: read and check ${run.result} rows, no database: ${run.seconds.toFixed(1)} s (${run.cpuSeconds.toFixed(1)} s CPU), peak heap ${run.heapMb.toFixed(0)} MB`,
    );
  } finally {
    await db.close();
    await database.drop();
  }
}

const dir = mkdtempSync(join(tmpdir(), "dealbot-bench-import-"));
try {
  const big = join(dir, "big.csv");
  const small = join(dir, "small.csv");
  await writeFile(big, ROWS);
  await writeFile(small, Math.max(1, Math.round(ROWS / 10)));
  console.log(`import deals benchmark: ${ROWS} rows (and ${Math.round(ROWS / 10)}), node ${process.version}`);
  await readOnly(big);
  await importInto(small, `${Math.round(ROWS / 10)}-row import`);
  await importInto(big, `${ROWS}-row import`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
