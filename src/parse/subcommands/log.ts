import type { DealCommand } from "../deal-command-schema.js";
import { parseDealRef } from "../deal-ref.js";
import { toPlainText } from "../plain-text.js";
import { joinTokens, type Token } from "../tokenize.js";
import { invalidCommand } from "./invalid.js";

export const ACTIVITY_WORDS = ["call", "meeting", "email", "demo", "task"] as const;

/**
 * `/deal log call|meeting|email|demo|task <deal> [in|out] [note]`. The deal ends at
 * `in`/`out` or at a word ending in ":" (`/deal log meeting Acme: pricing`); without
 * either, a quoted name or #42 is the deal and the rest the note, else every word is the deal.
 */
export function parseLogCommand(args: readonly Token[]): DealCommand {
  const [first, ...rest] = args;
  const type = first?.text.toLowerCase();
  if (!first || first.quoted || !ACTIVITY_WORDS.includes(type as never))
    return invalidCommand("log", "parse.log.type");
  if (rest.length === 0) return invalidCommand("log", "parse.log.deal");
  let refTokens: readonly Token[] = rest;
  let direction: "in" | "out" | null = null;
  let noteTokens: readonly Token[] = [];
  const dir = rest.findIndex((t, i) => i > 0 && !t.quoted && /^(in|out)$/i.test(t.text));
  const colon = rest.findIndex((t) => !t.quoted && t.text.endsWith(":") && t.text.length > 1);
  if (dir > 0 && (colon < 0 || dir <= colon)) {
    refTokens = rest.slice(0, dir);
    direction = rest[dir]?.text.toLowerCase() === "in" ? "in" : "out";
    noteTokens = rest.slice(dir + 1);
  } else if (colon >= 0) {
    const last = rest[colon] as Token;
    refTokens = [...rest.slice(0, colon), { ...last, text: last.text.slice(0, -1) }];
    noteTokens = rest.slice(colon + 1);
  } else if (rest[0]?.quoted || rest[0]?.text.startsWith("#")) {
    refTokens = rest.slice(0, 1);
    noteTokens = rest.slice(1);
  }
  const ref = parseDealRef(joinTokens(refTokens));
  if (!ref.ok) return invalidCommand("log", ref.problem);
  const note = toPlainText(joinTokens(noteTokens));
  return {
    kind: "log",
    type: type as (typeof ACTIVITY_WORDS)[number],
    ref: ref.value,
    direction,
    ...(note ? { note } : {}),
  };
}

/** `/deal account <name> segment <segment>` (`segment none` clears it). */
export function parseAccountCommand(args: readonly Token[]): DealCommand {
  const at = args.findIndex((t, i) => i > 0 && !t.quoted && t.text.toLowerCase() === "segment");
  if (at < 1 || at === args.length - 1) return invalidCommand("account", "parse.account.usage");
  const account = toPlainText(joinTokens(args.slice(0, at)));
  const segment = toPlainText(joinTokens(args.slice(at + 1)));
  return { kind: "account-segment", account, segment: /^(none|-)$/i.test(segment) ? null : segment };
}
