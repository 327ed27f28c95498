import { describe, expect, it } from "vitest";
import { searchKey, stripControls } from "../../../src/parse/clean-text.js";

describe("stripControls", () => {
  it.each([
    ["a\u0000b", "ab"],
    ["line\r\nnext\rlast", "line\nnext\nlast"],
    ["tab\tkept\nnewline kept", "tab\tkept\nnewline kept"],
    ["bell\u0007 del\u007f c1\u0085", "bell del c1"],
    ["evil\u202Egnp.exe", "evilgnp.exe"],
    ["Ünïcödé ✓ 😀", "Ünïcödé ✓ 😀"],
  ])("%j → %j", (input, expected) => {
    expect(stripControls(input)).toBe(expected);
  });
});

describe("searchKey", () => {
  it.each([
    ["İstanbul Trading", "istanbul trading"],
    ["Straße GmbH", "strasse gmbh"],
    ["  Müller   &  Söhne ", "muller & sohne"],
    ["ＡＣＭＥ", "acme"],
    ["Smith\u0000 & Sons", "smith & sons"],
  ])("%j → %j", (input, expected) => {
    expect(searchKey(input)).toBe(expected);
  });
});
