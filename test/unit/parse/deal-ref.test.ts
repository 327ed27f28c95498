import { describe, expect, it } from "vitest";
import { parseDealRef as rawParseDealRef } from "../../../src/parse/deal-ref.js";
import { inEnglish } from "../../support/problems.js";

const parseDealRef = (...args: Parameters<typeof rawParseDealRef>) => inEnglish(rawParseDealRef(...args));

describe("parseDealRef accepts", () => {
  it.each([
    ["#42", { kind: "id", id: 42 }],
    [" #7 ", { kind: "id", id: 7 }],
    ["#007", { kind: "id", id: 7 }],
    ["#2147483647", { kind: "id", id: 2_147_483_647 }],
    ["Acme", { kind: "name", query: "Acme" }],
    ["Acme  Corp", { kind: "name", query: "Acme Corp" }],
    ["42", { kind: "name", query: "42" }],
    ["R&amp;D Tools", { kind: "name", query: "R&D Tools" }],
    ["Acme #2", { kind: "name", query: "Acme #2" }],
    ["Next Gen Ltd", { kind: "name", query: "Next Gen Ltd" }],
  ])("%j → %o", (text, ref) => {
    expect(parseDealRef(text)).toEqual({ ok: true, value: ref });
  });
});

describe("parseDealRef refuses", () => {
  it.each([
    ["#abc", /Deal "#abc" is not a deal number/],
    ["#", /Deal "#" is not a deal number/],
    ["#0", /Deal "#0" is not a deal number/],
    ["#-1", /Deal "#-1" is not a deal number/],
    ["#4.2", /Deal "#4\.2" is not a deal number/],
    ["#42abc", /Deal "#42abc"/],
    ["#42 Acme", /Deal "#42 Acme"/],
    ["# 42", /Deal "# 42"/],
    ["#2147483648", /Deal "#2147483648"/],
    ["#99999999999", /Deal "#99999999999"/],
    ["<#C123|general>", /"#general" is a Slack channel/],
    ["<#C123>", /is a Slack channel/],
    ["<@U123|maria>", /"@maria" is a person/],
    ["<!here>", /"@here" is a person/],
    ["", /^Which deal\?/],
    ["   ", /^Which deal\?/],
    ["x".repeat(201), /too long/],
  ])("%j (%s)", (text, reason) => {
    const result = parseDealRef(text);
    expect(result).toMatchObject({ ok: false });
    if (result.ok) return;
    expect(result.error).toMatch(reason);
    expect(result.error).toMatch(/e\.g\. #42/);
  });
});
