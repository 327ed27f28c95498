import type { DealCommand } from "../deal-command-schema.js";
import { toPlainText } from "../plain-text.js";
import { joinTokens, type Token } from "../tokenize.js";
import { invalidCommand } from "./invalid.js";

const EXAMPLE = "/deal nps send Acme (an account) or /deal nps send maria@acme.com (a contact)";

/** `/deal nps send <account or contact>`: surveys them now (opt-outs and the 90-day rule still apply). */
export function parseNpsCommand(args: readonly Token[]): DealCommand {
  const [verb, ...rest] = args;
  if (!verb || verb.quoted || verb.text.toLowerCase() !== "send")
    return invalidCommand("nps", `Use nps send, e.g. ${EXAMPLE}.`);
  const target = toPlainText(joinTokens(rest)).replace(/^mailto:/i, "");
  if (!target) return invalidCommand("nps", `Whom should I survey? e.g. ${EXAMPLE}.`);
  return { kind: "nps-send", target };
}
