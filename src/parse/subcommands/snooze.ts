import type { DealCommand } from "../deal-command-schema.js";
import { parseDealRef } from "../deal-ref.js";
import { toPlainText } from "../plain-text.js";
import { splitFields } from "../split-fields.js";
import { joinTokens, type Token } from "../tokenize.js";
import { QUOTE_TIP } from "./deal-fields.js";
import { invalidCommand } from "./invalid.js";

const GRAMMAR = {
  keywords: new Set(["until", "because"]),
  dateValued: new Set(["until"]),
  examples: { until: "until 2027-01-15", because: "because the buyer is on leave" },
  usage: "/deal snooze Acme",
};

/**
 * `/deal snooze <deal> until <date> because <reason>`: the deal is not flagged
 * as stale until then. `/deal snooze <deal> off` ends a snooze.
 */
export function parseSnoozeCommand(args: readonly Token[]): DealCommand {
  const last = args.at(-1);
  if (last && !last.quoted && last.text.toLowerCase() === "off" && args.length > 1) {
    const ref = parseDealRef(joinTokens(args.slice(0, -1)));
    return ref.ok ? { kind: "snooze", ref: ref.value, until: null } : invalidCommand("snooze", ref.problem);
  }
  const sections = splitFields(args, GRAMMAR);
  if (!sections.ok) return invalidCommand("snooze", sections.problem);
  const { lead, fields } = sections.value;
  if (lead.length === 0) return invalidCommand("snooze", { key: "parse.snooze.deal", tips: [QUOTE_TIP] });
  const ref = parseDealRef(joinTokens(lead));
  if (!ref.ok) return invalidCommand("snooze", ref.problem);
  const until = fields.get("until");
  if (!until) return invalidCommand("snooze", "parse.snooze.until");
  const reason = toPlainText(joinTokens(fields.get("because") ?? []));
  if (!reason) return invalidCommand("snooze", "parse.snooze.why");
  return { kind: "snooze", ref: ref.value, until: joinTokens(until), reason };
}
