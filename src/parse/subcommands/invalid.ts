import type { DealCommand } from "../deal-command-schema.js";
import type { ParseKey, Problem } from "../problem.js";

/** A known subcommand used wrongly: the problem (or its message key) says how, with an example. */
export function invalidCommand(subcommand: string, problem: Problem | ParseKey): DealCommand {
  return { kind: "invalid", subcommand, problem: typeof problem === "string" ? { key: problem } : problem };
}
