import type { DealCommand } from "../deal-command-schema.js";
import { type DealRef, parseDealRef } from "../deal-ref.js";
import { toPlainText } from "../plain-text.js";
import { fail, type Result } from "../result.js";
import { joinTokens, type Token } from "../tokenize.js";
import { invalidCommand } from "./invalid.js";

/** `/deal show <deal>`: every word is the deal, so names need no quotes here. */
export function parseShowCommand(args: readonly Token[]): DealCommand {
  const ref = readRef(args, "show");
  return ref.ok ? { kind: "show", ref: ref.value } : invalidCommand("show", ref.error);
}

/** `/deal won <deal>` */
export function parseWonCommand(args: readonly Token[]): DealCommand {
  const ref = readRef(args, "won");
  return ref.ok ? { kind: "won", ref: ref.value } : invalidCommand("won", ref.error);
}

function readRef(args: readonly Token[], subcommand: string): Result<DealRef> {
  if (args.length === 0) return fail(`Which deal? e.g. /deal ${subcommand} #42 or /deal ${subcommand} Acme.`);
  return parseDealRef(joinTokens(args));
}

/** `/deal undo` takes nothing: refusing extra words avoids suggesting it can undo a named deal. */
export function parseUndoCommand(args: readonly Token[]): DealCommand {
  if (args.length === 0) return { kind: "undo" };
  return invalidCommand(
    "undo",
    "/deal undo takes no words after it: it undoes your last change. Try /deal undo.",
  );
}

/** `/deal help [topic]` */
export function parseHelpCommand(args: readonly Token[]): DealCommand {
  const topic = toPlainText(joinTokens(args));
  return topic ? { kind: "help", topic } : { kind: "help" };
}

/** `/deal admin …`: the rest stays raw (mentions intact) for the admin parser. */
export function parseAdminCommand(args: readonly Token[]): DealCommand {
  return { kind: "admin", args: joinTokens(args) };
}
