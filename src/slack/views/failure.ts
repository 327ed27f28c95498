import type { AppError } from "../../errors.js";
import type { Lang } from "../../i18n/languages.js";
import { say } from "../../i18n/phrase.js";
import { t } from "../../i18n/t.js";
import { notice } from "./change-message.js";
import type { Message } from "./help.js";

// What a user is told when their request fails, in their language. Each unexpected
// failure carries the reference of its log line, so an admin can find it.

/** A refusal the user can act on: its message says what to do, in the reader's language when it has a phrase. */
export const appErrorNotice = (error: AppError, lang: Lang = "en"): Message =>
  notice(`:warning: ${error.phrase ? say(lang, error.phrase) : error.message}`);

/** A command or click failed after its ack. */
export const requestFailedNotice = (ref: string, lang: Lang = "en"): Message =>
  notice(t(lang, "reply.failed", { ref }));

/** Inline on a form that stays open: the submit failed before its ack, so nothing was saved. */
export const formFailedError = (ref: string, lang: Lang = "en"): string => t(lang, "failure.form", { ref });

/** A form closed (acked), then the work after it failed: it may or may not have been saved. */
export const formFailedAfterCloseNotice = (ref: string, lang: Lang = "en"): Message =>
  notice(t(lang, "failure.formAfterClose", { ref }));

/** Work resumed after a restart comes too late to open a form (a trigger id lasts 3 s). */
export const formTooLateNotice = (lang: Lang = "en"): Message => notice(t(lang, "failure.restarting"));
