import type { DealCommand } from "../deal-command-schema.js";
import { MAX_NAME_LENGTH } from "../deal-ref.js";
import { toPlainText } from "../plain-text.js";
import { splitFields } from "../split-fields.js";
import { joinTokens, type Token } from "../tokenize.js";
import { dealFieldGrammar, QUOTE_TIP, toRawFields } from "./deal-fields.js";
import { invalidCommand } from "./invalid.js";

/** `/deal new <name> [field value]...`; the name may also be given as a `name` field. */
export function parseNewCommand(args: readonly Token[]): DealCommand {
  const sections = splitFields(args, dealFieldGrammar("/deal new Acme Corp"));
  if (!sections.ok) return invalidCommand("new", sections.problem);
  const { lead, fields } = sections.value;
  const raw = toRawFields(fields);
  const leadName = toPlainText(joinTokens(lead));
  if (leadName !== "" && raw.name !== undefined) {
    return invalidCommand("new", {
      key: "parse.new.twoNames",
      values: { lead: leadName, name: raw.name },
      tips: [QUOTE_TIP],
    });
  }
  const name = leadName || raw.name || "";
  if (name === "") return invalidCommand("new", { key: "parse.new.noName", tips: [QUOTE_TIP] });
  if (name.length > MAX_NAME_LENGTH)
    return invalidCommand("new", { key: "parse.new.nameTooLong", values: { max: MAX_NAME_LENGTH } });
  return { kind: "new", fields: { ...raw, name } };
}
