import type { DealCommand } from "../deal-command-schema.js";
import { toPlainText } from "../plain-text.js";
import { splitFields } from "../split-fields.js";
import { joinTokens, type Token } from "../tokenize.js";
import { parseUserMention } from "../user-mention.js";
import { invalidCommand } from "./invalid.js";

const GRAMMAR = {
  keywords: new Set(["stage", "closing"]),
  dateValued: new Set(["closing"]),
  examples: { stage: "stage proposal", closing: "closing this month" },
  usage: "/deal list",
};

/** `/deal list [@user] [stage <s>] [closing <period>]`, the mention anywhere. */
export function parseListCommand(args: readonly Token[]): DealCommand {
  const people = args.filter((token) => !token.quoted && /^(?:<[@#!]|@)/.test(token.text));
  if (people.length > 1) return invalidCommand("list", "parse.list.onePerson");
  const [person] = people;
  const owner = person ? parseUserMention(person.text) : undefined;
  if (owner && !owner.ok) return invalidCommand("list", owner.problem);

  const sections = splitFields(
    args.filter((token) => token !== person),
    GRAMMAR,
  );
  if (!sections.ok) return invalidCommand("list", sections.problem);
  const { lead, fields } = sections.value;
  if (lead.length > 0) {
    const text = toPlainText(joinTokens(lead));
    return invalidCommand("list", { key: "parse.list.extra", values: { text } });
  }
  const stage = fields.get("stage");
  const closing = fields.get("closing");
  return {
    kind: "list",
    ...(owner?.ok ? { ownerId: owner.value } : {}),
    ...(stage ? { stage: toPlainText(joinTokens(stage)) } : {}),
    ...(closing ? { closing: toPlainText(joinTokens(closing)) } : {}),
  };
}
