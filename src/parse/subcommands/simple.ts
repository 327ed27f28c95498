import type { DealCommand } from "../deal-command-schema.js";
import { type DealRef, parseDealRef } from "../deal-ref.js";
import { toPlainText } from "../plain-text.js";
import { type Parsed, reject } from "../problem.js";
import { joinTokens, type Token } from "../tokenize.js";
import { invalidCommand } from "./invalid.js";

/** `/deal show <deal>`: every word is the deal, so names need no quotes here. */
export function parseShowCommand(args: readonly Token[]): DealCommand {
  const ref = readRef(args, "show");
  return ref.ok ? { kind: "show", ref: ref.value } : invalidCommand("show", ref.problem);
}

/** `/deal won <deal>` */
export function parseWonCommand(args: readonly Token[]): DealCommand {
  const ref = readRef(args, "won");
  return ref.ok ? { kind: "won", ref: ref.value } : invalidCommand("won", ref.problem);
}

function readRef(args: readonly Token[], command: string): Parsed<DealRef> {
  if (args.length === 0) return reject("parse.ref.missing", { command });
  return parseDealRef(joinTokens(args));
}

/** `/deal undo` takes nothing: refusing extra words avoids suggesting it can undo a named deal. */
export function parseUndoCommand(args: readonly Token[]): DealCommand {
  if (args.length === 0) return { kind: "undo" };
  return invalidCommand("undo", "parse.undo.extra");
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
