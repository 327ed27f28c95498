import { createApp, type DealbotApp } from "../../src/app.js";
import { type Config, loadConfig } from "../../src/config/config.js";
import type { Database, Db } from "../../src/db/client.js";
import type { JobDefinition } from "../../src/jobs/job.js";
import { createLogger } from "../../src/logger.js";
import type { Mailer } from "../../src/mail/mailer.js";
import { createSlackClient } from "../../src/slack/client.js";
import { FakeClock } from "./clock.js";
import { createTestDatabase, type TestDatabase, timed } from "./database.js";
import { type FakeSlack, startFakeSlack } from "./fake-slack.js";
import { sendToApp } from "./slack-requests.js";

export const TEST_SIGNING_SECRET = "8f742231b10e8888abcd99eeefff85a5";
export const TEST_BOT_TOKEN = "xoxb-test-token";
export const TEST_ADMIN = "UADMIN01";

export interface BootOptions {
  clock?: FakeClock;
  /** Extra environment for loadConfig (e.g. DEALBOT_TIMEZONE). */
  env?: Record<string, string>;
  jobs?: JobDefinition[];
  /** Start the minute ticker too (tests usually call scheduler.tick() by hand). */
  scheduler?: boolean;
  /** Reuse a database (e.g. two "replicas" on one database). */
  database?: TestDatabase;
  instanceId?: string;
  /** Scripts the fake Slack before the app starts (e.g. Socket Mode's apps.connections.open). */
  beforeStart?: (slack: FakeSlack) => void;
  /** Talk to another app's fake Slack (replicas share one workspace); its owner closes it. */
  slack?: FakeSlack;
  /** SMTP transport for email surveys (e.g. a local test SMTP server's). */
  mailer?: Mailer;
  /** Listen on this port (default: any free port); set it with PUBLIC_URL so links point at the app. */
  port?: number;
}

export interface TestApp {
  url: string;
  app: DealbotApp;
  config: Config;
  slack: FakeSlack;
  clock: FakeClock;
  testDb: TestDatabase;
  database: Database;
  db: Db;
  /** Sends a signed request to the app, as Slack would. */
  send: (
    request: Parameters<typeof sendToApp>[1],
    options?: Partial<Parameters<typeof sendToApp>[2]>,
  ) => ReturnType<typeof sendToApp>;
  close(): Promise<void>;
}

/**
 * Boots the real app on a random port against a fresh database and a fake
 * Slack, with an injected clock. Close it in afterEach.
 */
export async function bootApp(options: BootOptions = {}): Promise<TestApp> {
  const slack = options.slack ?? (await startFakeSlack());
  options.beforeStart?.(slack);
  const testDb = options.database ?? (await createTestDatabase());
  const clock = options.clock ?? new FakeClock();
  const config = loadConfig(
    {
      SLACK_BOT_TOKEN: TEST_BOT_TOKEN,
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      DATABASE_URL: testDb.url,
      DEALBOT_ADMINS: TEST_ADMIN,
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent",
      // A worker thread per test app would load the whole app again through tsx: reads run in
      // process unless a test turns it on (test/db/read-worker.test.ts, test/e2e/digest.test.ts).
      DEALBOT_READ_WORKER: "off",
      ...options.env,
    },
    ["slack-app"],
  );
  const logger = createLogger({ level: config.log.level, pretty: false });
  // No retries and a short timeout: a failing fake must fail the test, not hang it.
  const client = createSlackClient(config, logger, { retryConfig: { retries: 0 }, timeout: 5000 });
  const app = createApp({
    config,
    database: testDb.database,
    logger,
    clock,
    slack: client,
    bot: { botId: "B_DEALBOT", botUserId: "U_DEALBOT" },
    ...(options.jobs ? { jobs: options.jobs } : {}),
    ...(options.instanceId ? { instanceId: options.instanceId } : {}),
    ...(options.mailer ? { mailer: options.mailer } : {}),
  });
  let port: number;
  try {
    port = await app.start({ port: options.port ?? 0, scheduler: options.scheduler ?? false });
  } catch (error) {
    // E.g. the port asked for was taken meanwhile (the caller may try another): leave nothing open.
    await app.stop().catch(() => {});
    if (!options.slack) await slack.close();
    if (!options.database) await testDb.drop();
    throw error;
  }
  const url = `http://127.0.0.1:${port}`;
  let closed = false;
  return {
    url,
    app,
    config,
    slack,
    clock,
    testDb,
    database: testDb.database,
    db: testDb.database.db,
    send: (request, sendOptions) => {
      // Slack issues the trigger_id as it sends the request; it expires 3 s later.
      const triggerId = triggerIdOf(request.body);
      if (triggerId) slack.issueTrigger(triggerId);
      return sendToApp(url, request, {
        signingSecret: TEST_SIGNING_SECRET,
        now: () => clock.now(),
        ...sendOptions,
      }).then((sent) => {
        // An ack's body is a message (or a view) too: Slack renders it the same way.
        if (sent.json !== null && typeof sent.json === "object")
          slack.checkAck(sent.json as Record<string, unknown>);
        return sent;
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      await timed("app.stop", () => app.stop());
      if (!options.slack) await timed("fake Slack close", () => slack.close());
      if (!options.database) await testDb.drop();
      // Every test fails when the app sent what real Slack refuses or shows broken.
      slack.assertNoViolations();
    },
  };
}

function triggerIdOf(body: string): string | undefined {
  const fields = new URLSearchParams(body);
  const direct = fields.get("trigger_id");
  if (direct) return direct;
  try {
    const payload = JSON.parse(fields.get("payload") ?? "{}") as { trigger_id?: unknown };
    return typeof payload.trigger_id === "string" ? payload.trigger_id : undefined;
  } catch {
    return undefined;
  }
}
