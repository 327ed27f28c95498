import { describe, expect, it } from "vitest";
import { joinTokens, tokenizeCommand as rawTokenizeCommand } from "../../../src/parse/tokenize.js";
import { inEnglish } from "../../support/problems.js";

const tokenizeCommand = (...args: Parameters<typeof rawTokenizeCommand>) =>
  inEnglish(rawTokenizeCommand(...args));

const word = (text: string) => ({ text, quoted: false });
const quoted = (text: string) => ({ text, quoted: true });

describe("tokenizeCommand", () => {
  it.each([
    ["new Acme Corp", [word("new"), word("Acme"), word("Corp")]],
    ["  new \t Acme\n", [word("new"), word("Acme")]],
    ['new "Next Gen Ltd" amount 5k', [word("new"), quoted("Next Gen Ltd"), word("amount"), word("5k")]],
    ["new “Next Gen” x", [word("new"), quoted("Next Gen"), word("x")]],
    ["new „Next Gen“ x", [word("new"), quoted("Next Gen"), word("x")]],
    ['name ""', [word("name"), quoted("")]],
    ['O"Neil', [word('O"Neil')]],
    ['"a""b"', [quoted("a"), quoted("b")]],
    ["owner <@U1|Maria Lopez> x", [word("owner"), word("<@U1|Maria Lopez>"), word("x")]],
    ["<@U1>,", [word("<@U1>"), word(",")]],
    ["see <https://x.io/a?b=1|x.io> now", [word("see"), word("<https://x.io/a?b=1|x.io>"), word("now")]],
    ["a &lt;b&gt; c", [word("a"), word("&lt;b&gt;"), word("c")]],
    ["<not markup", [word("<not"), word("markup")]],
    ["", []],
  ])("%j", (text, tokens) => {
    expect(tokenizeCommand(text)).toEqual({ ok: true, value: tokens });
  });

  it.each([
    ['new "Next Gen Ltd amount 5k', '"Next Gen Ltd amount 5k'],
    ["new “Acme", "“Acme"],
    ['"', '"'],
    [
      'new "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
      '"Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…',
    ],
  ])("refuses an unclosed quote in %j", (text, shown) => {
    const result = tokenizeCommand(text);
    expect(result).toMatchObject({ ok: false });
    if (result.ok) return;
    expect(result.error).toContain(`no closing quote: ${shown}`);
    expect(result.error).toContain('e.g. /deal new "Next Gen Ltd" amount 5k');
  });

  it("joins tokens back with single spaces, without quotes", () => {
    expect(joinTokens([word("a"), quoted("b c"), word("d")])).toBe("a b c d");
  });
});
