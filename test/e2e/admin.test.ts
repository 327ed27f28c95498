import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { StagesInUseError } from "../../src/db/catalog.js";
import { saveTeamSettingsAtomically } from "../../src/db/workspace.js";
import { DEFAULT_LOSS_REASONS } from "../../src/domain/setup/prepare-workspace.js";
import { ACTIONS, ADMIN_FORM, VALUE, VIEWS } from "../../src/slack/ids.js";
import { bootApp, TEST_ADMIN, type TestApp } from "../support/boot.js";
import { FakeClock } from "../support/clock.js";
import { dealDriver, textOf } from "../support/deal-driver.js";
import { blockActions } from "../support/slack-requests.js";
import { plainTextValue, staticSelectValue, type ViewState } from "../support/slack-view-state.js";

// State values of the selects this modal uses, as Slack sends them.
const usersValue = (ids: string[]) => ({ type: "multi_users_select", selected_users: ids });
const conversationValue = (id: string | null) => ({
  type: "conversations_select",
  selected_conversation: id,
});
const conversationsValue = (ids: string[]) => ({
  type: "multi_conversations_select",
  selected_conversations: ids,
});

let t: TestApp;
let drive: ReturnType<typeof dealDriver>;

beforeEach(async () => {
  t = await bootApp({
    clock: new FakeClock("2026-11-26T10:00:00Z"),
    env: { DEALBOT_TIMEZONE: "Europe/Helsinki", DEALBOT_CURRENCY: "EUR", DEALBOT_CHANNEL_DIGEST: "CDIGEST" },
  });
  t.slack.addUser({ id: TEST_ADMIN, realName: "Ada Admin" });
  t.slack.addUser({ id: "UMGR01", realName: "Meg Manager", tz: "Europe/Helsinki" });
  t.slack.addUser({ id: "UANN01", realName: "Ann Rep", tz: "Europe/Helsinki" });
  t.slack.addUser({ id: "UBOB01", realName: "Bob Rep", tz: "Europe/Helsinki" });
  // Carl is in Slack but Dealbot has not met him yet.
  t.slack.addUser({ id: "UCAR01", realName: "Carl Rep", tz: "Europe/Helsinki" });
  await t.db.user.create({ data: { id: "UMGR01", name: "Meg Manager", role: "manager" } });
  await t.db.user.create({ data: { id: "UANN01", name: "Ann Rep", managerId: "UMGR01" } });
  await t.db.user.create({ data: { id: "UBOB01", name: "Bob Rep" } });
  drive = dealDriver(t);
});
afterEach(async () => {
  await t.close();
});

interface FormInput {
  timezone: string | null;
  currency: string | null;
  language: string | null;
  digest: string[];
  alerts: string | null;
  nps: string | null;
  stages: string | null;
  reasons: string | null;
  managers: string[];
  reps: Record<string, string[]>;
}

// A valid form that changes something in every part: if any of it were saved, a test would see it.
const VALID: FormInput = {
  timezone: "europe/helsinki",
  currency: "usd",
  language: "pl",
  digest: ["C1", "C2"],
  alerts: "C3",
  nps: null,
  stages: "Qualified: 20%\nLead: 10%\nDemo: 40%\nProposal: 55\nClosing - 80%",
  reasons: "Price too high\nWent with a competitor\nNo champion",
  managers: ["UMGR01", "UBOB01"],
  reps: { UMGR01: [], UBOB01: ["UANN01", "UCAR01"] },
};

function form(overrides: Partial<FormInput> = {}): ViewState {
  const f = { ...VALID, ...overrides };
  const state: Record<string, Record<string, unknown>> = {
    [ADMIN_FORM.timezone]: { [VALUE]: plainTextValue(f.timezone) },
    [ADMIN_FORM.currency]: { [VALUE]: plainTextValue(f.currency) },
    [ADMIN_FORM.language]: { [VALUE]: staticSelectValue(f.language) },
    [ADMIN_FORM.digestChannels]: { [VALUE]: conversationsValue(f.digest) },
    [ADMIN_FORM.alertsChannel]: { [VALUE]: conversationValue(f.alerts) },
    [ADMIN_FORM.npsChannel]: { [VALUE]: conversationValue(f.nps) },
    [ADMIN_FORM.stages]: { [VALUE]: plainTextValue(f.stages) },
    [ADMIN_FORM.lossReasons]: { [VALUE]: plainTextValue(f.reasons) },
    [ADMIN_FORM.managers]: { [ACTIONS.adminManagers]: usersValue(f.managers) },
  };
  for (const [managerId, reps] of Object.entries(f.reps))
    state[`${ADMIN_FORM.repsPrefix}${managerId}`] = { [VALUE]: usersValue(reps) };
  return state as unknown as ViewState;
}

