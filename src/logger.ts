import { type Logger as BoltLogger, type LogLevel as BoltLogLevel, LogLevel } from "@slack/bolt";
import { type Logger, type LoggerOptions, pino } from "pino";

export type { Logger };

// Slack tokens look like xoxb-…, xoxp-…, xapp-…; they must never reach a log.
const TOKEN_PATTERN = /\b(xox[abposr]|xapp)-[A-Za-z0-9-]+/g;
const scrub = (value: unknown): unknown =>
  typeof value === "string" ? value.replace(TOKEN_PATTERN, "$1-***") : value;

const REDACT_PATHS = [
  "token",
  "*.token",
  "botToken",
  "appToken",
  "signingSecret",
  "*.botToken",
  "*.appToken",
  "*.signingSecret",
  "password",
  "*.password",
  "headers.authorization",
  "*.headers.authorization",
  "config.slack",
];

export function createLogger(options: {
  level: string;
  pretty: boolean;
  destination?: NodeJS.WritableStream;
}): Logger {
  const base: LoggerOptions = {
    level: options.level,
    redact: { paths: REDACT_PATHS, censor: "***" },
    hooks: {
      // Scrub token-shaped strings from messages and string arguments, whatever logged them.
      logMethod(args, method) {
        method.apply(this, args.map(scrub) as Parameters<typeof method>);
      },
    },
  };
  if (options.pretty) {
    return pino({
      ...base,
      transport: { target: "pino-pretty", options: { colorize: true, translateTime: "SYS:HH:MM:ss" } },
    });
  }
  return options.destination ? pino(base, options.destination as never) : pino(base);
}

const boltToPino: Record<BoltLogLevel, string> = {
  [LogLevel.DEBUG]: "debug",
  [LogLevel.INFO]: "info",
  [LogLevel.WARN]: "warn",
  [LogLevel.ERROR]: "error",
};

/** Bolt's Logger interface over a pino child, so Bolt's own logs share our format and redaction. */
export function toBoltLogger(logger: Logger, module = "bolt"): BoltLogger {
  let child = logger.child({ module });
  const format = (msg: unknown[]) =>
    msg
      .map((m) =>
        m instanceof Error ? (m.stack ?? m.message) : typeof m === "string" ? m : JSON.stringify(m),
      )
      .join(" ");
  return {
    debug: (...msg) => child.debug(format(msg)),
    info: (...msg) => child.info(format(msg)),
    warn: (...msg) => child.warn(format(msg)),
    error: (...msg) => child.error(format(msg)),
    // Bolt sets its default level (INFO) on any logger it is given; LOG_LEVEL governs instead.
    setLevel: () => {},
    getLevel: () => {
      const entry = Object.entries(boltToPino).find(([, v]) => v === child.level);
      return (entry?.[0] as BoltLogLevel) ?? LogLevel.INFO;
    },
    setName: (name) => {
      child = logger.child({ module: name });
    },
  };
}
