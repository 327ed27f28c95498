import { subcommandWord } from "./aliases.js";
import { stripControls } from "./clean-text.js";
import type { DealCommand } from "./deal-command-schema.js";
import { toPlainText } from "./plain-text.js";
import { parseAwayCommand } from "./subcommands/away.js";
import { parseContactCommand } from "./subcommands/contact.js";
import { parseDigestCommand, parseForecastCommand, parseStatsCommand } from "./subcommands/digest.js";
import { parseLanguageCommand } from "./subcommands/language.js";
import { parseListCommand } from "./subcommands/list.js";
import { parseAccountCommand, parseLogCommand } from "./subcommands/log.js";
import { parseLostCommand } from "./subcommands/lost.js";
import { parseNewCommand } from "./subcommands/new.js";
import { parseNpsCommand } from "./subcommands/nps.js";
import {
  parseAdminCommand,
  parseHelpCommand,
  parseShowCommand,
  parseUndoCommand,
  parseWonCommand,
} from "./subcommands/simple.js";
import { parseSnoozeCommand } from "./subcommands/snooze.js";
import { parseUpdateCommand } from "./subcommands/update.js";
import { type Token, tokenizeCommand } from "./tokenize.js";

export type { DealCommand, DealCommandKind, RawFields } from "./deal-command-schema.js";
export { dealCommandSchema, rawFieldsSchema } from "./deal-command-schema.js";

/** Reads the words after the subcommand. */
export type SubcommandParser = (args: readonly Token[]) => DealCommand;

/**
 * Subcommand word → parser. A new subcommand (away, digest, forecast, contact,
 * nps) is one parser file, one line here and one variant in dealCommandSchema.
 */
export const SUBCOMMANDS: ReadonlyMap<string, SubcommandParser> = new Map([
  ["new", parseNewCommand],
  ["update", parseUpdateCommand],
  ["list", parseListCommand],
  ["show", parseShowCommand],
  ["won", parseWonCommand],
  ["lost", parseLostCommand],
  ["undo", parseUndoCommand],
  ["help", parseHelpCommand],
  ["admin", parseAdminCommand],
  ["away", parseAwayCommand],
  ["snooze", parseSnoozeCommand],
  ["contact", parseContactCommand],
  ["nps", parseNpsCommand],
  ["digest", parseDigestCommand],
  ["forecast", parseForecastCommand],
  ["language", parseLanguageCommand],
  ["stats", parseStatsCommand],
  ["log", parseLogCommand],
  ["account", parseAccountCommand],
]);

/**
 * Parse the text after `/deal` (as Slack sends it, with `should_escape`) into a
 * command. Purely syntactic: field values stay strings for parseFieldValues.
 * Empty text is help; an unknown subcommand is help naming the word. The subcommand
 * may be written in Finnish, Polish, Ukrainian or Russian (./aliases.ts).
 */
export function parseDealCommand(typed: string): DealCommand {
  const text = stripControls(typed);
  const tokens = tokenizeCommand(text);
  const firstWord = subcommandWord(text.trim().split(/\s+/)[0]?.toLowerCase() ?? "");
  if (!tokens.ok) {
    return SUBCOMMANDS.has(firstWord)
      ? { kind: "invalid", subcommand: firstWord, problem: tokens.problem }
      : { kind: "help", unknown: toPlainText(firstWord) || "?" };
  }
  const [first, ...args] = tokens.value;
  if (!first) return { kind: "help" };
  const parse = first.quoted ? undefined : SUBCOMMANDS.get(subcommandWord(first.text.toLowerCase()));
  if (!parse) return { kind: "help", unknown: toPlainText(first.text) || "?" };
  return parse(args);
}
