// The request builders: signatures Bolt accepts, and payloads shaped like Slack's.
import { verifySlackRequest } from "@slack/bolt";
import { describe, expect, it } from "vitest";
import {
  appHomeOpened,
  blockActions,
  datePickerValue,
  multiStaticSelectValue,
  plainTextValue,
  signRequest,
  slashCommand,
  staticSelectValue,
  urlVerification,
  userSelectValue,
  viewClosed,
  viewSubmission,
} from "../../support/slack-requests.js";

const SECRET = "test-signing-secret";

/** Bolt's verifier wants the timestamp as a number, as its receivers pass it. */
function verifyWithBolt(body: string, headers: ReturnType<typeof signRequest>, nowMs = Date.now()) {
  verifySlackRequest({
    signingSecret: SECRET,
    body,
    headers: {
      "x-slack-signature": headers["x-slack-signature"],
      "x-slack-request-timestamp": Number(headers["x-slack-request-timestamp"]),
    },
    nowMilliseconds: nowMs,
  });
}

/** Decodes an interactivity request the way Bolt does: form field `payload` holding JSON. */
// biome-ignore lint/suspicious/noExplicitAny: the tests read arbitrary paths of Slack's payload JSON
function payloadOf(request: { body: string; contentType: string }): Record<string, any> {
  expect(request.contentType).toBe("application/x-www-form-urlencoded");
  const params = new URLSearchParams(request.body);
  expect([...params.keys()]).toEqual(["payload"]);
  return JSON.parse(params.get("payload") ?? "null");
}

describe("signRequest", () => {
  it("reproduces the example in Slack's request-verification docs", () => {
    // docs.slack.dev/authentication/verifying-requests-from-slack (the worked example).
    const body =
      "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    const headers = signRequest({
      body,
      signingSecret: "8f742231b10e8888abcd99yyyzzz85a5",
      timestamp: 1531420618,
    });
    expect(headers).toEqual({
      "x-slack-signature": "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503",
      "x-slack-request-timestamp": "1531420618",
    });
  });

  it("produces signatures Bolt's own verifier accepts, and only for the signed body", () => {
    const { body } = slashCommand({ text: "won Acme 12000" });
    const timestamp = Math.floor(Date.now() / 1000); // Bolt's verifier checks against the system clock.
    const headers = signRequest({ body, signingSecret: SECRET, timestamp });
    expect(() => verifyWithBolt(body, headers)).not.toThrow();
    expect(() => verifyWithBolt(`${body}&x=1`, headers)).toThrow(/signature mismatch/);
    expect(() => verifyWithBolt(body, signRequest({ body, signingSecret: "other", timestamp }))).toThrow(
      /signature mismatch/,
    );
  });

  it("uses the given timestamp, so stale requests can be built", () => {
    const body = "a=1";
    const stale = signRequest({
      body,
      signingSecret: SECRET,
      timestamp: Math.floor(Date.now() / 1000) - 600,
    });
    expect(() => verifyWithBolt(body, stale)).toThrow(/stale/);
  });
});

describe("slashCommand", () => {
  it("has every documented field, form-encoded with the bare content type", () => {
    const request = slashCommand({ text: "won <@U1|ana> & co", userId: "U_ANA", channelId: "C_DEALS" });
    expect(request.contentType).toBe("application/x-www-form-urlencoded");
    const fields = Object.fromEntries(new URLSearchParams(request.body));
    expect(Object.keys(fields).sort()).toEqual(
      [
        "api_app_id",
        "channel_id",
        "channel_name",
        "command",
        "is_enterprise_install",
        "response_url",
        "team_domain",
        "team_id",
        "text",
        "token",
        "trigger_id",
        "user_id",
        "user_name",
      ].sort(),
    );
    expect(fields).toMatchObject({
      command: "/deal",
      text: "won <@U1|ana> & co",
      user_id: "U_ANA",
      user_name: "ana",
      channel_id: "C_DEALS",
      team_id: "T_TEST",
    });
  });

  it("gives each request its own trigger id and uses a given response URL", () => {
    const a = Object.fromEntries(new URLSearchParams(slashCommand({ text: "" }).body));
    const b = Object.fromEntries(
      new URLSearchParams(slashCommand({ text: "", responseUrl: "http://x/r/1" }).body),
    );
    expect(a.trigger_id).not.toBe(b.trigger_id);
    expect(b.response_url).toBe("http://x/r/1");
  });
});

