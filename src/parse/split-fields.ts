import { isCalendarWord } from "./fields.js";
import { type Parsed, reject } from "./problem.js";
import { succeed } from "./result.js";
import type { Token } from "./tokenize.js";

/** Which words start a field in one subcommand, and how to word its errors. */
export type FieldGrammar = {
  keywords: ReadonlySet<string>;
  /** Fields whose value may hold a date, where "next friday" is not the `next` field. */
  dateValued: ReadonlySet<string>;
  /** keyword → example such as "amount 12k". */
  examples: Readonly<Record<string, string>>;
  /** e.g. "/deal update Acme", prefixed to examples of a repeated field. */
  usage: string;
};

/** The words before the first keyword, then each field's words (keys lower case). */
export type Sections = { lead: Token[]; fields: Map<string, Token[]> };

/**
 * Split tokens on field keywords: an unquoted whole word matching a keyword
 * (any case) starts a field whose value runs to the next keyword. Errors: a
 * field given twice, or a keyword with no value after it.
 */
export function splitFields(tokens: readonly Token[], grammar: FieldGrammar): Parsed<Sections> {
  const lead: Token[] = [];
  const fields = new Map<string, Token[]>();
  let current: Token[] = lead;
  let currentName: string | undefined;
  for (const [at, token] of tokens.entries()) {
    const name = keywordOf(token, tokens[at + 1], currentName, grammar);
    if (name === undefined) {
      current.push(token);
      continue;
    }
    if (fields.has(name)) {
      return reject("parse.fields.twice", { name, example: `${grammar.usage} ${grammar.examples[name]}` });
    }
    current = [];
    currentName = name;
    fields.set(name, current);
  }
  for (const [name, value] of fields) {
    if (value.length === 0)
      return reject("parse.fields.noValue", { name, example: grammar.examples[name] ?? name });
  }
  return succeed({ lead, fields });
}

function keywordOf(
  token: Token,
  following: Token | undefined,
  currentName: string | undefined,
  grammar: FieldGrammar,
): string | undefined {
  if (token.quoted) return undefined;
  const word = token.text.toLowerCase();
  if (!grammar.keywords.has(word)) return undefined;
  const inDate = currentName !== undefined && grammar.dateValued.has(currentName);
  const partOfDate =
    word === "next" && following && !following.quoted && isCalendarWord(following.text.toLowerCase());
  return inDate && partOfDate ? undefined : word;
}
