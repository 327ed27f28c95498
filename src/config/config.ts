import { createHmac } from "node:crypto";
import { DateTime } from "luxon";
import { z } from "zod";
import { type DatabaseTarget, resolveDatabaseTarget } from "../db/target.js";
import { DEFAULT_LANGUAGE, isLang, LANGUAGES, type Lang } from "../i18n/languages.js";

/** What the running process needs; everything else derives from it. */
export interface Config {
  env: "development" | "production" | "test";
  port: number;
  publicUrl: string;
  /** Reverse proxies in front of the app that append to X-Forwarded-For (TRUST_PROXY); 0: clients connect directly. */
  trustProxy: number;
  database: DatabaseTarget;
  log: { level: string; pretty: boolean };
  slack: {
    botToken: string;
    signingSecret: string | undefined;
    appToken: string | undefined;
    apiUrl: string | undefined;
  };
  scheduler: { enabled: boolean };
  /** SQLite: build digests, forecasts and stats on a worker thread (DEALBOT_READ_WORKER, default on). */
  readWorker: boolean;
  /** On SIGTERM, how long to finish work in progress before exiting (DEALBOT_SHUTDOWN_GRACE); the rest resumes at the next start. */
  shutdownGraceMs: number;
  admins: string[];
  /** Outgoing email (NPS surveys). Without `smtpUrl` email surveys are off; Slack surveys still work. */
  mail: { smtpUrl: string | undefined; from: string };
  /** Key for survey-page CSRF tokens (NPS_SECRET, else derived from the Slack secrets). */
  nps: { secret: string };
  /** Team defaults; settings saved by admins in Slack take precedence. */
  defaults: {
    timezone: string;
    currency: string;
    /** The team's language for channel posts and for people whose Slack locale is not known yet. */
    language: Lang;
    channels: { digest: string[]; alerts: string | undefined; nps: string | undefined };
  };
}

/** Which parts of the configuration a command needs. */
export type ConfigNeeds = "database" | "slack-api" | "slack-app";

