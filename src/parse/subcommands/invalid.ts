import type { DealCommand } from "../deal-command-schema.js";

export function invalidCommand(subcommand: string, error: string): DealCommand {
  return { kind: "invalid", subcommand, error };
}
