import type { DealCommand } from "../deal-command-schema.js";
import type { Token } from "../tokenize.js";
import { invalidCommand } from "./invalid.js";

/** `/deal digest`: the team's funnel digest, now, only to you. */
export function parseDigestCommand(args: readonly Token[]): DealCommand {
  if (args.length === 0) return { kind: "digest" };
  return invalidCommand("digest", "/deal digest takes no words after it. Try /deal digest.");
}

/** `/deal forecast`: your own month and quarter against your target. */
export function parseForecastCommand(args: readonly Token[]): DealCommand {
  if (args.length === 0) return { kind: "forecast" };
  return invalidCommand("forecast", "/deal forecast takes no words after it: it shows your own forecast.");
}
