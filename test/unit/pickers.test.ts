import { describe, expect, it } from "vitest";
import type { StageRow } from "../../src/db/catalog.js";
import { matchStage } from "../../src/domain/deals/match-stage.js";
import { parseDealCommand } from "../../src/parse/deal-command.js";
import { ACTIONS } from "../../src/slack/ids.js";
import { LIMITS } from "../../src/slack/limits.js";
import { withStage } from "../../src/slack/listeners/actions/pick.js";
import {
  contactChooserMessage,
  MAX_CONTACT_CHOICES,
  privateChannelsMessage,
  stageChooserMessage,
} from "../../src/slack/views/pickers.js";

const stage = (id: number, key: string, name: string): StageRow =>
  ({ id, key, name, position: id, probability: 10 * id, kind: "open" }) as StageRow;
const STAGES = [
  stage(1, "proposal", "Proposal"),
  stage(2, "poc", "Proof of concept"),
  stage(3, "lead", "Lead"),
];

type Button = { action_id: string; value: string; text: { text: string } };
const buttonsOf = (message: unknown): Button[] => {
  const found: Button[] = [];
  JSON.stringify(message, (_k, v) => {
    if (v?.type === "button") found.push(v);
    return v;
  });
  return found;
};

describe("matchStage", () => {
  it("gives the candidates when what was typed fits several stages", () => {
    const match = matchStage(STAGES, "pro");
    expect(match.ok).toBe(false);
    expect(!match.ok && match.candidates?.map((s) => s.key)).toEqual(["proposal", "poc"]);
  });

  it("takes a key typed exactly (as a picker sends it) even when a name folds to the same word", () => {
    const clash = [stage(1, "demo", "Intro"), stage(2, "intro", "Demo")];
    expect(matchStage(clash, "demo")).toMatchObject({ ok: true, value: { key: "demo" } });
    expect(matchStage(clash, "intro")).toMatchObject({ ok: true, value: { key: "intro" } });
  });

  it("has no candidates when nothing fits", () => {
    const match = matchStage(STAGES, "zzz");
    expect(match.ok || "candidates" in match).toBe(false);
  });
});

describe("stage picker", () => {
  it("has one button per stage, each with its own action id, carrying the command, the key and the deal", () => {
    const message = stageChooserMessage({
      typed: "pro",
      stages: STAGES.slice(0, 2),
      commandText: "update acme stage pro",
      dealId: 7,
      lang: "en",
    });
    expect(message.text).toBe("Stage “pro” could be Proposal, Proof of concept. Which one did you mean?");
    const buttons = buttonsOf(message);
    expect(buttons.map((b) => b.action_id)).toEqual([`${ACTIONS.chooseStage}:0`, `${ACTIONS.chooseStage}:1`]);
    expect(JSON.parse(buttons[1]!.value)).toEqual({ text: "update acme stage pro", stage: "poc", dealId: 7 });
  });

  it("escapes what was typed and leaves the buttons out when the command is too long for a value", () => {
    const message = stageChooserMessage({
      typed: "<!channel>",
      stages: STAGES,
      commandText: `new X next ${"x".repeat(LIMITS.buttonValue)}`,
      lang: "en",
    });
    expect(JSON.stringify(message)).not.toContain("<!channel>");
    expect(buttonsOf(message)).toEqual([]);
    expect(message.blocks).toHaveLength(1);
  });
});

describe("contact picker", () => {
  const contacts = Array.from({ length: MAX_CONTACT_CHOICES + 3 }, (_, i) => ({
    id: i + 1,
    name: `Olga ${i + 1}`,
    email: i === 0 ? null : `olga${i + 1}@x.example`,
    account: "A & B",
  }));

  it("shows name, email and account, one Send button each, and how many more there are", () => {
    const message = contactChooserMessage({
      query: "olga",
      contacts,
      commandText: "nps send olga",
      lang: "fi",
    });
    const text = JSON.stringify(message.blocks);
    expect(text).toContain("*Olga 1* · ei sähköpostia · A &amp; B");
    expect(text).toContain("*Olga 2* · olga2@x.example · A &amp; B");
    const buttons = buttonsOf(message);
    expect(buttons).toHaveLength(MAX_CONTACT_CHOICES);
    expect(buttons[0]?.text.text).toBe("Lähetä kysely");
    expect(JSON.parse(buttons[0]!.value)).toEqual({ text: "nps send olga", contactId: 1 });
    expect(text).toContain("…ja 3 muuta");
    expect(message.blocks.length).toBeLessThanOrEqual(LIMITS.blocksPerMessage);
  });
});

describe("private channel warning", () => {
  it.each(["en", "fi", "pl", "uk", "ru"] as const)(
    "names each channel and the invite command (%s)",
    (lang) => {
      const message = privateChannelsMessage(["GA", "GB"], lang);
      const text = JSON.stringify(message.blocks);
      for (const id of ["GA", "GB"]) expect(text).toContain(`<#${id}>`);
      expect(text).toContain("`/invite @Dealbot`");
      expect(message.text).not.toContain("`");
    },
  );
});

describe("withStage", () => {
  it("puts the stage picked into new, update and list, and leaves other commands alone", () => {
    expect(withStage(parseDealCommand("update acme stage pro amount 5k"), "poc")).toMatchObject({
      kind: "update",
      fields: { stage: "poc", amount: "5k" },
    });
    expect(withStage(parseDealCommand("new Beta stage pro"), "proposal")).toMatchObject({
      kind: "new",
      fields: { name: "Beta", stage: "proposal" },
    });
    expect(withStage(parseDealCommand("list stage pro"), "poc")).toMatchObject({
      kind: "list",
      stage: "poc",
    });
    expect(withStage(parseDealCommand("show acme"), "poc")).toEqual(parseDealCommand("show acme"));
  });
});
