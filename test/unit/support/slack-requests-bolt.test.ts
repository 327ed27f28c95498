// The test kit against a real Bolt 5 app over HTTP: signed requests go in, the listeners see
// Slack-shaped payloads, and their Web API calls and respond() posts land in the fake Slack.
import type { AddressInfo } from "node:net";
import { App, type Logger, LogLevel } from "@slack/bolt";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type FakeSlack, startFakeSlack } from "../../support/fake-slack.js";
import {
  appHomeOpened,
  blockActions,
  plainTextValue,
  sendToApp,
  slashCommand,
  urlVerification,
  viewClosed,
  viewSubmission,
} from "../../support/slack-requests.js";

const SECRET = "bolt-test-secret";
const silent: Logger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  setLevel: () => {},
  getLevel: () => LogLevel.ERROR,
  setName: () => {},
};

let fake: FakeSlack;
let app: App;
let baseUrl: string;
/** What the listeners saw, by listener name. */
let seen: Record<string, unknown>;

beforeAll(async () => {
  fake = await startFakeSlack();
  app = new App({
    token: "xoxb-bolt",
    signingSecret: SECRET,
    botId: fake.botId,
    botUserId: fake.botUserId,
    logger: silent,
    clientOptions: fake.clientOptions,
  });
  registerListeners(app);
  const server = await app.start({ port: 0, host: "127.0.0.1" });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

beforeEach(() => {
  seen = {};
  fake.reset();
});

afterAll(async () => {
  await app.stop();
  await fake.close();
});

function registerListeners(bolt: App) {
  bolt.command("/deal", async ({ command, ack, respond, client, context }) => {
    seen.command = command;
    seen.retryNum = context.retryNum;
    await ack();
    await respond({ text: `Got: ${command.text}`, response_type: "ephemeral" });
    await client.chat.postMessage({ channel: command.user_id, text: "Logged" });
  });
  bolt.action("deal_approve", async ({ ack, body, action }) => {
    await ack();
    seen.action = { body, action };
  });
  bolt.view("deal_edit", async ({ ack, view }) => {
    seen.submitted = view;
    await ack({ response_action: "errors", errors: { amount: "Must be a number" } });
  });
  bolt.view({ callback_id: "deal_edit", type: "view_closed" }, async ({ ack, view }) => {
    await ack();
    seen.closed = view;
  });
  bolt.event("app_home_opened", async ({ event, context }) => {
    seen.home = { event, retryNum: context.retryNum, retryReason: context.retryReason };
  });
}

const send = (
  request: Parameters<typeof sendToApp>[1],
  options: Partial<Parameters<typeof sendToApp>[2]> = {},
) => sendToApp(baseUrl, request, { signingSecret: SECRET, now: () => new Date(), ...options }); // Bolt checks against the system clock

describe("slash commands through Bolt", () => {
  it("reaches the listener; respond() and client calls land in the fake", async () => {
    const responseUrl = fake.responseUrl("cmd");
    const result = await send(slashCommand({ text: "won Acme 12000", responseUrl }));

    expect(result.status).toBe(200);
    expect(seen.command).toMatchObject({ command: "/deal", text: "won Acme 12000", user_id: "U_REP" });
    const [response] = await fake.waitForResponses({ id: "cmd" });
    expect(response?.body).toEqual({ text: "Got: won Acme 12000", response_type: "ephemeral" });
    const [posted] = await fake.waitFor("chat.postMessage");
    // Bolt gives listener clients the request's team id, so every call carries a team_id field.
    expect(posted).toMatchObject({
      token: "xoxb-bolt",
      body: { channel: "U_REP", text: "Logged", team_id: "T_TEST" },
      outcome: "ok",
    });
    expect(fake.callsTo("auth.test")).toHaveLength(0);
  });

  it("is refused with a wrong, missing or stale signature", async () => {
    const request = slashCommand({ text: "x", responseUrl: fake.responseUrl() });
    expect((await send(request, { signature: "v0=deadbeef" })).status).toBe(401);
    expect((await send(request, { unsigned: true })).status).toBe(401);
    expect((await send(request, { timestamp: Math.floor(Date.now() / 1000) - 600 })).status).toBe(401);
    expect(seen.command).toBeUndefined();
  });
});

describe("interactivity through Bolt", () => {
  it("routes block_actions by action_id with the payload intact", async () => {
    const request = blockActions({
      userId: "U_REP",
      channelId: "C_DEALS",
      message: { ts: "1700000000.000500", text: "card" },
      actions: [{ actionId: "deal_approve", value: "deal-42" }],
      responseUrl: fake.responseUrl(),
    });
    expect((await send(request)).status).toBe(200);
    expect(seen.action).toMatchObject({
      action: { action_id: "deal_approve", value: "deal-42", type: "button" },
      body: { container: { message_ts: "1700000000.000500", channel_id: "C_DEALS" }, user: { id: "U_REP" } },
    });
  });

  it("routes view_submission by callback_id and returns the ack body", async () => {
    const values = { amount: { amount_input: plainTextValue("lots") } };
    const result = await send(
      viewSubmission({ userId: "U_REP", callbackId: "deal_edit", values, privateMetadata: "42" }),
    );
    expect(result.status).toBe(200);
    expect(result.json).toEqual({ response_action: "errors", errors: { amount: "Must be a number" } });
    expect(seen.submitted).toMatchObject({ private_metadata: "42", state: { values } });
  });

  it("routes view_closed", async () => {
    expect((await send(viewClosed({ userId: "U_REP", callbackId: "deal_edit" }))).status).toBe(200);
    expect(seen.closed).toMatchObject({ callback_id: "deal_edit" });
  });
});

describe("events through Bolt", () => {
  it("delivers app_home_opened and exposes Slack's retry headers", async () => {
    const result = await send(appHomeOpened({ userId: "U_REP" }), { retryNum: 2 });
    expect(result.status).toBe(200);
    await expect
      .poll(() => seen.home)
      .toMatchObject({
        event: { type: "app_home_opened", user: "U_REP", tab: "home" },
        retryNum: 2,
        retryReason: "http_timeout",
      });
  });

  it("answers the url_verification challenge", async () => {
    const result = await send(urlVerification("challenge-123"));
    expect(result.json).toEqual({ challenge: "challenge-123" });
  });
});
