import type { DealCommand } from "../deal-command-schema.js";
import { toPlainText } from "../plain-text.js";
import type { ParseKey } from "../problem.js";
import type { Token } from "../tokenize.js";
import { parseUserMention } from "../user-mention.js";
import { invalidCommand } from "./invalid.js";

/** `/deal digest`: the team's funnel digest, now, only to you. */
export function parseDigestCommand(args: readonly Token[]): DealCommand {
  if (args.length === 0) return { kind: "digest" };
  return invalidCommand("digest", "parse.digest.extra");
}

const FORECAST_USAGE: ParseKey = "parse.forecast.usage";

/** `/deal forecast`: your own month and quarter; `team`: a manager's roll-up; `team call <amount> [month|quarter]`. */
export function parseForecastCommand(args: readonly Token[]): DealCommand {
  if (args.length === 0) return { kind: "forecast" };
  const words = args.map((a) => a.text);
  if (words[0]?.toLowerCase() !== "team") return invalidCommand("forecast", FORECAST_USAGE);
  if (words.length === 1) return { kind: "forecast-team" };
  if (words[1]?.toLowerCase() !== "call" || words.length < 3)
    return invalidCommand("forecast", FORECAST_USAGE);
  const last = words.at(-1)?.toLowerCase();
  const period = last === "quarter" ? "quarter" : "month";
  const amountWords = last === "quarter" || last === "month" ? words.slice(2, -1) : words.slice(2);
  if (amountWords.length === 0) return invalidCommand("forecast", FORECAST_USAGE);
  return { kind: "forecast-call", amount: toPlainText(amountWords.join(" ")), period };
}

/** `/deal stats [@rep]`: a rep's diagnostics (yours, or a rep of yours for managers). */
export function parseStatsCommand(args: readonly Token[]): DealCommand {
  if (args.length === 0) return { kind: "stats" };
  const [person, ...rest] = args;
  const owner = person && rest.length === 0 ? parseUserMention(person.text, "parse.what.rep") : undefined;
  if (!owner) return invalidCommand("stats", "parse.stats.one");
  if (!owner.ok) return invalidCommand("stats", owner.problem);
  return { kind: "stats", ownerId: owner.value };
}
