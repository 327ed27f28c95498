import { randomBytes } from "node:crypto";

/**
 * Every kind of AppError, in one spelling (snake_case, like Slack's own error codes).
 * Add a code here before throwing it.
 */
export type AppErrorCode =
  /** SLACK_BOT_TOKEN belongs to a user or an app-level token, not the bot. */
  | "not_a_bot_token"
  /** Slack refused SLACK_BOT_TOKEN (invalid_auth, token_revoked, ...; the message names which). */
  | "token_refused"
  /** Slack could not be reached at start-up. */
  | "slack_unreachable"
  /** `seed-demo` on a database that already holds team data. */
  | "demo_refused"
  /** Someone else already took (or closed) this NPS follow-up. */
  | "nps_follow_up_closed";

/**
 * An error the user should see. `message` is written for them: what went wrong
 * and what to do next. `code` is for logs and tests.
 */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;

/** A short id that ties what a user is told about a failure to its log line. */
export const errorRef = (): string => randomBytes(3).toString("hex");
