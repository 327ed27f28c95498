import { randomBytes } from "node:crypto";
import { type Phrase, say } from "./i18n/phrase.js";

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
 * An error the user should see: what went wrong and what to do next. `code` is for
 * logs and tests. One a Slack user sees carries `phrase` (a catalog key and its
 * values), rendered in the reader's language where the reply is sent; `message` is
 * its English text (logs, and errors for operators at start-up or on the CLI).
 */
export class AppError extends Error {
  readonly phrase: Phrase | undefined;
  constructor(code: AppErrorCode, message: string);
  constructor(code: AppErrorCode, phrase: Phrase);
  constructor(
    readonly code: AppErrorCode,
    text: string | Phrase,
  ) {
    super(typeof text === "string" ? text : say("en", text));
    this.phrase = typeof text === "string" ? undefined : text;
    this.name = "AppError";
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;

/** A short id that ties what a user is told about a failure to its log line. */
export const errorRef = (): string => randomBytes(3).toString("hex");