/** Thrown when the environment cannot be turned into a Config; every problem is listed. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `The configuration has ${problems.length === 1 ? "a problem" : `${problems.length} problems`}:\n` +
        problems.map((p) => `  - ${p}`).join("\n") +
        "\nSet them in .env (see .env.example) or in the environment.",
    );
    this.name = "ConfigError";
  }
}

const WHERE_BOT_TOKEN =
  'the "Bot User OAuth Token" (xoxb-...) on your Slack app\'s "OAuth & Permissions" page, after installing the app';
const WHERE_SIGNING_SECRET = 'the "Signing Secret" on your Slack app\'s "Basic Information" page';
const WHERE_APP_TOKEN =
  'an app-level token (xapp-...) with the connections:write scope, from "Basic Information" > "App-Level Tokens"';

const WHERE_SMTP_URL =
  "your mail provider's SMTP settings, as smtp://user:password@host:587 or smtps://user:password@host:465";
const WHERE_MAIL_FROM = 'an address your SMTP server may send from, e.g. "Acme Sales <sales@acme.example>"';

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

const isTimezone = (tz: string) => DateTime.local().setZone(tz).isValid;
const isCurrency = (code: string) => {
  try {
    return Intl.supportedValuesOf("currency").includes(code);
  } catch {
    return /^[A-Z]{3}$/.test(code);
  }
};
const channelId = z.string().regex(/^[CGD][A-Z0-9]{2,}$/, "is not a Slack channel id (like C0123ABCD)");
const channelList = z
  .string()
  .transform((s) =>
    s
      .split(",")
      .map((c) => c.trim())
      .filter(Boolean),
  )
  .pipe(z.array(channelId));

const schema = z.object({
  NODE_ENV: optional(z.enum(["development", "production", "test"])),
  PORT: optional(z.coerce.number().int().min(0).max(65535)),
  PUBLIC_URL: optional(z.url({ protocol: /^https?$/ })),
  TRUST_PROXY: optional(
    z.coerce
      .number({ error: "must be a number of proxies, like 1" })
      .int("must be a whole number of proxies, like 1")
      .min(0, "must be 0 or more")
      .max(10, "must be at most 10"),
  ),
  DATABASE_URL: optional(z.string()),
  LOG_LEVEL: optional(z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])),
  LOG_FORMAT: optional(z.enum(["json", "pretty"])),
  SLACK_BOT_TOKEN: optional(z.string().regex(/^xoxb-/, `must start with xoxb-: use ${WHERE_BOT_TOKEN}`)),
  SLACK_SIGNING_SECRET: optional(
    z.string().regex(/^[0-9a-f]{16,}$/i, `looks wrong: use ${WHERE_SIGNING_SECRET}`),
  ),
  SLACK_APP_TOKEN: optional(z.string().regex(/^xapp-/, `must start with xapp-: use ${WHERE_APP_TOKEN}`)),
  SLACK_API_URL: optional(z.url({ protocol: /^https?$/ })),
  DEALBOT_SCHEDULER: optional(z.enum(["on", "off"])),
  DEALBOT_READ_WORKER: optional(z.enum(["on", "off"])),
  DEALBOT_SQLITE_SYNCHRONOUS: optional(z.enum(["normal", "full"])),
  DEALBOT_SHUTDOWN_GRACE: optional(
    z.coerce
      .number({ error: "must be a number of seconds, like 10" })
      .min(0, "must be 0 or more seconds")
      .max(600, "must be at most 600 seconds"),
  ),
  DEALBOT_ADMINS: optional(
    z
      .string()
      .transform((s) =>
        s
          .split(",")
          .map((u) => u.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.string().regex(/^[UW][A-Z0-9]{2,}$/, "is not a Slack user id (like U0123ABCD)"))),
  ),
  DEALBOT_TIMEZONE: optional(
    z.string().refine(isTimezone, "is not an IANA timezone name (like Europe/Helsinki)"),
  ),
  DEALBOT_CURRENCY: optional(
    z
      .string()
      .transform((s) => s.toUpperCase())
      .refine(isCurrency, "is not an ISO 4217 currency code (like EUR or USD)"),
  ),
  DEALBOT_LANGUAGE: optional(
    z
      .string()
      .transform((s) => s.trim().toLowerCase())
      .refine(isLang, `is not a language Dealbot speaks (${LANGUAGES.join(", ")})`),
  ),
  DEALBOT_CHANNEL_DIGEST: optional(channelList),
  DEALBOT_CHANNEL_ALERTS: optional(channelId),
  DEALBOT_CHANNEL_NPS: optional(channelId),
  SMTP_URL: optional(
    z.url({ protocol: /^smtps?$/, error: `must be an smtp:// or smtps:// URL: use ${WHERE_SMTP_URL}` }),
  ),
  MAIL_FROM: optional(
    z
      .string()
      .regex(
        /^(?:[^<>]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/,
        `is not an email address: use ${WHERE_MAIL_FROM}`,
      ),
  ),
  NPS_SECRET: optional(z.string().min(32, "must be at least 32 characters (e.g. openssl rand -hex 32)")),
});

/**
 * Parses the environment once. Throws ConfigError listing every problem, each
 * naming the variable and where to get a right value.
 */
