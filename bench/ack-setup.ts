import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { App, HTTPReceiver, LogLevel } from "@slack/bolt";
import { createApp, type DealbotApp } from "../src/app.js";
import { loadConfig } from "../src/config/config.js";
import { type Database, type Db, openDatabase } from "../src/db/client.js";
import { createLogger } from "../src/logger.js";
import { createSlackClient } from "../src/slack/client.js";
import { FakeClock } from "../test/support/clock.js";
import type { FakeUser } from "../test/support/fake-slack.js";

export const SIGNING_SECRET = "8f742231b10e8888abcd99eeefff85a5";
const BOT_TOKEN = "xoxb-bench-token";
/** A fixed "now" for the app, so the seeded close dates stay in the future. */
export const NOW = "2026-11-23T09:00:00Z";

import { KEEP_ALIVE_MS } from "../src/http/server.js";
import type { BenchDatabase } from "./bench-database.js";

export { type BenchDatabase, createBenchDatabase } from "./bench-database.js";

export interface Dealbot {
  app: DealbotApp;
  database: Database;
  db: Db;
  url: string;
  close(): Promise<void>;
}

/** The real app (src/app.ts), as test/support/boot.ts builds it, on a random port. */
export async function startDealbot(
  bench: BenchDatabase,
  slackApiUrl: string,
  logLevel = "silent",
): Promise<Dealbot> {
  const config = loadConfig(
    {
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slackApiUrl,
      DATABASE_URL: bench.url,
      LOG_LEVEL: logLevel,
    },
    ["slack-app"],
  );
  // Logs (for --log-level) go to stderr, so they never mix with the printed results.
  const logger = createLogger({ level: logLevel, pretty: false, destination: process.stderr });
  const slack = createSlackClient(config, logger, { retryConfig: { retries: 0 }, timeout: 5000 });
  const database = openDatabase(bench.target);
  const app = createApp({
    config,
    database,
    logger,
    clock: new FakeClock(NOW),
    slack,
    bot: { botId: "B_DEALBOT", botUserId: "U_DEALBOT" },
  });
  const port = await app.start({ port: 0, scheduler: false });
  return {
    app,
    database,
    db: database.db,
    url: `http://127.0.0.1:${port}`,
    async close() {
      await app.stop();
      await database.close();
    },
  };
}

export interface BareBolt {
  url: string;
  close(): Promise<void>;
}

/** A plain Bolt app whose only listener acks `/deal`: the floor for any Bolt app on this machine. */
export async function startBareBolt(slackApiUrl: string): Promise<BareBolt> {
  const app = new App({
    receiver: new HTTPReceiver({
      signingSecret: SIGNING_SECRET,
      endpoints: "/slack/events",
      processBeforeResponse: false,
    }),
    token: BOT_TOKEN,
    botId: "B_BARE",
    botUserId: "U_BARE",
    clientOptions: { slackApiUrl },
    logLevel: LogLevel.ERROR,
  });
  app.command("/deal", async ({ ack }) => ack());
  const server = (await app.start(0)) as Server;
  // The same connection keep-alive as Dealbot's server, so both are measured alike.
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => app.stop().then(() => {}),
  };
}

export interface Seeded {
  users: FakeUser[];
  owners: string[];
  names: string[];
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");
const COMPANIES = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark", "Wayne", "Tyrell"];

/**
 * One manager and `reps` reps (profiles fresh, so no users.info on the hot path, as in a team
 * that has used Dealbot today), and `deals` open deals spread evenly over the reps, with distinct
 * names and close dates after NOW. Deal ids come out as 1..deals in a fresh database.
 */
export async function seed(db: Db, deals: number, reps: number): Promise<Seeded> {
  const now = new Date(NOW);
  const manager = { id: "UBMGR", name: "Bench Manager" };
  const repUsers = Array.from({ length: reps }, (_, i) => ({ id: `UBREP${pad(i, 3)}`, name: `Rep ${i}` }));
  await db.user.create({
    data: { ...manager, role: "manager", timezone: "UTC", profileSyncedAt: now },
  });
  await db.user.createMany({
    data: repUsers.map((u) => ({
      ...u,
      role: "rep" as const,
      managerId: manager.id,
      timezone: "UTC",
      profileSyncedAt: now,
    })),
  });
  const stages = await db.stage.findMany({ where: { kind: "open" }, orderBy: { position: "asc" } });
  if (stages.length === 0) throw new Error("no open stages: the app should have seeded them at start");

  const width = String(deals).length;
  const day = 24 * 3600_000;
  const batch = 1000;
  for (let start = 0; start < deals; start += batch) {
    const rows = [];
    for (let i = start; i < Math.min(deals, start + batch); i++) {
      const name = `Deal ${pad(i + 1, width)} ${COMPANIES[i % COMPANIES.length]}`;
      rows.push({
        name,
        nameKey: name.toLowerCase(),
        ownerId: repUsers[i % reps]!.id,
        stageId: stages[i % stages.length]!.id,
        amountMinor: BigInt((1 + (i % 500)) * 1000 * 100),
        currency: "EUR",
        closeOn: new Date(now.getTime() + (7 + (i % 180)) * day).toISOString().slice(0, 10),
        lastActivityAt: new Date(now.getTime() - (i % 30) * day),
      });
    }
    await db.deal.createMany({ data: rows });
  }
  const created = await db.deal.findMany({
    select: { id: true, ownerId: true, name: true },
    orderBy: { id: "asc" },
  });
  if (created.length !== deals || created[0]?.id !== 1 || created.at(-1)?.id !== deals) {
    throw new Error(`expected deal ids 1..${deals}, got ${created.length} deals`);
  }
  return {
    users: [manager, ...repUsers].map((u) => ({ id: u.id, realName: u.name, tz: "UTC" })),
    owners: created.map((d) => d.ownerId),
    names: created.map((d) => d.name),
  };
}
