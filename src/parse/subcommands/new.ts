import type { DealCommand } from "../deal-command-schema.js";
import { MAX_NAME_LENGTH } from "../deal-ref.js";
import { toPlainText } from "../plain-text.js";
import { splitFields } from "../split-fields.js";
import { joinTokens, type Token } from "../tokenize.js";
import { dealFieldGrammar, QUOTE_TIP, toRawFields } from "./deal-fields.js";
import { invalidCommand } from "./invalid.js";

const EXAMPLE = "/deal new Acme Corp amount 12k stage proposal close next friday";

/** `/deal new <name> [field value]...`; the name may also be given as a `name` field. */
export function parseNewCommand(args: readonly Token[]): DealCommand {
  const sections = splitFields(args, dealFieldGrammar("/deal new Acme Corp"));
  if (!sections.ok) return invalidCommand("new", sections.error);
  const { lead, fields } = sections.value;
  const raw = toRawFields(fields);
  const leadName = toPlainText(joinTokens(lead));
  if (leadName !== "" && raw.name !== undefined) {
    return invalidCommand(
      "new",
      `The deal has two names: "${leadName}" and "name ${raw.name}". Give one, e.g. ${EXAMPLE}. ${QUOTE_TIP}`,
    );
  }
  const name = leadName || raw.name || "";
  if (name === "")
    return invalidCommand("new", `A new deal needs a name first, e.g. ${EXAMPLE}. ${QUOTE_TIP}`);
  if (name.length > MAX_NAME_LENGTH) {
    return invalidCommand(
      "new",
      `The deal name is over ${MAX_NAME_LENGTH} characters. Use a shorter one, e.g. ${EXAMPLE}.`,
    );
  }
  return { kind: "new", fields: { ...raw, name } };
}
