import type { RawFields } from "../deal-command-schema.js";
import { FIELD_EXAMPLES, FIELD_NAMES, type FieldName } from "../fields.js";
import { toPlainText } from "../plain-text.js";
import type { ParseKey } from "../problem.js";
import type { FieldGrammar } from "../split-fields.js";
import { joinTokens, type Token } from "../tokenize.js";

/** Said after problems where a field word inside a name may be the cause. */
export const QUOTE_TIP: ParseKey = "parse.tip.quote";

/** The field grammar of /deal new and /deal update. */
export function dealFieldGrammar(usage: string): FieldGrammar {
  return {
    keywords: new Set(FIELD_NAMES),
    dateValued: new Set(["close", "next"]),
    examples: FIELD_EXAMPLES,
    usage,
  };
}

/** Field tokens → raw strings; `next … by <date>` is split into next and nextBy. */
export function toRawFields(fields: ReadonlyMap<string, Token[]>): RawFields {
  const raw: RawFields = {};
  for (const [name, tokens] of fields) {
    const field = name as FieldName;
    if (field === "owner") raw.owner = joinTokens(tokens);
    else if (field === "next") Object.assign(raw, splitNextBy(tokens));
    else raw[field] = toPlainText(joinTokens(tokens));
  }
  return raw;
}

/** "send proposal by next friday" → next "send proposal", nextBy "next friday" (the last unquoted "by"). */
function splitNextBy(tokens: readonly Token[]): Pick<RawFields, "next" | "nextBy"> {
  const byAt = tokens.findLastIndex((token) => !token.quoted && token.text.toLowerCase() === "by");
  if (byAt < 1 || byAt === tokens.length - 1) return { next: toPlainText(joinTokens(tokens)) };
  return {
    next: toPlainText(joinTokens(tokens.slice(0, byAt))),
    nextBy: toPlainText(joinTokens(tokens.slice(byAt + 1))),
  };
}
