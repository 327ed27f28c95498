import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { WebClient } from "@slack/web-api";
import { background } from "./background.js";
import type { Clock } from "./clock.js";
import type { Config } from "./config/config.js";
import { AckRows } from "./db/ack-rows.js";
import { type Checkpointer, startCheckpointer } from "./db/checkpointer.js";
import type { Database } from "./db/client.js";
import { finishWorkAtOnce, finishWorkOnPool, insertWorkAtOnce, type NewWork } from "./db/slack-work.js";
import { prepareWorkspace } from "./domain/setup/prepare-workspace.js";
import { healthRoute } from "./http/health.js";
import { npsRoutes } from "./http/nps/nps-routes.js";
import { createHttpServer, type Route } from "./http/server.js";
import type { JobDefinition } from "./jobs/job.js";
import { jobs as registeredJobs } from "./jobs/registry.js";
import { createScheduler, type Scheduler } from "./jobs/scheduler.js";
import type { Logger } from "./logger.js";
import { createMailer, type Mailer } from "./mail/mailer.js";
import { publishHome } from "./notify/publish-home.js";
import { inProcessReader } from "./reads/heavy-reads.js";
import { ReadWorker } from "./reads/read-worker.js";
import type { Services } from "./services.js";
import { createBoltApp } from "./slack/bolt-app.js";
import { requestClientOptions, slackClientOptions } from "./slack/client.js";
import { registerListeners } from "./slack/listeners/index.js";
import { RESUMED_WORK } from "./slack/middleware/index.js";
import { within } from "./time-limit.js";
import { SlackWork, type WorkContext } from "./work/slack-work.js";

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
  /** The durable queue of work after acks (tests sweep it by hand). */
  work: SlackWork;
  /** Prepares the workspace, listens on `port` (0 = any) and starts the scheduler if enabled. Returns the port. */
  start(options?: { port?: number; scheduler?: boolean }): Promise<number>;
  /**
   * Stops taking requests, waits up to `graceMs` (default: the configured
   * grace) for work in progress, stops the scheduler. What did not finish stays
   * in the database for the next start. Leaves the database open.
   */
  stop(graceMs?: number): Promise<{ unfinished: number }>;
}

/** Builds the whole app from its dependencies. Starts nothing until `start()`. */
export function createApp(deps: AppDeps): DealbotApp {
  const { config, database, logger, clock, slack } = deps;
  const instanceId = deps.instanceId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
  const mailer = deps.mailer ?? createMailer(config);
  // Slack calls made for a request (replies, forms, Home tabs, profiles): short
  // timeouts and no retries inside the work; a failed one is retried from the database.
  const requestSlack = new WebClient(
    slack.token,
    requestClientOptions(config, logger, slack.slackApiUrl ? { slackApiUrl: slack.slackApiUrl } : {}),
  );
  const { sqliteNow, pgPool, pgAckPool } = database;
  const ackRows = pgAckPool ? new AckRows(pgAckPool) : undefined;
  const work: SlackWork = new SlackWork({
    db: database.db,
    statements: {
      insert: (row: NewWork) => (sqliteNow ? insertWorkAtOnce(sqliteNow, row) : ackRows?.insert(row)),
      finish: (id: number, now: Date) =>
        sqliteNow ? finishWorkAtOnce(sqliteNow, id, now) : finishWorkOnPool(pgPool?.(), id, now),
    },
    backgroundDb: database.backgroundDb,
    clock,
    logger,
    background,
    instanceId,
    // One connection on SQLite; work gives way to requests, so a burst is acked at once.
    concurrency: database.provider === "sqlite" ? 2 : 4,
    singleProcess: database.provider === "sqlite",
    replay: (body, resumed) => replay(body, resumed),
    publishHome: (userId) => publishHome(workServices, userId),
  });
  // Digests, forecasts, stats: on SQLite on their own thread and connection, so acks never wait for them.
  const target = database.target;
  const reads =
    target.provider === "sqlite" && config.readWorker
      ? new ReadWorker({ target, db: database.backgroundDb, logger })
      : inProcessReader(database.backgroundDb);
  let checkpoints: Checkpointer | undefined;
  const services: Services = {
    config,
    database,
    db: database.db,
    reads,
    slack: requestSlack,
    logger,
    clock,
    mailer,
    refreshHomesLater: (userIds) => work.refreshHomes(userIds),
    afterAck: async (fn, options) => {
      const request = options?.work;
      if (!options?.opensForm)
        return void (await work.apply(() => fn(request ? { ...workServices, work: request } : workServices)));
      // After the ack went out, ahead of queued work: the trigger id expires 3 s after the click.
      await new Promise((resolve) => setImmediate(resolve));
      await fn(request ? { ...services, work: request } : services);
    },
  };
  // What work after an ack runs with: the same, but its queries give way to requests.
  const workServices: Services = { ...services, db: database.backgroundDb };
  // Jobs: queries give way too; their Slack client keeps the SDK's retries (deliveries are keyed).
  const jobServices: Services = {
    ...services,
    db: database.backgroundDb,
    slack,
    refreshHomesLater: undefined,
  };

  const bolt = createBoltApp({
    config,
    logger,
    clientOptions: slackClientOptions(config, logger, {
      ...(slack.slackApiUrl ? { slackApiUrl: slack.slackApiUrl } : {}),
    }),
    now: () => clock.now().getTime(),
    ...(deps.bot ?? {}),
  });
  registerListeners(bolt.app, services, work);
  /** Processes a stored request again through the listeners; its ack goes nowhere (Slack had it long ago). */
  const replay = async (body: unknown, resumed: WorkContext) => {
    const request = { ...(body as Record<string, unknown>) };
    // A response_url works for 30 minutes; after that the listeners answer by DM.
    if (clock.now().getTime() - resumed.receivedAt.getTime() > RESPONSE_URL_LIFETIME_MS) {
      delete request.response_url;
      delete request.response_urls;
    }
    await bolt.app.processEvent({
      body: request,
      ack: async () => {},
      customProperties: { [RESUMED_WORK]: resumed },
    });
  };

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
  const scheduler = createScheduler(jobServices, deps.jobs ?? registeredJobs, deps.instanceId);
  let schedulerStarted = false;

  return {
    services,
    scheduler,
    work,
    async start({ port = config.port, scheduler: runScheduler = config.scheduler.enabled } = {}) {
      await prepareWorkspace(services);
      // SQLite's WAL checkpoints, off the event loop while the app serves (src/db/checkpointer.ts).
      if (target.provider === "sqlite") checkpoints ??= startCheckpointer(target.file, logger);
      const listening = await http.listen(port);
      if (bolt.socketMode) await bolt.app.start();
      // Work accepted before a crash or a restart, and retries that are due.
      work.start();
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
    async stop(graceMs = config.shutdownGraceMs) {
      const deadline = Date.now() + graceMs;
      await http.close(graceMs);
      if (bolt.socketMode) await bolt.app.stop();
      const { unfinished } = await work.stop(Math.max(0, deadline - Date.now()));
      if (schedulerStarted) await within(scheduler.stop(), Math.max(0, deadline - Date.now()), undefined);
      if (reads instanceof ReadWorker) await reads.stop();
      await checkpoints?.stop();
      checkpoints = undefined;
      if (unfinished > 0)
        logger.warn(
          { unfinished },
          "stopped with work unfinished; it stays in the database for the next start",
        );
      return { unfinished };
    },
  };
}

/** A response_url is valid for 30 minutes; a little margin for the post itself. */
const RESPONSE_URL_LIFETIME_MS = 29 * 60_000;
