import { describe, expect, it } from "vitest";
import { parseDealCommand } from "../../src/parse/deal-command.js";
import { mayOpenForm } from "../../src/slack/commands/run.js";

describe("mayOpenForm: which /deal commands may answer with a form (their work starts at once)", () => {
  it.each([
    ["new Acme", true],
    ["new Acme amount 5k close friday", true],
    ["update Acme", true],
    ["update Acme amount 5k", false],
    ["lost Acme", true],
    ["lost Acme reason price", false],
    ["admin", true],
    ["list", false],
    ["show Acme", false],
    ["won Acme", false],
    ["undo", false],
  ])("%s → %s", (text, expected) => {
    expect(mayOpenForm(parseDealCommand(text))).toBe(expected);
  });
});
