import { createApp } from "../app.js";
import { systemClock } from "../clock.js";
import { createSlackClient } from "../slack/client.js";
import { identifyBot } from "../slack/identify-bot.js";
import { makeLogger, openMigratedDatabase, type Process, readConfig } from "./bootstrap.js";

interface StopReason {
  reason: string;
  code: number;
  error?: unknown;
}

/**
 * `dealbot start`: migrates, checks the bot token with Slack, serves Slack and
 * the web routes, runs the scheduler. Stops on SIGTERM or SIGINT, and on an
 * uncaught exception or unhandled rejection (logged, exit code 1), always the
 * same way: stop taking requests, finish what fits in the grace period
 * (DEALBOT_SHUTDOWN_GRACE), leave the rest in the database for the next
 * start. Resolves with the exit code once stopped.
 */
export async function startCommand(proc: Process, signals: NodeJS.EventEmitter): Promise<number> {
  // Listen from the very start: a signal or a crash while we start up must stop
  // us cleanly once started, not kill the process half-way.
  const stopRequested = new Promise<StopReason>((resolve) => {
    signals.once("SIGTERM", () => resolve({ reason: "SIGTERM", code: 0 }));
    signals.once("SIGINT", () => resolve({ reason: "SIGINT", code: 0 }));
    signals.on("uncaughtException", (error: unknown) =>
      resolve({ reason: "uncaughtException", code: 1, error }),
    );
    signals.on("unhandledRejection", (error: unknown) =>
      resolve({ reason: "unhandledRejection", code: 1, error }),
    );
  });
  const config = readConfig(proc, ["slack-app"]);
  const logger = makeLogger(config, proc);
  const database = await openMigratedDatabase(config, logger);
  try {
    const slack = createSlackClient(config, logger);
    // Fail fast on a bad token: one quick try, not the SDK's minutes of retries.
    const bot = await identifyBot(
      createSlackClient(config, logger, { retryConfig: { retries: 1 }, timeout: 10_000 }),
    );
    logger.info({ team: bot.team, botUserId: bot.botUserId }, "connected to Slack");
    const app = createApp({ config, database, logger, clock: systemClock, slack, bot });
    await app.start();
    const stop = await stopRequested;
    if (stop.error !== undefined) logger.fatal({ err: stop.error }, `stopping after an ${stop.reason}`);
    logger.info(
      { signal: stop.reason, graceMs: config.shutdownGraceMs },
      "stopping: finishing requests in progress",
    );
    const { unfinished } = await app.stop();
    logger.info({ unfinished }, "stopped");
    return stop.code;
  } finally {
    await database.close();
  }
}
