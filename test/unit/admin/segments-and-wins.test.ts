import { describe, expect, it } from "vitest";
import type { CatalogStage } from "../../../src/db/catalog.js";
import { planTeamSettings } from "../../../src/domain/admin/plan-team-settings.js";
import type { TeamSettingsInput } from "../../../src/domain/admin/team-settings-input.js";
import { readAdminForm } from "../../../src/slack/forms/read-admin-form.js";
import { ADMIN_FORM, VALUE } from "../../../src/slack/ids.js";

const STAGES: CatalogStage[] = [
  { id: 1, key: "lead", name: "Lead", probability: 10, position: 1, kind: "open", active: true },
  { id: 2, key: "won", name: "Won", probability: 100, position: 2, kind: "won", active: true },
  { id: 3, key: "lost", name: "Lost", probability: 0, position: 3, kind: "lost", active: true },
];
const CURRENT = {
  stages: STAGES,
  openDeals: new Map<number, number>(),
  lossReasons: [{ id: 1, key: "price", label: "Price", position: 1, active: true }],
  members: [],
};
const INPUT: TeamSettingsInput = {
  timezone: "UTC",
  currency: "EUR",
  digestChannels: [],
  alertsChannel: null,
  npsChannel: null,
  stagesText: "Lead: 10%",
  lossReasonsText: "Price",
  managerIds: [],
  repsByManager: {},
};

describe("team settings: win channel and segments", () => {
  it("saves the win channel and the segment list (one per line, duplicates dropped)", () => {
    const plan = planTeamSettings(
      { ...INPUT, winChannel: "CWINS", segmentsText: "SMB\n Mid-market \n\nEnterprise\nSMB" },
      CURRENT,
    );
    expect(plan.ok && plan.writes.workspace).toMatchObject({
      winChannel: "CWINS",
      segments: "SMB,Mid-market,Enterprise",
    });
    expect(plan.ok && plan.summary.segments).toEqual(["SMB", "Mid-market", "Enterprise"]);
  });

  it("leaves both as saved when the form did not have them", () => {
    const plan = planTeamSettings(INPUT, CURRENT);
    expect(plan.ok && plan.writes.workspace).not.toHaveProperty("winChannel");
    expect(plan.ok && plan.writes.workspace).not.toHaveProperty("segments");
  });

  it("reads them from the modal's state", () => {
    const reading = readAdminForm({
      [ADMIN_FORM.winChannel]: { [VALUE]: { type: "conversations_select", selected_conversation: "CWINS" } },
      [ADMIN_FORM.segments]: { [VALUE]: { type: "plain_text_input", value: "SMB\nEnterprise" } },
    });
    expect(reading.ok && reading.input).toMatchObject({
      winChannel: "CWINS",
      segmentsText: "SMB\nEnterprise",
    });
  });
});
