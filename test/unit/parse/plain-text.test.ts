import { describe, expect, it } from "vitest";
import { toPlainText } from "../../../src/parse/plain-text.js";

describe("toPlainText", () => {
  it.each([
    ["R&amp;D", "R&D"],
    ["&lt;beta&gt;", "<beta>"],
    ["&amp;lt;", "&lt;"],
    ["call <@U123|maria> today", "call @maria today"],
    ["call <@U123>", "call <@U123>"],
    ["post in <#C123|sales>", "post in #sales"],
    ["ping <!here>", "ping @here"],
    ["ping <!channel>", "ping @channel"],
    ["ping <!subteam^S1|@sales-team>", "ping @sales-team"],
    ["see <https://x.io|x.io>", "see x.io"],
    ["see <https://x.io>", "see https://x.io"],
    ["mail <mailto:a@b.io|a@b.io>", "mail a@b.io"],
    ["  a   b  ", "a b"],
  ])("%j → %j", (raw, plain) => {
    expect(toPlainText(raw)).toBe(plain);
  });
});
