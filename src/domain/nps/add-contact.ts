import { type Contact, ensureAccount, upsertContact } from "../../db/contacts.js";
import { renderProblem } from "../../i18n/problem.js";
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
  | { kind: "invalid"; errors: string[] };

const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]{2,}$/;
const SLACK_ID = /^[UW][A-Z0-9]{2,}$/;

/** Checks a contact's fields; every problem is listed. */
export function validateContact(fields: ContactFields): {
  errors: string[];
  language: string;
  slackUserId: string | null;
} {
  const errors: string[] = [];
  if (!fields.name.trim()) errors.push("The name is empty.");
  if (fields.name.length > 200) errors.push("The name is longer than 200 characters.");
  if (!EMAIL.test(fields.email.trim()))
    errors.push(`"${fields.email}" is not an email address (like maria@acme.com).`);
  if (!fields.account.trim()) errors.push("The account is empty.");
  const language = (fields.language?.trim() || "en").toLowerCase();
  if (!SURVEY_LANGUAGES.includes(language))
    errors.push(`Language "${fields.language}" is not one of ${SURVEY_LANGUAGES.join(", ")}.`);
  let slackUserId: string | null = null;
  const slack = fields.slack?.trim();
  if (slack) {
    if (SLACK_ID.test(slack)) slackUserId = slack;
    else {
      const mention = parseUserMention(slack, "parse.what.slackUser");
      if (mention.ok) slackUserId = mention.value;
      // The other contact messages here are English too.
      else errors.push(renderProblem("en", mention.problem));
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
