import { describe, expect, it } from "vitest";
import { escapeAndTruncate, escapeMrkdwn, unescapeSlackText } from "../../src/slack/mrkdwn.js";

describe("escapeMrkdwn", () => {
  it.each([
    ["<!channel>", "&lt;!channel&gt;"],
    ["<!here> hi", "&lt;!here&gt; hi"],
    ["<@U123>", "&lt;@U123&gt;"],
    ["<http://evil.example|click>", "&lt;http://evil.example|click&gt;"],
    ["R&D", "R&amp;D"],
    ["a & b < c > d", "a &amp; b &lt; c &gt; d"],
    ["&amp;", "&amp;amp;"],
    ["*bold* _it_ ~s~ `c`", "*bold* _it_ ~s~ `c`"],
    ["\"quotes\" 'too'", "\"quotes\" 'too'"],
    ["", ""],
  ])("%j → %j", (text, escaped) => {
    expect(escapeMrkdwn(text)).toBe(escaped);
  });
});

describe("unescapeSlackText", () => {
  it.each([
    ["R&amp;D", "R&D"],
    ["&lt;b&gt;", "<b>"],
    ["&amp;lt;", "&lt;"],
    ["&amp;amp;", "&amp;"],
    ["&quot;x&quot;", "&quot;x&quot;"],
    ["&lt", "&lt"],
    ["<@U1|maria>", "<@U1|maria>"],
  ])("%j → %j", (text, raw) => {
    expect(unescapeSlackText(text)).toBe(raw);
  });

  it.each(["R&D <tools> & more", "&amp; typed literally", "<!channel>", "a&lt;b"])(
    "escape then unescape returns %j",
    (text) => {
      expect(unescapeSlackText(escapeMrkdwn(text))).toBe(text);
    },
  );
});

describe("escapeAndTruncate", () => {
  it.each([
    ["short", 10, "short"],
    ["exactly10!", 10, "exactly10!"],
    ["abcdefghijk", 10, "abcdefghi…"],
    ["a&b", 5, "a…"], // escaped "a&amp;b" is 7 long; a cut "&am" must never appear
    ["a&b", 7, "a&amp;b"],
    ["a&bcdef", 7, "a&amp;…"],
    ["a&bcdef", 6, "a…"], // "&amp;" does not fit whole, so it is dropped whole
    ["<!channel> ping", 12, "&lt;!channe…"],
    ["👩‍👩‍👧 family", 9, "👩‍👩‍👧…"],
    ["👩‍👩‍👧 family", 8, "…"],
    ["abc", 1, "…"],
    ["abc", 0, ""],
    ["", 5, ""],
  ])("%j at most %s → %j", (text, max, expected) => {
    const result = escapeAndTruncate(text, max);
    expect(result).toBe(expected);
    expect(result.length).toBeLessThanOrEqual(Math.max(max, 0));
  });

  it("never leaves a broken entity", () => {
    const text = "&".repeat(50);
    for (let max = 0; max <= 260; max += 1) {
      const result = escapeAndTruncate(text, max).replace(/…$/, "");
      expect(result.replace(/&amp;/g, "")).toBe("");
    }
  });
});
