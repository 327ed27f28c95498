// What bench/nudge-fanout.ts runs against: a fresh migrated database (a temporary SQLite file, or a
// new PostgreSQL database dropped at the end), the real Dealbot app on it with the production Slack
// client, and the seeded reps with their stale deals. Works outside vitest (no `inject`).
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { WebClient, WebClientOptions } from "@slack/web-api";
import pg from "pg";
import { createApp, type DealbotApp } from "../src/app.js";
import { loadConfig } from "../src/config/config.js";
import { type Database, type Db, openDatabase } from "../src/db/client.js";
import { nameKey } from "../src/db/deals.js";
import { migrationsDir, runMigrations } from "../src/db/migrate.js";
import type { DatabaseTarget } from "../src/db/target.js";
import { createLogger } from "../src/logger.js";
import { createSlackClient } from "../src/slack/client.js";
import { FakeClock } from "../test/support/clock.js";
import type { FakeSlack } from "../test/support/fake-slack.js";

const DAY_MS = 24 * 3600_000;
const BOT_TOKEN = "xoxb-bench-token";
const SIGNING_SECRET = "8f742231b10e8888abcd99eeefff85a5";

export interface BenchDatabase {
  target: DatabaseTarget;
  url: string;
  /** "SQLite" or "PostgreSQL", for the report. */
  label: string;
  drop(): Promise<void>;
}

/** A fresh migrated database: a temporary SQLite file, or a new database on the given PostgreSQL server. */
export async function createBenchDatabase(postgresUrl: string | undefined): Promise<BenchDatabase> {
  if (postgresUrl) {
    const name = `dealbot_nudge_${randomBytes(5).toString("hex")}`;
    await adminQuery(postgresUrl, `CREATE DATABASE ${name}`);
    const address = new URL(postgresUrl);
    address.pathname = `/${name}`;
    const url = address.toString();
    const target: DatabaseTarget = { provider: "postgresql", url };
    let dropped = false;
    const drop = async () => {
      if (dropped) return;
      dropped = true;
      await adminQuery(postgresUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    };
    try {
      await runMigrations(target, migrationsDir("postgresql"));
    } catch (error) {
      await drop();
      throw error;
    }
    return { target, url, label: `PostgreSQL (${name})`, drop };
  }
  const dir = mkdtempSync(join(tmpdir(), "dealbot-nudge-bench-"));
  const file = join(dir, "dealbot.db");
  const target: DatabaseTarget = { provider: "sqlite", file };
  await runMigrations(target, migrationsDir("sqlite"));
  return {
    target,
    url: `file:${file}`,
    label: "SQLite",
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface Dealbot {
  app: DealbotApp;
  database: Database;
  db: Db;
  /** The Web API client the jobs use (production options unless `clientOverrides`). */
  slack: WebClient;
  /** The app's clock; the sweeps set it to their `at`. */
  clock: FakeClock;
  close(): Promise<void>;
}

/**
 * The real app (src/app.ts), built as test/support/boot.ts builds it, except for the Slack client:
 * `createSlackClient(config, logger)` with the production options (SDK 429 handling, 5 retries),
 * unless `clientOverrides` asks otherwise (experiments only).
 */
export async function startDealbot(input: {
  bench: BenchDatabase;
  slackApiUrl: string;
  now: string;
  logLevel: string;
  clientOverrides?: WebClientOptions;
}): Promise<Dealbot> {
  const config = loadConfig(
    {
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: input.slackApiUrl,
      DATABASE_URL: input.bench.url,
      LOG_LEVEL: input.logLevel,
    },
    ["slack-app"],
  );
  // Logs go to stderr, so they never mix with the printed results.
  const logger = createLogger({ level: input.logLevel, pretty: false, destination: process.stderr });
  const slack = createSlackClient(config, logger, input.clientOverrides);
  const database = openDatabase(input.bench.target);
  const clock = new FakeClock(input.now);
  const app = createApp({
    config,
    database,
    logger,
    clock,
    slack,
    bot: { botId: "B1", botUserId: "U1" },
  });
  await app.start({ port: 0, scheduler: false });
  return {
    app,
    database,
    db: database.db,
    slack,
    clock,
    async close() {
      await app.stop();
      await database.close();
    },
  };
}

export interface SeededRep {
  id: string;
  tz: string;
  deals: number;
}

/**
 * `reps` reps (no managers, so no escalations), rep i in `zones[i % zones.length]`, each with 1–3
 * open deals last touched `staleDays` before `now`. Written in batches (createMany), with the same
 * fields as test/support/seed.ts's seedUser / seedDeal; every rep is also a user of the fake Slack.
 */
export async function seedReps(
  db: Db,
  fake: FakeSlack,
  input: { reps: number; zones: string[]; now: Date; staleDays: number },
): Promise<SeededRep[]> {
  const width = String(input.reps).length;
  const reps: SeededRep[] = Array.from({ length: input.reps }, (_, i) => ({
    id: `UREP${String(i).padStart(width, "0")}`,
    tz: input.zones[i % input.zones.length]!,
    deals: 1 + (i % 3),
  }));
  const stages = await db.stage.findMany({ where: { kind: "open" }, orderBy: { position: "asc" } });
  if (stages.length === 0) throw new Error("no open stages: the app should have created them at start");
  const touched = new Date(input.now.getTime() - input.staleDays * DAY_MS);
  const BATCH = 500;
  for (let start = 0; start < reps.length; start += BATCH) {
    const batch = reps.slice(start, start + BATCH);
    for (const rep of batch) fake.addUser({ id: rep.id, realName: `Rep ${rep.id}`, tz: rep.tz });
    await db.user.createMany({
      data: batch.map((rep) => ({
        id: rep.id,
        name: `Rep ${rep.id}`,
        timezone: rep.tz,
        role: "rep" as const,
        managerId: null,
        profileSyncedAt: input.now,
      })),
    });
    await db.deal.createMany({
      data: batch.flatMap((rep, b) =>
        Array.from({ length: rep.deals }, (_, d) => {
          const name = `${rep.id} deal ${d + 1}`;
          return {
            name,
            nameKey: nameKey(name),
            ownerId: rep.id,
            stageId: stages[(start + b + d) % stages.length]!.id,
            status: "open" as const,
            amountMinor: BigInt(1_000 * (1 + ((start + b + d) % 90))) * 100n,
            currency: "EUR",
            closeOn: "2027-03-31",
            lastActivityAt: touched,
            createdAt: touched,
            snoozedUntil: null,
          };
        }),
      ),
    });
  }
  return reps;
}
