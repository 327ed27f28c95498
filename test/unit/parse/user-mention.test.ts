import { describe, expect, it } from "vitest";
import { parseUserMention as rawParseUserMention } from "../../../src/parse/user-mention.js";
import { inEnglish } from "../../support/problems.js";

const parseUserMention = (...args: Parameters<typeof rawParseUserMention>) =>
  inEnglish(rawParseUserMention(...args));

describe("parseUserMention", () => {
  it.each([
    ["<@U123ABC|maria>", "U123ABC"],
    ["<@U123ABC>", "U123ABC"],
    ["  <@W0ABC|maria.lopez>  ", "W0ABC"],
    ["<@U1|Maria Lopez>", "U1"],
  ])("%j → %s", (text, id) => {
    expect(parseUserMention(text)).toEqual({ ok: true, value: id });
  });

  it.each([
    ["@maria", /"@maria" is plain text, not a Slack mention/],
    ["@Maria Lopez", /plain text/],
    ["maria", /"maria" is not a Slack mention of one person/],
    ["U123ABC", /not a Slack mention of one person/],
    ["<#C1|sales>", /"#sales" is a channel/],
    ["<!here>", /"@here" is a group/],
    ["<!subteam^S1|@sales>", /"@sales" is a group/],
    ["<@U1|a> <@U2|b>", /more than one person/],
    ["<@u1|lowercase>", /not a Slack mention of one person/],
    ["&lt;@U1&gt;", /not a Slack mention of one person/],
    ["<@U1|a> and", /not a Slack mention of one person/],
    ["", /is empty/],
  ])("refuses %j (%s)", (text, reason) => {
    const result = parseUserMention(text, "parse.what.owner");
    expect(result).toMatchObject({ ok: false });
    if (result.ok) return;
    expect(result.error).toMatch(reason);
    expect(result.error).toMatch(/^Owner /);
    expect(result.error).toContain("e.g. @maria");
  });

  it("says how to make a real mention", () => {
    expect(parseUserMention("@maria")).toMatchObject({ error: expect.stringContaining("@-autocomplete") });
  });
});
