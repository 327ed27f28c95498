import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ACTIONS, ADMIN_FORM, VALUE, VIEWS } from "../../src/slack/ids.js";
import { bootApp, TEST_ADMIN, type TestApp } from "../support/boot.js";
import { FakeClock } from "../support/clock.js";
import { dealDriver, textOf } from "../support/deal-driver.js";
import { plainTextValue, staticSelectValue, type ViewState } from "../support/slack-view-state.js";

// Which stages default to which forecast category, saved from /deal admin's stages box, and
// what it does: a deal with no category of its own follows its stage's default.

let t: TestApp;
let drive: ReturnType<typeof dealDriver>;

beforeEach(async () => {
  t = await bootApp({
    clock: new FakeClock("2026-11-26T10:00:00Z"),
    env: { DEALBOT_TIMEZONE: "Europe/Helsinki", DEALBOT_CURRENCY: "EUR" },
  });
  t.slack.addUser({ id: TEST_ADMIN, realName: "Ada Admin" });
  t.slack.addUser({ id: "UANN01", realName: "Ann Rep", tz: "Europe/Helsinki" });
  await t.db.user.create({ data: { id: "UANN01", name: "Ann Rep" } });
  drive = dealDriver(t);
});
afterEach(async () => {
  await t.close();
});

function form(stages: string): ViewState {
  return {
    [ADMIN_FORM.timezone]: { [VALUE]: plainTextValue("Europe/Helsinki") },
    [ADMIN_FORM.currency]: { [VALUE]: plainTextValue("EUR") },
    [ADMIN_FORM.language]: { [VALUE]: staticSelectValue("en") },
    [ADMIN_FORM.digestChannels]: {
      [VALUE]: { type: "multi_conversations_select", selected_conversations: [] },
    },
    [ADMIN_FORM.alertsChannel]: { [VALUE]: { type: "conversations_select", selected_conversation: null } },
    [ADMIN_FORM.npsChannel]: { [VALUE]: { type: "conversations_select", selected_conversation: null } },
    [ADMIN_FORM.stages]: { [VALUE]: plainTextValue(stages) },
    [ADMIN_FORM.lossReasons]: { [VALUE]: plainTextValue("Price\nTiming") },
    [ADMIN_FORM.managers]: { [ACTIONS.adminManagers]: { type: "multi_users_select", selected_users: [] } },
  } as unknown as ViewState;
}

const categories = async () =>
  Object.fromEntries(
    (await t.db.stage.findMany({ where: { active: true, kind: "open" }, orderBy: { position: "asc" } })).map(
      (s) => [s.key, s.forecastCategory],
    ),
  );

describe("/deal admin: stage default forecast categories", () => {
  it("saves a category after a stage's probability, shows it again, and deals follow it", async () => {
    await drive.command("UANN01", "new Acme amount 12k stage proposal close 2026-11-30");
    const stages = "Lead: 10%\nQualified: 25%\nProposal: 50% commit\nNegotiation: 75% omit";
    const result = await drive.submit(TEST_ADMIN, VIEWS.admin, form(stages), "{}");
    expect(result.body).toEqual({ response_action: "clear" });
    expect(await categories()).toEqual({
      lead: null,
      qualified: null,
      proposal: "commit",
      negotiation: "omit",
    });

    // The box shows them again as saved; the hint explains the words.
    await drive.command(TEST_ADMIN, "admin");
    const [open] = await t.slack.waitFor("views.open");
    const text = textOf(open?.body.view);
    expect(text).toContain("Proposal: 50% commit\\nNegotiation: 75% omit");
    expect(text).toContain("Add commit, best, pipeline or omit after it");

    // Acme has no category of its own: it is now in Commit, so November's commit counts it.
    const forecast = textOf((await drive.command("UANN01", "forecast")).reply);
    expect(forecast).toContain("€12,000");
    const update = await drive.command("UANN01", "update acme");
    expect(JSON.stringify(update.modal)).toContain(
      '"initial_option":{"text":{"type":"plain_text","text":"Commit"},"value":"commit"}',
    );

    // Saved again without the words: back to the probability rule.
    await drive.submit(
      TEST_ADMIN,
      VIEWS.admin,
      form("Lead: 10%\nQualified: 25%\nProposal: 50%\nNegotiation: 75%"),
      "{}",
    );
    expect(await categories()).toEqual({ lead: null, qualified: null, proposal: null, negotiation: null });
  });
});
