import type { InputBlock } from "@slack/types";
import { describe, expect, it } from "vitest";
import { parseStageLines } from "../../../src/domain/admin/parse-stage-lines.js";
import { readAdminForm } from "../../../src/slack/forms/read-admin-form.js";
import { ACTIONS, ADMIN_FORM, VALUE, VIEWS } from "../../../src/slack/ids.js";
import { LIMITS } from "../../../src/slack/limits.js";
import { type AdminFormValues, adminFormView, stagesText } from "../../../src/slack/views/admin-form.js";

const VALUES: AdminFormValues = {
  timezone: "Europe/Helsinki",
  currency: "EUR",
  language: "fi",
  digestChannels: ["C1"],
  alertsChannel: null,
  npsChannel: "C9",
  stagesText: "Lead: 10%\nProposal: 50%",
  lossReasonsText: "Price",
  managers: [{ id: "UMEG", name: "Meg Manager", repIds: ["UANN"] }],
};
const managers = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `UM${i}`, name: `Manager ${i}`, repIds: [] }));
const input = (view: ReturnType<typeof adminFormView>, blockId: string) =>
  view.blocks.find((b) => b.type === "input" && b.block_id === blockId) as InputBlock | undefined;

describe("adminFormView", () => {
  it("lays out the settings with ids the listeners read", () => {
    const view = adminFormView({ values: VALUES, metadata: { responseUrl: "https://example.com/r" } });
    expect(view.callback_id).toBe(VIEWS.admin);
    expect(JSON.parse(view.private_metadata ?? "")).toEqual({ responseUrl: "https://example.com/r" });
    expect(view.blocks.map((b) => b.block_id ?? b.type)).toEqual([
      ADMIN_FORM.timezone,
      ADMIN_FORM.currency,
      ADMIN_FORM.language,
      ADMIN_FORM.digestChannels,
      ADMIN_FORM.alertsChannel,
      ADMIN_FORM.npsChannel,
      ADMIN_FORM.winChannel,
      ADMIN_FORM.segments,
      ADMIN_FORM.stages,
      ADMIN_FORM.lossReasons,
      "divider",
      ADMIN_FORM.managers,
      "reps:UMEG",
    ]);
    expect(input(view, ADMIN_FORM.timezone)?.element).toMatchObject({ initial_value: "Europe/Helsinki" });
    expect(input(view, ADMIN_FORM.language)?.element).toMatchObject({
      type: "static_select",
      initial_option: { value: "fi", text: { text: "suomi" } },
    });
    expect(input(view, ADMIN_FORM.digestChannels)?.element).toMatchObject({
      type: "multi_conversations_select",
      initial_conversations: ["C1"],
      filter: { include: ["public", "private"] },
    });
    expect(input(view, ADMIN_FORM.alertsChannel)?.element).not.toHaveProperty("initial_conversation");
    expect(input(view, ADMIN_FORM.npsChannel)?.element).toMatchObject({ initial_conversation: "C9" });
    expect(input(view, ADMIN_FORM.managers)).toMatchObject({
      dispatch_action: true,
      optional: true,
      element: { type: "multi_users_select", action_id: ACTIONS.adminManagers, initial_users: ["UMEG"] },
    });
    expect(input(view, "reps:UMEG")).toMatchObject({
      label: { text: "Reps of Meg Manager" },
      element: { type: "multi_users_select", action_id: VALUE, initial_users: ["UANN"] },
    });
  });

  it("leaves out empty initial lists (Slack refuses them)", () => {
    const view = adminFormView({ values: { ...VALUES, digestChannels: [], managers: [] }, metadata: {} });
    expect(input(view, ADMIN_FORM.digestChannels)?.element).not.toHaveProperty("initial_conversations");
    expect(input(view, ADMIN_FORM.managers)?.element).not.toHaveProperty("initial_users");
  });

  it.each([87, 88])("shows a box for each of %i managers", (n) => {
    const view = adminFormView({ values: { ...VALUES, managers: managers(n) }, metadata: {} });
    expect(view.blocks.length).toBeLessThanOrEqual(LIMITS.blocksPerView);
    expect(view.blocks.filter((b) => b.block_id?.startsWith(ADMIN_FORM.repsPrefix))).toHaveLength(n);
    expect(view.blocks.at(-1)?.type).toBe("input");
  });

  it("cuts many managers with a line saying how many are not shown", () => {
    const view = adminFormView({ values: { ...VALUES, managers: managers(150) }, metadata: {} });
    expect(view.blocks).toHaveLength(LIMITS.blocksPerView);
    expect(view.blocks.filter((b) => b.block_id?.startsWith(ADMIN_FORM.repsPrefix))).toHaveLength(87);
    expect(JSON.stringify(view.blocks.at(-1))).toContain("63 more managers' reps are not shown");
    expect(JSON.stringify(view.blocks.at(-1))).toContain("Pick fewer managers");
  });

  it("says so even when one manager is left out", () => {
    const view = adminFormView({ values: { ...VALUES, managers: managers(89) }, metadata: {} });
    expect(view.blocks).toHaveLength(LIMITS.blocksPerView);
    expect(JSON.stringify(view.blocks.at(-1))).toContain("2 more managers' reps are not shown");
  });

  it("keeps the title within Slack's limit", () => {
    const view = adminFormView({ values: VALUES, metadata: {} });
    expect(view.title.text.length).toBeLessThanOrEqual(LIMITS.modalTitle);
  });
});

