import type { WebClient } from "@slack/web-api";
import { background } from "./background.js";
import type { Clock } from "./clock.js";
import type { Config } from "./config/config.js";
import type { Database } from "./db/client.js";
import { prepareWorkspace } from "./domain/setup/prepare-workspace.js";
import { healthRoute } from "./http/health.js";
import { npsRoutes } from "./http/nps/nps-routes.js";
import { createHttpServer, type Route } from "./http/server.js";
import { InFlight } from "./in-flight.js";
import type { JobDefinition } from "./jobs/job.js";
import { jobs as registeredJobs } from "./jobs/registry.js";
import { createScheduler, type Scheduler } from "./jobs/scheduler.js";
import type { Logger } from "./logger.js";
import { createMailer, type Mailer } from "./mail/mailer.js";
import type { Services } from "./services.js";
import { createBoltApp } from "./slack/bolt-app.js";
import { slackClientOptions } from "./slack/client.js";
import { registerListeners } from "./slack/listeners/index.js";

export interface AppDeps {
  config: Config;
  database: Database;
  logger: Logger;
  clock: Clock;
  /** The Web API client for the bot token (jobs and listeners use it). */
  slack: WebClient;
  /** Bot ids from auth.test; given, Bolt skips its own start-up call. */
  bot?: { botId: string; botUserId: string };
  /** Replaces the job registry (tests). */
  jobs?: JobDefinition[];
  instanceId?: string;
  /** SMTP transport for email surveys (tests pass one for their local server); default: built from SMTP_URL. */
  mailer?: Mailer;
}

export interface DealbotApp {
  services: Services;
  scheduler: Scheduler;
  /** Prepares the workspace, listens on `port` (0 = any) and starts the scheduler if enabled. Returns the port. */
  start(options?: { port?: number; scheduler?: boolean }): Promise<number>;
  /** Stops taking requests, waits for work in progress, stops the scheduler. Leaves the database open. */
  stop(): Promise<void>;
}

/** Builds the whole app from its dependencies. Starts nothing until `start()`. */
export function createApp(deps: AppDeps): DealbotApp {
  const { config, database, logger, clock, slack } = deps;
  // Work after an ack runs a few at a time (one connection on SQLite) and gives way to requests, so a burst is acked at once.
  const inFlight = new InFlight(database.provider === "sqlite" ? 2 : 4, (error) =>
    logger.error({ err: error }, "work after a Slack request failed"),
  );
  const mailer = deps.mailer ?? createMailer(config);
  const services: Services = {
    config,
    database,
    db: database.db,
    slack,
    logger,
    clock,
    mailer,
    afterAck: (work, options) =>
      options?.opensForm
        ? inFlight.now(() => work(services))
        : inFlight.defer(() => work(backgroundServices)),
  };
  // What work after an ack, and jobs, run with: the same, but their queries give way to requests.
  const backgroundServices: Services = { ...services, db: database.backgroundDb };

  const bolt = createBoltApp({
    config,
    logger,
    clientOptions: slackClientOptions(config, logger, {
      ...(slack.slackApiUrl ? { slackApiUrl: slack.slackApiUrl } : {}),
    }),
    now: () => clock.now().getTime(),
    ...(deps.bot ?? {}),
  });
  registerListeners(bolt.app, services, inFlight);

  const routes: Route[] = [healthRoute(database), ...npsRoutes(services)];
  if (bolt.httpListener) {
    const listener = bolt.httpListener;
    routes.push({ method: "POST", path: "/slack/events", handler: (req, res) => listener(req, res) });
  }
  const http = createHttpServer(routes, logger);
  // Requests first: while they keep arriving, work after acks and jobs wait for a pause (src/background.ts).
  const noteRequest = () => background.noteRequest();
  http.server.on("connection", noteRequest);
  http.server.on("request", noteRequest);
  const scheduler = createScheduler(backgroundServices, deps.jobs ?? registeredJobs, deps.instanceId);
  let schedulerStarted = false;

  return {
    services,
    scheduler,
    async start({ port = config.port, scheduler: runScheduler = config.scheduler.enabled } = {}) {
      await prepareWorkspace(services);
      const listening = await http.listen(port);
      if (bolt.socketMode) await bolt.app.start();
      if (runScheduler) {
        scheduler.start();
        schedulerStarted = true;
      }
      logger.info(
        { port: listening, mode: bolt.socketMode ? "socket" : "http", scheduler: runScheduler },
        "dealbot is listening",
      );
      return listening;
    },
    async stop() {
      await http.close();
      if (bolt.socketMode) await bolt.app.stop();
      await inFlight.drain();
      if (schedulerStarted) await scheduler.stop();
    },
  };
}
