import type { DealCommand } from "../deal-command-schema.js";
import { parseDealRef } from "../deal-ref.js";
import { toPlainText } from "../plain-text.js";
import { splitFields } from "../split-fields.js";
import { joinTokens, type Token } from "../tokenize.js";
import { QUOTE_TIP } from "./deal-fields.js";
import { invalidCommand } from "./invalid.js";

const GRAMMAR = {
  keywords: new Set(["reason", "note"]),
  dateValued: new Set<string>(),
  examples: { reason: "reason price", note: "note they chose a cheaper tool" },
  usage: "/deal lost Acme",
};

/**
 * `/deal lost <deal> reason <reason> [note <note>]`. A quoted reason ends the
 * reason (`reason "no budget" frozen until Q3`); otherwise, without `note`, the
 * reason text may include the note and is split against the team's reasons later.
 * Without `reason`, the command has no reason and a picker is shown.
 */
export function parseLostCommand(args: readonly Token[]): DealCommand {
  const sections = splitFields(args, GRAMMAR);
  if (!sections.ok) return invalidCommand("lost", sections.problem);
  const { lead, fields } = sections.value;
  if (lead.length === 0) return invalidCommand("lost", { key: "parse.lost.deal", tips: [QUOTE_TIP] });
  const ref = parseDealRef(joinTokens(lead));
  if (!ref.ok) return invalidCommand("lost", ref.problem);
  const reasonTokens = fields.get("reason");
  // No reason given: the caller shows the team's reasons as a picker.
  const noteTokens = fields.get("note");
  if (!reasonTokens) {
    const note = toPlainText(joinTokens(noteTokens ?? []));
    return { kind: "lost", ref: ref.value, ...(note ? { note } : {}) };
  }
  const [first, ...rest] = reasonTokens;
  const quotedReason = !noteTokens && first?.quoted === true && rest.length > 0;
  const reason = toPlainText(joinTokens(quotedReason ? [first] : reasonTokens));
  const note = toPlainText(joinTokens(quotedReason ? rest : (noteTokens ?? [])));
  if (reason === "") return invalidCommand("lost", "parse.lost.reasonEmpty");
  return { kind: "lost", ref: ref.value, reason, ...(note ? { note } : {}) };
}
