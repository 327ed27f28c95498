import type { DealCommand } from "../deal-command-schema.js";
import { toPlainText } from "../plain-text.js";
import { splitFields } from "../split-fields.js";
import { joinTokens, type Token } from "../tokenize.js";
import { invalidCommand } from "./invalid.js";

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
    return account ? { kind: "contact-list", account } : invalidCommand("contact", "parse.contact.list");
  }
  if (word !== "add") return invalidCommand("contact", "parse.contact.usage");
  const sections = splitFields(rest, GRAMMAR);
  if (!sections.ok) return invalidCommand("contact", sections.problem);
  const { lead, fields } = sections.value;
  const emailToken = lead.at(-1);
  const email = emailToken ? toPlainText(emailToken.text).replace(/^mailto:/i, "") : "";
  const name = toPlainText(joinTokens(lead.slice(0, -1)));
  if (!name || !email.includes("@")) return invalidCommand("contact", "parse.contact.nameEmail");
  const account = toPlainText(joinTokens(fields.get("account") ?? []));
  if (!account) return invalidCommand("contact", "parse.contact.account");
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
