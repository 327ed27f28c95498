import type { DealCommand } from "../deal-command-schema.js";
import { toPlainText } from "../plain-text.js";
import { splitFields } from "../split-fields.js";
import { joinTokens, type Token } from "../tokenize.js";
import { invalidCommand } from "./invalid.js";

const ADD_EXAMPLE = "/deal contact add Maria Lopez maria@acme.com account Acme lang fi slack @maria";
const LIST_EXAMPLE = "/deal contact list Acme";
const GRAMMAR = {
  keywords: new Set(["account", "lang", "slack"]),
  dateValued: new Set<string>(),
  examples: { account: "account Acme", lang: "lang fi", slack: "slack @maria" },
  usage: "/deal contact add Maria maria@acme.com",
};

/**
 * `/deal contact add <name> <email> account <account> [lang <code>] [slack @user]`
 * and `/deal contact list <account>`.
 */
export function parseContactCommand(args: readonly Token[]): DealCommand {
  const [verb, ...rest] = args;
  const word = verb && !verb.quoted ? verb.text.toLowerCase() : "";
  if (word === "list") {
    const account = toPlainText(joinTokens(rest));
    return account
      ? { kind: "contact-list", account }
      : invalidCommand("contact", `Which account? e.g. ${LIST_EXAMPLE}.`);
  }
  if (word !== "add")
    return invalidCommand(
      "contact",
      `Use contact add or contact list, e.g. ${ADD_EXAMPLE}, or ${LIST_EXAMPLE}.`,
    );
  const sections = splitFields(rest, GRAMMAR);
  if (!sections.ok) return invalidCommand("contact", sections.error);
  const { lead, fields } = sections.value;
  const emailToken = lead.at(-1);
  const email = emailToken ? toPlainText(emailToken.text).replace(/^mailto:/i, "") : "";
  const name = toPlainText(joinTokens(lead.slice(0, -1)));
  if (!name || !email.includes("@"))
    return invalidCommand("contact", `Give the contact's name, then their email, e.g. ${ADD_EXAMPLE}.`);
  const account = toPlainText(joinTokens(fields.get("account") ?? []));
  if (!account) return invalidCommand("contact", `Say which account they belong to, e.g. ${ADD_EXAMPLE}.`);
  const language = fields.get("lang");
  const slack = fields.get("slack");
  return {
    kind: "contact-add",
    name,
    email,
    account,
    ...(language ? { language: toPlainText(joinTokens(language)) } : {}),
    ...(slack ? { slack: joinTokens(slack) } : {}),
  };
}
