import type { DealCommand } from "../deal-command-schema.js";
import { parseDealRef } from "../deal-ref.js";
import { splitFields } from "../split-fields.js";
import { joinTokens, type Token } from "../tokenize.js";
import { dealFieldGrammar, QUOTE_TIP, toRawFields } from "./deal-fields.js";
import { invalidCommand } from "./invalid.js";

/** `/deal update <#id|name> [field value]...`. With no fields, the update form opens. */
export function parseUpdateCommand(args: readonly Token[]): DealCommand {
  const sections = splitFields(args, dealFieldGrammar("/deal update Acme"));
  if (!sections.ok) return invalidCommand("update", sections.problem);
  const { lead, fields } = sections.value;
  if (lead.length === 0) return invalidCommand("update", { key: "parse.update.deal", tips: [QUOTE_TIP] });
  const ref = parseDealRef(joinTokens(lead));
  if (!ref.ok) return invalidCommand("update", ref.problem);
  return { kind: "update", ref: ref.value, fields: toRawFields(fields) };
}
