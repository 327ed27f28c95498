import type { DealCommand } from "../deal-command-schema.js";
import { toPlainText } from "../plain-text.js";
import { joinTokens, type Token } from "../tokenize.js";

/** `/deal language fi|pl|uk|ru|en|auto`: the handler checks the code, so its answer is in the person's language. */
export function parseLanguageCommand(args: readonly Token[]): DealCommand {
  return { kind: "language", choice: toPlainText(joinTokens(args)).trim().toLowerCase() };
}
