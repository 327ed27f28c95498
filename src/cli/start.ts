import { createApp } from "../app.js";
import { systemClock } from "../clock.js";
import { createSlackClient } from "../slack/client.js";
import { identifyBot } from "../slack/identify-bot.js";
import { makeLogger, openMigratedDatabase, type Process, readConfig } from "./bootstrap.js";

/**
 * `dealbot start`: migrates, checks the bot token with Slack, serves Slack and
 * the web routes, runs the scheduler; stops cleanly on SIGTERM or SIGINT.
 * Resolves with the exit code once stopped.
 */
export async function startCommand(proc: Process, signals: NodeJS.EventEmitter): Promise<number> {
  // Listen for the stop signal from the very start: one arriving while we start up
  // must stop us cleanly once started, not kill the process half-way.
  const stopRequested = new Promise<string>((resolve) => {
    signals.once("SIGTERM", () => resolve("SIGTERM"));
    signals.once("SIGINT", () => resolve("SIGINT"));
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
    const signal = await stopRequested;
    logger.info({ signal }, "stopping: finishing requests in progress");
    await app.stop();
    logger.info("stopped");
    return 0;
  } finally {
    await database.close();
  }
}