export function loadConfig(env: Record<string, string | undefined>, needs: ConfigNeeds[] = []): Config {
  const parsed = schema.safeParse(env);
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0]);
      const raw = env[name];
      problems.push(`${name}${raw === undefined ? "" : ` ("${mask(name, raw)}")`} ${describeIssue(issue)}`);
    }
    throw new ConfigError(problems);
  }
  const v = parsed.data;

  let database: DatabaseTarget | undefined;
  try {
    database = resolveDatabaseTarget(v.DATABASE_URL);
    if (database.provider === "sqlite" && v.DEALBOT_SQLITE_SYNCHRONOUS)
      database = { ...database, synchronous: v.DEALBOT_SQLITE_SYNCHRONOUS };
  } catch (error) {
    problems.push((error as Error).message);
  }

  const wantsApi = needs.includes("slack-api") || needs.includes("slack-app");
  if (wantsApi && !v.SLACK_BOT_TOKEN) problems.push(`SLACK_BOT_TOKEN is missing: use ${WHERE_BOT_TOKEN}.`);
  if (needs.includes("slack-app") && !v.SLACK_APP_TOKEN && !v.SLACK_SIGNING_SECRET) {
    problems.push(
      `SLACK_SIGNING_SECRET is missing: use ${WHERE_SIGNING_SECRET}. (Or set SLACK_APP_TOKEN to ${WHERE_APP_TOKEN}, for Socket Mode.)`,
    );
  }
  if (v.SMTP_URL && !v.MAIL_FROM)
    problems.push(`MAIL_FROM is missing (SMTP_URL is set): use ${WHERE_MAIL_FROM}.`);
  if (problems.length > 0 || !database) throw new ConfigError(problems);

  const nodeEnv = v.NODE_ENV ?? "production";
  const port = v.PORT ?? 3000;
  return {
    env: nodeEnv,
    port,
    publicUrl: (v.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, ""),
    trustProxy: v.TRUST_PROXY ?? 0,
    database,
    log: {
      level: v.LOG_LEVEL ?? (nodeEnv === "development" ? "debug" : "info"),
      pretty: (v.LOG_FORMAT ?? (nodeEnv === "development" ? "pretty" : "json")) === "pretty",
    },
    slack: {
      botToken: v.SLACK_BOT_TOKEN ?? "",
      signingSecret: v.SLACK_SIGNING_SECRET,
      appToken: v.SLACK_APP_TOKEN,
      apiUrl: v.SLACK_API_URL,
    },
    scheduler: { enabled: v.DEALBOT_SCHEDULER !== "off" },
    readWorker: v.DEALBOT_READ_WORKER !== "off",
    shutdownGraceMs: (v.DEALBOT_SHUTDOWN_GRACE ?? 10) * 1000,
    admins: v.DEALBOT_ADMINS ?? [],
    mail: { smtpUrl: v.SMTP_URL, from: v.MAIL_FROM ?? "dealbot@localhost" },
    nps: { secret: npsSecret(v.NPS_SECRET, v.SLACK_SIGNING_SECRET, v.SLACK_APP_TOKEN, v.SLACK_BOT_TOKEN) },
    defaults: {
      timezone: v.DEALBOT_TIMEZONE ?? "UTC",
      currency: v.DEALBOT_CURRENCY ?? "EUR",
      language: v.DEALBOT_LANGUAGE && isLang(v.DEALBOT_LANGUAGE) ? v.DEALBOT_LANGUAGE : DEFAULT_LANGUAGE,
      channels: {
        digest: v.DEALBOT_CHANNEL_DIGEST ?? [],
        alerts: v.DEALBOT_CHANNEL_ALERTS,
        nps: v.DEALBOT_CHANNEL_NPS,
      },
    },
  };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (["SMTP_URL", "NPS_SECRET", "TRUST_PROXY", "DEALBOT_SHUTDOWN_GRACE"].includes(String(issue.path[0])))
    return issue.message;
  if (issue.code === "invalid_value") return `must be one of ${issue.values.map(String).join(", ")}`;
  if (issue.code === "invalid_format" && issue.format === "url")
    return "must be a URL starting with http:// or https://";
  if (issue.code === "too_big" || issue.code === "too_small") return "must be a port number from 0 to 65535";
  if (issue.code === "invalid_type") return "must be a number";
  return issue.message;
}

/** NPS_SECRET, else a key derived from the Slack secrets (stable across restarts and replicas). */
function npsSecret(...candidates: (string | undefined)[]): string {
  const base = candidates.find((c) => c !== undefined && c !== "") ?? "dealbot-development-only";
  return createHmac("sha256", "dealbot:nps-secret").update(base).digest("hex");
}

/** Never echo a secret back in full. */
function mask(name: string, value: string): string {
  if (!/TOKEN|SECRET|PASSWORD|DATABASE_URL|SMTP_URL/.test(name)) return value;
  return value.length <= 8 ? "***" : `${value.slice(0, 5)}***`;
}