/** Everything the modal may change, to show that a refused submit saved nothing. */
async function snapshot() {
  return {
    workspace: await t.db.workspace.findMany(),
    stages: await t.db.stage.findMany({ orderBy: { id: "asc" } }),
    reasons: await t.db.lossReason.findMany({ orderBy: { id: "asc" } }),
    users: await t.db.user.findMany({
      select: { id: true, role: true, managerId: true },
      orderBy: { id: "asc" },
    }),
  };
}

type Block = { block_id?: string; type: string; label?: { text: string }; element?: Record<string, unknown> };
const blockOf = (view: unknown, blockId: string) =>
  (view as { blocks: Block[] }).blocks.find((b) => b.block_id === blockId);

async function openModal() {
  const opened = await drive.command(TEST_ADMIN, "admin");
  const [call] = await t.slack.waitFor("views.open");
  return {
    opened,
    view: call?.body.view as { private_metadata: string; callback_id: string; blocks: Block[] },
  };
}

const activeStages = () =>
  t.db.stage.findMany({
    where: { active: true },
    orderBy: { position: "asc" },
    select: { key: true, name: true, probability: true, kind: true },
  });

describe("/deal admin", () => {
  it("refuses people who are not admins, and opens nothing", async () => {
    const result = await drive.command("UMGR01", "admin");
    expect(textOf(result.reply)).toContain("Only Dealbot admins can change team settings");
    expect(t.slack.callsTo("views.open")).toHaveLength(0);
  });

  it("opens the settings modal prefilled with the settings in effect and the current team", async () => {
    const { view } = await openModal();
    expect(view.callback_id).toBe(VIEWS.admin);
    expect(JSON.parse(view.private_metadata).responseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/response\//);
    expect(blockOf(view, ADMIN_FORM.timezone)?.element?.initial_value).toBe("Europe/Helsinki");
    expect(blockOf(view, ADMIN_FORM.currency)?.element?.initial_value).toBe("EUR");
    expect(blockOf(view, ADMIN_FORM.digestChannels)?.element?.initial_conversations).toEqual(["CDIGEST"]);
    expect(blockOf(view, ADMIN_FORM.stages)?.element?.initial_value).toBe(
      "Lead: 10%\nQualified: 25%\nProposal: 50%\nNegotiation: 75%",
    );
    expect(blockOf(view, ADMIN_FORM.lossReasons)?.element?.initial_value).toBe(
      DEFAULT_LOSS_REASONS.map((r) => r.label).join("\n"),
    );
    expect(blockOf(view, ADMIN_FORM.managers)).toMatchObject({
      dispatch_action: true,
      element: { type: "multi_users_select", action_id: ACTIONS.adminManagers, initial_users: ["UMGR01"] },
    });
    expect(blockOf(view, "reps:UMGR01")).toMatchObject({
      label: { text: "Reps of Meg Manager" },
      element: { type: "multi_users_select", initial_users: ["UANN01"] },
    });
    expect(view.blocks.length).toBeLessThanOrEqual(100);
  });

  it("prefills what an admin saved over the environment's defaults", async () => {
    await t.db.workspace.create({
      data: {
        id: "default",
        timezone: "Asia/Tokyo",
        currency: "JPY",
        digestChannels: "",
        alertsChannel: "CALERT",
      },
    });
    const { view } = await openModal();
    expect(blockOf(view, ADMIN_FORM.timezone)?.element?.initial_value).toBe("Asia/Tokyo");
    expect(blockOf(view, ADMIN_FORM.currency)?.element?.initial_value).toBe("JPY");
    expect(blockOf(view, ADMIN_FORM.digestChannels)?.element).not.toHaveProperty("initial_conversations");
    expect(blockOf(view, ADMIN_FORM.alertsChannel)?.element?.initial_conversation).toBe("CALERT");
  });
});

describe("saving the team settings", () => {
  beforeEach(async () => {
    await drive.command("UANN01", "new Acme amount 12k stage proposal close next friday");
  });

  it("saves settings, stages, loss reasons and the team, then confirms", async () => {
    const proposalId = (await t.db.stage.findUniqueOrThrow({ where: { key: "proposal" } })).id;
    // Before: Bob is a rep and may not touch Ann's deal.
    expect(textOf((await drive.command("UBOB01", "update acme close 2026-12-18")).reply)).toContain(
      "you can change only your own deals",
    );

    const { view } = await openModal();
    const result = await drive.submit(TEST_ADMIN, VIEWS.admin, form(), view.private_metadata);
    expect(result.body).toEqual({ response_action: "clear" });

    expect(await t.db.workspace.findUniqueOrThrow({ where: { id: "default" } })).toMatchObject({
      timezone: "Europe/Helsinki",
      currency: "USD",
      locale: "pl",
      digestChannels: "C1,C2",
      alertsChannel: "C3",
      npsChannel: null,
      updatedBy: TEST_ADMIN,
    });
    expect(await activeStages()).toEqual([
      { key: "qualified", name: "Qualified", probability: 20, kind: "open" },
      { key: "lead", name: "Lead", probability: 10, kind: "open" },
      { key: "demo", name: "Demo", probability: 40, kind: "open" },
      { key: "proposal", name: "Proposal", probability: 55, kind: "open" },
      { key: "closing", name: "Closing", probability: 80, kind: "open" },
      { key: "won", name: "Won", probability: 100, kind: "won" },
      { key: "lost", name: "Lost", probability: 0, kind: "lost" },
    ]);
    expect((await t.db.stage.findUniqueOrThrow({ where: { key: "negotiation" } })).active).toBe(false);
    // Acme stays in the same Proposal stage row.
    expect((await t.db.deal.findFirstOrThrow({ where: { name: "Acme" } })).stageId).toBe(proposalId);

    const reasons = await t.db.lossReason.findMany({ orderBy: { position: "asc" } });
    expect(reasons.filter((r) => r.active).map((r) => r.label)).toEqual([
      "Price too high",
      "Went with a competitor",
      "No champion",
    ]);
    expect(reasons.filter((r) => !r.active)).toHaveLength(DEFAULT_LOSS_REASONS.length - 2);

    const users = await t.db.user.findMany({ select: { id: true, role: true, managerId: true } });
    expect(users).toEqual(
      expect.arrayContaining([
        { id: TEST_ADMIN, role: "admin", managerId: null },
        { id: "UMGR01", role: "manager", managerId: null },
        { id: "UBOB01", role: "manager", managerId: null },
        { id: "UANN01", role: "rep", managerId: "UBOB01" },
        { id: "UCAR01", role: "rep", managerId: "UBOB01" },
      ]),
    );

    // The confirmation goes to the response URL of the /deal admin command that opened the modal.
    const responseUrl = String(JSON.parse(view.private_metadata).responseUrl);
    const [confirmation] = await t.slack.waitForResponses({ id: responseUrl.split("/").at(-1) ?? "" });
    const text = textOf(confirmation?.body);
    expect(text).toContain("Team settings saved");
    expect(text).toContain("timezone Europe/Helsinki, currency USD");
    expect(text).toContain("Qualified 20% → Lead 10% → Demo 40% → Proposal 55% → Closing 80%");
    expect(text).toContain("Retired stages: Negotiation");
    expect(text).toContain("<@UBOB01>: <@UANN01>, <@UCAR01>");

    // Carl, first met in the form, gets his Slack name once the modal has closed.
    await expect
      .poll(async () => (await t.db.user.findUnique({ where: { id: "UCAR01" } }))?.name)
      .toBe("Carl Rep");

    // After: Bob manages Ann and may update her deal; Meg no longer may.
    const bob = await drive.command("UBOB01", "update acme stage demo close 2026-12-18");
    expect(textOf(bob.reply)).toContain("Updated");
    const acme = await t.db.deal.findFirstOrThrow({ where: { name: "Acme" }, include: { stage: true } });
    expect(acme).toMatchObject({ closeOn: "2026-12-18", stage: { key: "demo", probability: 40 } });
    const meg = await drive.command("UMGR01", "update acme close 2026-12-22");
    expect(textOf(meg.reply)).toContain("not on your team");
  });

  it("confirms by DM when the modal was opened without a response URL", async () => {
    const result = await drive.submit(TEST_ADMIN, VIEWS.admin, form(), "{}");
    expect(result.body).toEqual({ response_action: "clear" });
    const [dm] = await t.slack.waitFor("chat.postMessage");
    expect(dm?.body.channel).toBe(TEST_ADMIN);
    expect(textOf(dm?.body)).toContain("Team settings saved");
  });

  it.each<[string, Partial<FormInput>, string, string]>([
    ["an unknown timezone", { timezone: "Mars/Olympus" }, ADMIN_FORM.timezone, "e.g. Europe/Helsinki"],
    ["an empty timezone", { timezone: null }, ADMIN_FORM.timezone, "IANA name"],
    ["an unknown currency", { currency: "EURO" }, ADMIN_FORM.currency, "ISO 4217"],
    [
      "a stage line without probability",
      { stages: "Lead 10\nProposal: 50" },
      ADMIN_FORM.stages,
      'Line 1 "Lead 10" has no probability',
    ],
    [
      "a duplicate stage",
      { stages: "Lead: 10\nProposal: 50\nlead: 20" },
      ADMIN_FORM.stages,
      "already on line 1",
    ],
    [
      "a probability of 101",
      { stages: "Lead: 101%\nProposal: 50" },
      ADMIN_FORM.stages,
      'probability "101%" must be a whole number',
    ],
    ["no stage at all", { stages: null }, ADMIN_FORM.stages, "at least one open stage"],
    [
      "the won stage listed",
      { stages: "Lead: 10\nProposal: 50\nWon: 100" },
      ADMIN_FORM.stages,
      "always there",
    ],
    [
      "removing a stage with open deals",
      { stages: "Lead: 10\nQualified: 25\nNegotiation: 75" },
      ADMIN_FORM.stages,
      "1 open deal is still in Proposal: move it first",
    ],
    ["no loss reason", { reasons: "  " }, ADMIN_FORM.lossReasons, "at least one loss reason"],
    [
      "a loss reason too long",
      { reasons: "x".repeat(76) },
      ADMIN_FORM.lossReasons,
      "longer than 75 characters",
    ],
    [
      "a rep under two managers",
      { reps: { UMGR01: ["UANN01"], UBOB01: ["UANN01"] } },
      "reps:UBOB01",
      "Ann Rep is also picked under Meg Manager",
    ],
    [
      "a manager as their own rep",
      { reps: { UMGR01: ["UMGR01"], UBOB01: [] } },
      "reps:UMGR01",
      "Meg Manager can't be their own rep",
    ],
  ])("refuses %s inline and saves nothing", async (_what, overrides, block, message) => {
    const before = await snapshot();
    const result = await drive.submit(TEST_ADMIN, VIEWS.admin, form(overrides), "{}");
    expect(result.body.response_action).toBe("errors");
    expect(Object.keys(result.body.errors ?? {})).toEqual([block]);
    expect(result.body.errors?.[block]).toContain(message);
    expect(await snapshot()).toEqual(before);
    expect(t.slack.callsTo("chat.postMessage")).toHaveLength(0);
  });

  it("reports every problem at once, each on its block", async () => {
    const before = await snapshot();
    const result = await drive.submit(
      TEST_ADMIN,
      VIEWS.admin,
      form({
        timezone: "Nowhere",
        currency: "XX",
        stages: "Lead: 10\nLead: 200",
        reasons: "",
        reps: { UMGR01: ["UANN01"], UBOB01: ["UANN01"] },
      }),
      "{}",
    );
    expect(Object.keys(result.body.errors ?? {}).sort()).toEqual(
      [
        ADMIN_FORM.timezone,
        ADMIN_FORM.currency,
        ADMIN_FORM.stages,
        ADMIN_FORM.lossReasons,
        "reps:UBOB01",
      ].sort(),
    );
    expect(result.body.errors?.[ADMIN_FORM.stages]).toContain("already on line 1");
    expect(result.body.errors?.[ADMIN_FORM.stages]).toContain('probability "200"');
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a submit by someone who is not an admin", async () => {
    const before = await snapshot();
    const result = await drive.submit("UMGR01", VIEWS.admin, form(), "{}");
    expect(result.body).toEqual({
      response_action: "errors",
      errors: { [ADMIN_FORM.timezone]: expect.stringContaining("Only Dealbot admins") },
    });
    expect(await snapshot()).toEqual(before);
  });
});

describe("the save transaction", () => {
  it("writes nothing when a stage to retire gained open deals after the form was checked", async () => {
    await drive.command("UANN01", "new Acme amount 12k stage proposal close next friday");
    const stage = (key: string) => t.db.stage.findUniqueOrThrow({ where: { key } });
    const [lead, proposal] = [await stage("lead"), await stage("proposal")];
    const before = await snapshot();
    const saving = saveTeamSettingsAtomically(
      t.db,
      {
        workspace: { timezone: "Asia/Tokyo" },
        stages: {
          updates: [{ id: lead.id, name: "Lead", probability: 99, position: 1, active: true }],
          creates: [{ key: "demo", name: "Demo", probability: 40, position: 2, kind: "open" }],
          retire: [{ id: proposal.id, name: "Proposal" }],
        },
        lossReasons: { updates: [], creates: [{ key: "new", label: "New", position: 9 }], retire: [] },
        team: [{ id: "UBOB01", role: "manager" }],
      },
      TEST_ADMIN,
    );
    await expect(saving).rejects.toBeInstanceOf(StagesInUseError);
    expect(await snapshot()).toEqual(before);
  });
});

describe("changing the managers in the modal", () => {
  const dispatch = (values: ViewState, options: { viewId?: string; hash?: string } = {}) =>
    t.send(
      blockActions({
        userId: TEST_ADMIN,
        actions: [
          { actionId: ACTIONS.adminManagers, blockId: ADMIN_FORM.managers, type: "multi_users_select" },
        ],
        view: {
          callbackId: VIEWS.admin,
          viewId: options.viewId ?? "V_ADMIN",
          hash: options.hash ?? "1700000000.admin",
          values,
          privateMetadata: JSON.stringify({ responseUrl: "https://hooks.slack.com/commands/T/1/x" }),
        },
      }),
    );

  it("re-renders with a Reps box per manager, keeping what was typed", async () => {
    const values = form({
      timezone: "Asia/Tokyo",
      stages: "Lead: 5%",
      managers: ["UMGR01", "UBOB01", "UCAR01"],
      reps: { UMGR01: ["UANN01"] },
    });
    const sent = await dispatch(values);
    expect(sent.status).toBe(200);
    const [update] = await t.slack.waitFor("views.update");
    expect(update?.body).toMatchObject({ view_id: "V_ADMIN", hash: "1700000000.admin" });
    const view = update?.body.view as { callback_id: string; private_metadata: string; blocks: Block[] };
    expect(view.callback_id).toBe(VIEWS.admin);
    expect(JSON.parse(view.private_metadata)).toEqual({
      responseUrl: "https://hooks.slack.com/commands/T/1/x",
    });
    expect(blockOf(view, ADMIN_FORM.timezone)?.element?.initial_value).toBe("Asia/Tokyo");
    expect(blockOf(view, ADMIN_FORM.stages)?.element?.initial_value).toBe("Lead: 5%");
    expect(blockOf(view, ADMIN_FORM.managers)?.element?.initial_users).toEqual([
      "UMGR01",
      "UBOB01",
      "UCAR01",
    ]);
    expect(
      view.blocks.filter((b) => b.block_id?.startsWith(ADMIN_FORM.repsPrefix)).map((b) => b.label?.text),
    ).toEqual(["Reps of Meg Manager", "Reps of Bob Rep", "Reps of Carl Rep"]);
    expect(blockOf(view, "reps:UMGR01")?.element?.initial_users).toEqual(["UANN01"]);
    expect(blockOf(view, "reps:UBOB01")?.element).not.toHaveProperty("initial_users");
    // Nothing is saved until the modal is submitted.
    expect((await t.db.user.findUniqueOrThrow({ where: { id: "UBOB01" } })).role).toBe("rep");
  });

  it("drops the box of a manager no longer selected, and fills a new one with their current reps", async () => {
    await t.db.user.update({ where: { id: "UBOB01" }, data: { role: "manager" } });
    await t.db.user.update({ where: { id: "UANN01" }, data: { managerId: "UBOB01" } });
    await dispatch(form({ managers: ["UBOB01"], reps: { UMGR01: [] } }));
    const [update] = await t.slack.waitFor("views.update");
    const view = update?.body.view;
    expect(blockOf(view, "reps:UMGR01")).toBeUndefined();
    expect(blockOf(view, "reps:UBOB01")?.element?.initial_users).toEqual(["UANN01"]);
  });

  it("drops a stale re-render quietly (hash_conflict)", async () => {
    await dispatch(form({ managers: ["UMGR01"] }));
    await t.slack.waitFor("views.update");
    // The view now has a new hash: a second change carrying the old one conflicts.
    await dispatch(form({ managers: ["UBOB01"] }));
    const calls = await t.slack.waitFor("views.update", { count: 2 });
    expect(calls[1]?.outcome).toBe("hash_conflict");
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(t.slack.callsTo("chat.postMessage")).toHaveLength(0);
  });
});