describe("blockActions", () => {
  it("builds a message button click with container, channel and response_url", () => {
    const payload = payloadOf(
      blockActions({
        userId: "U_REP",
        channelId: "C_DEALS",
        message: { ts: "1700000000.000900", text: "Deal card" },
        actions: [{ actionId: "deal_approve", value: "deal-42" }],
      }),
    );
    expect(payload).toMatchObject({
      type: "block_actions",
      user: { id: "U_REP", username: "rep", team_id: "T_TEST" },
      team: { id: "T_TEST" },
      channel: { id: "C_DEALS" },
      container: {
        type: "message",
        message_ts: "1700000000.000900",
        channel_id: "C_DEALS",
        is_ephemeral: false,
      },
      message: { ts: "1700000000.000900", text: "Deal card" },
      response_url: expect.stringMatching(/^https:\/\//),
      trigger_id: expect.any(String),
    });
    expect(payload.actions).toEqual([
      {
        action_id: "deal_approve",
        block_id: "block_deal_approve",
        type: "button",
        value: "deal-42",
        action_ts: expect.any(String),
      },
    ]);
  });

  it("infers select and datepicker types and puts view actions in a view container", () => {
    const payload = payloadOf(
      blockActions({
        userId: "U_REP",
        view: { callbackId: "deal_edit", viewId: "V9", privateMetadata: '{"dealId":42}' },
        actions: [
          { actionId: "stage", selectedOption: { value: "won", text: "Won" } },
          { actionId: "close_date", selectedDate: "2026-12-04" },
        ],
      }),
    );
    expect(payload.container).toEqual({ type: "view", view_id: "V9" });
    expect(payload.view).toMatchObject({
      id: "V9",
      callback_id: "deal_edit",
      private_metadata: '{"dealId":42}',
    });
    expect(payload).not.toHaveProperty("response_url");
    expect(payload.actions[0]).toMatchObject({
      type: "static_select",
      selected_option: { value: "won", text: { type: "plain_text", text: "Won" } },
    });
    expect(payload.actions[1]).toMatchObject({ type: "datepicker", selected_date: "2026-12-04" });
  });
});

describe("view payloads", () => {
  it("builds view_submission with state.values from the helpers", () => {
    const values = {
      amount: { amount_input: plainTextValue("12000") },
      stage: { stage_select: staticSelectValue("won", "Won") },
      close: { close_date: datePickerValue("2026-12-04") },
      owner: { owner_select: userSelectValue("U1") },
      tags: { tag_select: multiStaticSelectValue(["a", { value: "b", text: "Bee" }]) },
      note: { note_input: plainTextValue(null) },
    };
    const payload = payloadOf(
      viewSubmission({ userId: "U_REP", callbackId: "deal_edit", privateMetadata: "42", values, hash: "h1" }),
    );
    expect(payload).toMatchObject({
      type: "view_submission",
      user: { id: "U_REP" },
      view: { callback_id: "deal_edit", private_metadata: "42", hash: "h1", type: "modal" },
    });
    expect(payload.view.state.values).toEqual({
      amount: { amount_input: { type: "plain_text_input", value: "12000" } },
      stage: {
        stage_select: {
          type: "static_select",
          selected_option: { text: { type: "plain_text", text: "Won", emoji: true }, value: "won" },
        },
      },
      close: { close_date: { type: "datepicker", selected_date: "2026-12-04" } },
      owner: { owner_select: { type: "users_select", selected_user: "U1" } },
      tags: {
        tag_select: {
          type: "multi_static_select",
          selected_options: [
            { text: { type: "plain_text", text: "a", emoji: true }, value: "a" },
            { text: { type: "plain_text", text: "Bee", emoji: true }, value: "b" },
          ],
        },
      },
      note: { note_input: { type: "plain_text_input", value: null } },
    });
  });

  it("builds view_closed", () => {
    const payload = payloadOf(
      viewClosed({ userId: "U_REP", callbackId: "deal_edit", privateMetadata: "42" }),
    );
    expect(payload).toMatchObject({
      type: "view_closed",
      is_cleared: false,
      view: { callback_id: "deal_edit" },
    });
  });
});

describe("events", () => {
  it("builds an app_home_opened event_callback envelope with fresh event ids", () => {
    const first = appHomeOpened({ userId: "U_REP" });
    const second = appHomeOpened({ userId: "U_REP" });
    expect(first.contentType).toBe("application/json");
    const body = JSON.parse(first.body);
    expect(body).toMatchObject({
      type: "event_callback",
      team_id: "T_TEST",
      api_app_id: expect.any(String),
      event_id: expect.stringMatching(/^Ev/),
      event_time: expect.any(Number),
      event: { type: "app_home_opened", user: "U_REP", tab: "home", channel: expect.stringMatching(/^D/) },
    });
    expect(JSON.parse(second.body).event_id).not.toBe(body.event_id);
    expect(JSON.parse(appHomeOpened({ eventId: "Ev1" }).body).event_id).toBe("Ev1");
  });

  it("builds the url_verification handshake", () => {
    expect(JSON.parse(urlVerification("abc").body)).toMatchObject({
      type: "url_verification",
      challenge: "abc",
    });
  });
});
