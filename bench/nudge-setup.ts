import type { WebClient, WebClientOptions } from "@slack/web-api";
import { createApp, type DealbotApp } from "../src/app.js";
import { loadConfig } from "../src/config/config.js";
import { type Database, type Db, openDatabase } from "../src/db/client.js";
import { nameKey } from "../src/db/deals.js";
import { createLogger } from "../src/logger.js";
import { createSlackClient } from "../src/slack/client.js";
import { FakeClock } from "../test/support/clock.js";
import type { FakeSlack } from "../test/support/fake-slack.js";

const DAY_MS = 24 * 3600_000;
const BOT_TOKEN = "xoxb-bench-token";
const SIGNING_SECRET = "8f742231b10e8888abcd99eeefff85a5";

import type { BenchDatabase } from "./bench-database.js";

export { type BenchDatabase, createBenchDatabase } from "./bench-database.js";

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
