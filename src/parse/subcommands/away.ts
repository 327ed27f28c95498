import type { DealCommand } from "../deal-command-schema.js";
import { splitFields } from "../split-fields.js";
import { joinTokens, type Token } from "../tokenize.js";
import { invalidCommand } from "./invalid.js";

const GRAMMAR = {
  keywords: new Set(["until"]),
  dateValued: new Set(["until"]),
  examples: { until: "until 2027-01-04" },
  usage: "/deal away",
};

/** `/deal away until <date>` pauses your weekly nudges; `/deal away off` resumes them. */
export function parseAwayCommand(args: readonly Token[]): DealCommand {
  const words = joinTokens(args).trim().toLowerCase();
  if (["off", "back", "cancel", "stop"].includes(words)) return { kind: "away", until: null };
  const sections = splitFields(args, GRAMMAR);
  if (!sections.ok) return invalidCommand("away", sections.problem);
  const { lead, fields } = sections.value;
  const until = fields.get("until");
  if (lead.length > 0 || !until) return invalidCommand("away", "parse.away.usage");
  return { kind: "away", until: joinTokens(until) };
}
