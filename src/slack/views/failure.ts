import type { AppError } from "../../errors.js";
import { notice } from "./change-message.js";
import type { Message } from "./help.js";

// What a user is told when their request fails. Each unexpected failure carries the
// reference of its log line, so an admin can find it.

/** A refusal the user can act on: its message says what to do. */
export const appErrorNotice = (error: AppError): Message => notice(`:warning: ${error.message}`);

/** A command or click failed after its ack. */
export const requestFailedNotice = (ref: string): Message =>
  notice(
    `:warning: Something went wrong on Dealbot's side and your request may not have been applied. Check with \`/deal list\` and try again; if it keeps happening, tell your admin (reference ${ref}).`,
  );

/** Inline on a form that stays open: the submit failed before its ack, so nothing was saved. */
export const formFailedError = (ref: string): string =>
  `Something went wrong on Dealbot's side; nothing was saved. Try again in a moment (reference ${ref}).`;

/** A form closed (acked), then the work after it failed: it may or may not have been saved. */
export const formFailedAfterCloseNotice = (ref: string): Message =>
  notice(
    `:warning: Dealbot took your form, then something went wrong on its side, so it may not have been fully applied. Check with \`/deal list\` before submitting it again; if it keeps happening, tell your admin (reference ${ref}).`,
  );
