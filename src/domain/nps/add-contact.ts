import { type Contact, ensureAccount, upsertContact } from "../../db/contacts.js";
import type { Lang } from "../../i18n/languages.js";
import { type Phrase, phrase, say } from "../../i18n/phrase.js";
import { renderProblem } from "../../i18n/problem.js";
import type { Problem } from "../../parse/problem.js";
import { parseUserMention } from "../../parse/user-mention.js";
import type { DirectoryServices } from "../people/directory.js";
import { SURVEY_LANGUAGES } from "./survey-copy.js";

export interface ContactFields {
  name: string;
  email: string;
  account: string;
  language?: string | undefined;
  /** A Slack mention (<@U1|maria>) from a command, or a bare user id (U0123ABCD) from a file. */
  slack?: string | undefined;
}

export type AddContactOutcome =
  | { kind: "added"; contact: Contact; created: boolean; accountName: string; newAccount: boolean }
  | { kind: "invalid"; errors: ContactProblem[] };

/** What is wrong with a contact: one of ours (a phrase) or the mention parser's problem. */
export type ContactProblem = Phrase | { problem: Problem };

/** A contact problem in `lang`. */
export const sayContactProblem = (lang: Lang, p: ContactProblem): string =>
  "problem" in p ? renderProblem(lang, p.problem) : say(lang, p);

const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]{2,}$/;
const SLACK_ID = /^[UW][A-Z0-9]{2,}$/;

/** Checks a contact's fields; every problem is listed (rendered where it is shown). */
export function validateContact(fields: ContactFields): {
  errors: ContactProblem[];
  language: string;
  slackUserId: string | null;
} {
  const errors: ContactProblem[] = [];
  if (!fields.name.trim()) errors.push(phrase("reply.contact.nameEmpty"));
  if (fields.name.length > 200) errors.push(phrase("reply.contact.nameTooLong"));
  if (!EMAIL.test(fields.email.trim()))
    errors.push(phrase("reply.contact.badEmail", { email: fields.email }));
  if (!fields.account.trim()) errors.push(phrase("reply.contact.accountEmpty"));
  const language = (fields.language?.trim() || "en").toLowerCase();
  if (!SURVEY_LANGUAGES.includes(language))
    errors.push(
      phrase("reply.contact.badLanguage", {
        language: fields.language ?? "",
        choices: SURVEY_LANGUAGES.join(", "),
      }),
    );
  let slackUserId: string | null = null;
  const slack = fields.slack?.trim();
  if (slack) {
    if (SLACK_ID.test(slack)) slackUserId = slack;
    else {
      const mention = parseUserMention(slack, "parse.what.slackUser");
      if (mention.ok) slackUserId = mention.value;
      else errors.push({ problem: mention.problem });
    }
  }
  return { errors, language, slackUserId };
}

/**
 * Adds a contact to an account (created if new, owned by `ownerId`), or
 * updates the account's contact with the same email. An opted-out contact stays opted out.
 */
export async function addContact(
  services: Pick<DirectoryServices, "db" | "clock" | "logger" | "directory">,
  input: ContactFields & { ownerId: string | null },
): Promise<AddContactOutcome> {
  const checked = validateContact(input);
  if (checked.errors.length) return { kind: "invalid", errors: checked.errors };
  const { account, created: newAccount } = await ensureAccount(
    services.db,
    input.account.trim(),
    input.ownerId,
  );
  // A contact who is in the workspace (a Slack Connect guest, a colleague) is surveyed in Slack.
  const slackUserId =
    checked.slackUserId ??
    (
      await services.directory.findByEmail(input.email).catch((error: unknown) => {
        services.logger.warn({ err: error }, "could not look the contact up in Slack by email");
        return null;
      })
    )?.id ??
    null;
  const { contact, created } = await upsertContact(services.db, {
    accountId: account.id,
    name: input.name.trim(),
    email: input.email.trim().toLowerCase(),
    slackUserId,
    language: checked.language,
    addedBy: input.ownerId,
    at: services.clock.now(),
  });
  return { kind: "added", contact, created, accountName: account.name, newAccount };
}
