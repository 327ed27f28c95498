import { type Parsed, reject } from "./problem.js";
import { succeed } from "./result.js";

/** A word of the command. `quoted` words are never field keywords; `text` is still Slack-escaped. */
export type Token = { text: string; quoted: boolean };

// Straight and curly (macOS/iOS smart quotes, German „…“) double quotes; any one closes any other.
const QUOTES = new Set(['"', "“", "”", "„"]);

// Slack markup: <@U1|Maria Lopez>, <#C1|general>, <https://x.io|x.io>; no spaces before the label.
const MARKUP = /^<[^<>\s|]+(?:\|[^<>]*)?>/;

/**
 * Split command text on whitespace. A word starting with a double quote runs to
 * the next double quote (`"Next Gen Ltd"` is one quoted token); Slack markup such
 * as `<@U1|Maria Lopez>` is one token even with spaces inside. Quotes inside a
 * word are kept as typed. An unclosed quote is an error.
 */
export function tokenizeCommand(text: string): Parsed<Token[]> {
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    const char = text.charAt(at);
    if (/\s/.test(char)) {
      at += 1;
    } else if (QUOTES.has(char)) {
      const close = findQuote(text, at + 1);
      if (close === -1) return describeOpenQuote(text.slice(at));
      tokens.push({ text: text.slice(at + 1, close), quoted: true });
      at = close + 1;
    } else {
      const markup = char === "<" ? MARKUP.exec(text.slice(at)) : null;
      const end = markup ? at + markup[0].length : findSpace(text, at);
      tokens.push({ text: text.slice(at, end), quoted: false });
      at = end;
    }
  }
  return succeed(tokens);
}

/** The raw text of tokens, one space apart (quoted tokens without their quotes). */
export function joinTokens(tokens: readonly Token[]): string {
  return tokens.map((token) => token.text).join(" ");
}

function findQuote(text: string, from: number): number {
  for (let at = from; at < text.length; at += 1) {
    if (QUOTES.has(text.charAt(at))) return at;
  }
  return -1;
}

function findSpace(text: string, from: number): number {
  const match = /\s/.exec(text.slice(from));
  return match ? from + match.index : text.length;
}

function describeOpenQuote(rest: string): Parsed<never> {
  return reject("parse.quote.open", { text: rest.length > 40 ? `${rest.slice(0, 40)}…` : rest });
}
