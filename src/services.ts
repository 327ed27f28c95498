import type { WebClient } from "@slack/web-api";
import type { Clock } from "./clock.js";
import type { Config } from "./config/config.js";
import type { Database, Db } from "./db/client.js";
import type { Logger } from "./logger.js";
import type { Mailer } from "./mail/mailer.js";
import type { HeavyReader } from "./reads/heavy-reads.js";
import type { WorkContext } from "./work/slack-work.js";

export interface AfterAckOptions {
  /**
   * The work may open a form (a modal). Slack's trigger_id expires 3 s after
   * the click, so such work starts at once, ahead of queued work, with the
   * request's services (it does not give way to other requests).
   */
  opensForm?: boolean;
  /** The accepted request the work belongs to (Bolt's context, see src/slack/middleware). */
  work?: WorkContext | undefined;
}

/** Everything domain code and jobs may use, injected by createApp. */
export interface Services {
  config: Config;
  database: Database;
  db: Db;
  slack: WebClient;
  logger: Logger;
  clock: Clock;
  /**
   * Runs a Slack request's work after its ack: queued and run a few at a time,
   * giving way to requests, so new ones keep being acked within Slack's 3 s
   * while earlier ones work. `work` gets the services to use: their `db` waits
   * for its turn (src/background.ts).
   */
  afterAck(work: (services: Services) => Promise<unknown>, options?: AfterAckOptions): Promise<void>;
  /**
   * Refreshes Home tabs apart from the work that changed something: on their
   * own lane, retried later from the database if Slack fails (src/work/slack-work.ts).
   * Unset (jobs, CLI), src/slack/home/publish-home.ts publishes them in place.
   */
  refreshHomesLater?: ((userIds: string[]) => Promise<void>) | undefined;
  /** In work after an ack: the accepted request it belongs to (whether it was resumed, its attempt). */
  work?: WorkContext | undefined;
  /** Digests, forecasts and stats: on SQLite on a worker thread, so acks never wait for them (src/reads). */
  reads?: HeavyReader | undefined;
  /** SMTP transport for email surveys; undefined when SMTP_URL is not set. */
  mailer?: Mailer | undefined;
}