describe("stagesText", () => {
  it("lists the open stages in a form the parser reads back", () => {
    const text = stagesText([
      { id: 1, key: "lead", name: "Lead", position: 1, probability: 10, kind: "open" },
      { id: 2, key: "demo", name: "Demo: live", position: 2, probability: 40, kind: "open" },
      { id: 3, key: "won", name: "Won", position: 3, probability: 100, kind: "won" },
    ]);
    expect(text).toBe("Lead: 10%\nDemo: live: 40%");
    expect(parseStageLines(text)).toEqual({
      ok: true,
      stages: [
        { name: "Lead", probability: 10 },
        { name: "Demo: live", probability: 40 },
      ],
    });
  });
});

describe("readAdminForm", () => {
  it("reads every element type of the modal", () => {
    const reading = readAdminForm({
      [ADMIN_FORM.timezone]: { [VALUE]: { type: "plain_text_input", value: "UTC" } },
      [ADMIN_FORM.currency]: { [VALUE]: { type: "plain_text_input", value: null } },
      [ADMIN_FORM.digestChannels]: {
        [VALUE]: { type: "multi_conversations_select", selected_conversations: ["C1", "C2"] },
      },
      [ADMIN_FORM.alertsChannel]: { [VALUE]: { type: "conversations_select", selected_conversation: "C3" } },
      [ADMIN_FORM.npsChannel]: { [VALUE]: { type: "conversations_select", selected_conversation: null } },
      [ADMIN_FORM.managers]: {
        [ACTIONS.adminManagers]: { type: "multi_users_select", selected_users: ["UMEG"] },
      },
      "reps:UMEG": { [VALUE]: { type: "multi_users_select", selected_users: ["UANN"] } },
    });
    expect(reading).toEqual({
      ok: true,
      input: {
        timezone: "UTC",
        currency: "",
        digestChannels: ["C1", "C2"],
        alertsChannel: "C3",
        npsChannel: null,
        stagesText: "",
        lossReasonsText: "",
        managerIds: ["UMEG"],
        repsByManager: { UMEG: ["UANN"] },
      },
    });
  });

  it.each([null, "text", { timezone: "UTC" }, { timezone: { value: 5 } }])(
    "says the form could not be read for %j",
    (state) => {
      expect(readAdminForm(state)).toEqual({
        ok: false,
        errors: { [ADMIN_FORM.timezone]: expect.stringContaining("could not be read") },
      });
    },
  );
});
