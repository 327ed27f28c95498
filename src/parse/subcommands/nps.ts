import type { DealCommand } from "../deal-command-schema.js";
import { toPlainText } from "../plain-text.js";
import { joinTokens, type Token } from "../tokenize.js";
import { invalidCommand } from "./invalid.js";

/** `/deal nps send <account or contact>`: surveys them now (opt-outs and the 90-day rule still apply). */
export function parseNpsCommand(args: readonly Token[]): DealCommand {
  const [verb, ...rest] = args;
  if (!verb || verb.quoted || verb.text.toLowerCase() !== "send")
    return invalidCommand("nps", "parse.nps.usage");
  const target = toPlainText(joinTokens(rest)).replace(/^mailto:/i, "");
  if (!target) return invalidCommand("nps", "parse.nps.target");
  return { kind: "nps-send", target };
}
