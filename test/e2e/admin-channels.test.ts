import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ACTIONS, ADMIN_FORM, VALUE, VIEWS } from "../../src/slack/ids.js";
import { bootApp, TEST_ADMIN, type TestApp } from "../support/boot.js";
import { FakeClock } from "../support/clock.js";
import { dealDriver, textOf } from "../support/deal-driver.js";
import { plainTextValue, staticSelectValue, type ViewState } from "../support/slack-view-state.js";

// /deal admin saved with a private channel Dealbot is not in: the admin is told, in their
// language, to invite it there; the save stands; public channels need nothing.

let t: TestApp;
let drive: ReturnType<typeof dealDriver>;

beforeEach(async () => {
  t = await bootApp({
    clock: new FakeClock("2026-11-26T10:00:00Z"),
    env: { DEALBOT_TIMEZONE: "Europe/Helsinki", DEALBOT_CURRENCY: "EUR" },
  });
  t.slack.addUser({ id: TEST_ADMIN, realName: "Ada Admin" });
  // A private channel the bot was invited to, and one it was not (G… ids are private in the fake).
  t.slack.addChannel({ id: "GINVITED", kind: "private", botMember: true });
  t.slack.addChannel({ id: "GSECRET", kind: "private" });
  drive = dealDriver(t);
});
afterEach(async () => {
  await t.close();
});

function form(channels: { digest: string[]; alerts: string | null; nps: string | null; win: string | null }) {
  return {
    [ADMIN_FORM.timezone]: { [VALUE]: plainTextValue("Europe/Helsinki") },
    [ADMIN_FORM.currency]: { [VALUE]: plainTextValue("EUR") },
    [ADMIN_FORM.language]: { [VALUE]: staticSelectValue(null) },
    [ADMIN_FORM.digestChannels]: {
      [VALUE]: { type: "multi_conversations_select", selected_conversations: channels.digest },
    },
    [ADMIN_FORM.alertsChannel]: {
      [VALUE]: { type: "conversations_select", selected_conversation: channels.alerts },
    },
    [ADMIN_FORM.npsChannel]: {
      [VALUE]: { type: "conversations_select", selected_conversation: channels.nps },
    },
    [ADMIN_FORM.winChannel]: {
      [VALUE]: { type: "conversations_select", selected_conversation: channels.win },
    },
    [ADMIN_FORM.stages]: { [VALUE]: plainTextValue("Lead: 10%\nQualified: 25%\nProposal: 50%") },
    [ADMIN_FORM.lossReasons]: { [VALUE]: plainTextValue("Price too high\nOther") },
    [ADMIN_FORM.managers]: { [ACTIONS.adminManagers]: { type: "multi_users_select", selected_users: [] } },
  } as unknown as ViewState;
}

/**
 * Opens /deal admin, submits `state`, waits until Dealbot has looked at `channels` channels and
 * sent `replies` replies, and returns every reply the admin got after the save.
 */
async function save(state: ViewState, expected: { channels: number; replies: number }) {
  await drive.command(TEST_ADMIN, "admin");
  const [open] = await t.slack.waitFor("views.open");
  const view = open?.body.view as { private_metadata: string };
  const before = t.slack.responses.length;
  const result = await drive.submit(TEST_ADMIN, VIEWS.admin, state, view.private_metadata);
  expect(result.body).toEqual({ response_action: "clear" });
  await t.slack.waitFor("conversations.info", { count: expected.channels });
  await t.slack.waitForResponses({ count: before + expected.replies });
  // Anything more would follow at once.
  await new Promise((resolve) => setTimeout(resolve, 300));
  return t.slack.responses.slice(before).map((r) => r.body);
}

describe("/deal admin with channels", () => {
  it("tells the admin, in their language, to invite Dealbot to a private channel it is not in", async () => {
    await drive.command(TEST_ADMIN, "language fi");
    const replies = await save(
      form({ digest: ["CSALES", "GSECRET"], alerts: "GINVITED", nps: "CNPS", win: "GSECRET" }),
      { channels: 4, replies: 2 },
    );
    expect(await t.db.workspace.findUniqueOrThrow({ where: { id: "default" } })).toMatchObject({
      digestChannels: "CSALES,GSECRET",
      alertsChannel: "GINVITED",
      winChannel: "GSECRET",
    });
    expect(replies).toHaveLength(2);
    const warning = textOf((replies[1] as { blocks: unknown }).blocks);
    // Once per channel, however many settings use it; only the private one the bot is not in.
    expect(warning.match(/<#GSECRET> on yksityinen kanava/g)).toHaveLength(1);
    expect(warning).toContain("`/invite @Dealbot` kanavalla <#GSECRET>");
    expect(warning).not.toContain("GINVITED");
    expect(warning).not.toContain("CSALES");
    expect(warning).not.toContain("CNPS");
  });

  it("says nothing more when every channel is public or has the bot", async () => {
    const replies = await save(form({ digest: ["CSALES"], alerts: "GINVITED", nps: null, win: "CWINS" }), {
      channels: 3,
      replies: 1,
    });
    expect(replies).toHaveLength(1);
    expect(textOf(replies[0])).toContain("Team settings saved");
    expect(t.slack.callsTo("conversations.info").map((c) => c.outcome)).toEqual(["ok", "ok", "ok"]);
  });

  it("saves and confirms even when Slack cannot say what a channel is", async () => {
    t.slack.on("conversations.info", { status: 500 });
    const replies = await save(form({ digest: ["GSECRET"], alerts: null, nps: null, win: null }), {
      channels: 1,
      replies: 1,
    });
    expect(replies).toHaveLength(1);
    expect(textOf(replies[0])).toContain("Team settings saved");
    expect((await t.db.workspace.findUniqueOrThrow({ where: { id: "default" } })).digestChannels).toBe(
      "GSECRET",
    );
  });
});
