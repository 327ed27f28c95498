// The fake Slack driven by the real @slack/web-api WebClient: what a call records and answers.
import { ErrorCode, WebClient } from "@slack/web-api";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type FakeSlack, startFakeSlack } from "../../support/fake-slack.js";

const TOKEN = "xoxb-test-token";
let fake: FakeSlack;
let client: WebClient;

// One fake for the file; reset() before each test keeps the tests apart.
beforeAll(async () => {
  fake = await startFakeSlack({ botUserId: "U_DEALBOT", teamId: "T_ACME" });
  client = new WebClient(TOKEN, fake.clientOptions);
});
beforeEach(() => fake.reset());
afterAll(() => fake.close());

describe("recording calls", () => {
  it("records chat.postMessage with the token and blocks decoded back into objects", async () => {
    const blocks = [{ type: "section", text: { type: "mrkdwn", text: "*Acme* moved to Won" } }];
    const result = await client.chat.postMessage({ channel: "C_DEALS", text: "Acme moved to Won", blocks });

    const call = fake.lastCall("chat.postMessage");
    expect(call?.token).toBe(TOKEN);
    expect(call?.contentType).toBe("application/x-www-form-urlencoded");
    expect(call?.body).toMatchObject({ channel: "C_DEALS", text: "Acme moved to Won", blocks });
    expect(call?.outcome).toBe("ok");
    expect(result.channel).toBe("C_DEALS");
    expect(result.message?.blocks).toEqual(blocks);
  });

  it("keeps scalars as the strings Slack receives", async () => {
    await client.chat.postMessage({ channel: "C_DEALS", text: "hi", unfurl_links: false });
    expect(fake.lastCall("chat.postMessage")?.body.unfurl_links).toBe("false");
  });

  it("answers unique, increasing message timestamps", async () => {
    const first = await client.chat.postMessage({ channel: "C1", text: "one" });
    const second = await client.chat.postMessage({ channel: "C1", text: "two" });
    expect(first.ts).toMatch(/^\d{10}\.\d{6}$/);
    expect(Number(second.ts)).toBeGreaterThan(Number(first.ts));
  });

  it("posts to a user id land in the DM channel conversations.open returns", async () => {
    const opened = await client.conversations.open({ users: "U_REP" });
    const posted = await client.chat.postMessage({ channel: "U_REP", text: "nudge" });
    expect(opened.channel?.id).toMatch(/^D/);
    expect(posted.channel).toBe(opened.channel?.id);
  });

  it("decodes JSON bodies and takes the token from the body when there is no header", async () => {
    const response = await fetch(`${fake.apiUrl}chat.postMessage`, {
      method: "POST",
      headers: { "content-type": "application/json; charset=utf-8" },
      body: JSON.stringify({
        token: "xoxb-body",
        channel: "C1",
        text: "json",
        metadata: { event_type: "x" },
      }),
    });
    expect(await response.json()).toMatchObject({ ok: true, channel: "C1" });
    expect(fake.lastCall("chat.postMessage")).toMatchObject({
      token: "xoxb-body",
      body: { metadata: { event_type: "x" } },
    });
  });

  it("answers not_authed without a token and unknown_method for methods it does not know", async () => {
    const anonymous = new WebClient(undefined, fake.clientOptions);
    await expect(anonymous.auth.test()).rejects.toMatchObject({ data: { error: "not_authed" } });
    await expect(client.apiCall("deals.explode", {})).rejects.toMatchObject({
      code: ErrorCode.PlatformError,
      data: { error: "unknown_method" },
    });
    expect(fake.callsTo("deals.explode")).toHaveLength(1);
  });

  it("answers auth.test with the configured bot and team", async () => {
    const result = await client.auth.test();
    expect(result).toMatchObject({ ok: true, user_id: "U_DEALBOT", team_id: "T_ACME" });
  });
});

describe("users directory", () => {
  it("answers users.info with the user's timezone, offset and label", async () => {
    fake.addUser({ id: "U_ANA", realName: "Ana Ruiz", tz: "Asia/Kolkata", email: "ana@example.com" });
    const { user } = await client.users.info({ user: "U_ANA", include_locale: true });
    expect(user).toMatchObject({
      id: "U_ANA",
      real_name: "Ana Ruiz",
      tz: "Asia/Kolkata",
      tz_offset: 19_800,
      tz_label: "India Standard Time",
      locale: "en-US",
      deleted: false,
      profile: { real_name: "Ana Ruiz", email: "ana@example.com" },
    });
  });

  it("defaults to UTC and answers user_not_found for unknown ids", async () => {
    fake.addUser({ id: "U_BO" });
    expect((await client.users.info({ user: "U_BO" })).user).toMatchObject({ tz: "UTC", tz_offset: 0 });
    await expect(client.users.info({ user: "U_NOBODY" })).rejects.toMatchObject({
      code: ErrorCode.PlatformError,
      data: { error: "user_not_found" },
    });
    expect(fake.lastCall("users.info")?.outcome).toBe("user_not_found");
  });

  it("finds users by email", async () => {
    fake.addUser({ id: "U_CY", email: "cy@example.com" });
    const found = await client.users.lookupByEmail({ email: "cy@example.com" });
    expect(found.user?.id).toBe("U_CY");
    await expect(client.users.lookupByEmail({ email: "no@example.com" })).rejects.toMatchObject({
      data: { error: "users_not_found" },
    });
  });

  it("rejects an unknown timezone when the user is added", () => {
    expect(() => fake.addUser({ id: "U_X", tz: "Mars/Olympus" })).toThrow(RangeError);
  });
});

describe("views", () => {
  it("echoes an opened view with an id and hash, and rejects a stale hash on update", async () => {
    const view = {
      type: "modal" as const,
      callback_id: "deal_edit",
      title: { type: "plain_text" as const, text: "Edit" },
      blocks: [],
    };
    const opened = await client.views.open({ trigger_id: "1.2.abc", view });
    expect(opened.view).toMatchObject({
      id: expect.stringMatching(/^V/),
      callback_id: "deal_edit",
      hash: expect.any(String),
    });
    expect(fake.lastCall("views.open")?.body.view).toEqual(view);

    const id = opened.view?.id as string;
    const updated = await client.views.update({ view_id: id, hash: opened.view?.hash as string, view });
    expect(updated.view?.hash).not.toBe(opened.view?.hash);
    await expect(
      client.views.update({ view_id: id, hash: opened.view?.hash as string, view }),
    ).rejects.toMatchObject({
      data: { error: "hash_conflict" },
    });
  });

  it("publishes a Home tab with a stable id per user", async () => {
    const view = { type: "home" as const, blocks: [] };
    const first = await client.views.publish({ user_id: "U_REP", view });
    const second = await client.views.publish({ user_id: "U_REP", view });
    expect(second.view?.id).toBe(first.view?.id);
  });
});

describe("files.uploadV2", () => {
  it("receives the exact bytes and completes the upload with channel and comment", async () => {
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0x10, 0x0a]);
    fake.inviteBot("C_DEALS"); // sharing a file needs the bot in the channel
    const result = await client.files.uploadV2({
      channel_id: "C_DEALS",
      initial_comment: "Funnel for week 49",
      file: bytes,
      filename: "funnel.png",
    });

    expect(fake.uploads).toHaveLength(1);
    expect(fake.uploads[0]?.filename).toBe("funnel.png");
    expect(fake.uploads[0]?.bytes.equals(bytes)).toBe(true);
    expect(fake.lastCall("files.getUploadURLExternal")?.body).toMatchObject({
      filename: "funnel.png",
      length: "8",
    });
    const completed = fake.lastCall("files.completeUploadExternal");
    expect(completed?.body).toMatchObject({
      channel_id: "C_DEALS",
      initial_comment: "Funnel for week 49",
      files: [{ id: fake.uploads[0]?.fileId, title: "funnel.png" }],
    });
    expect(result.ok).toBe(true);
  });
});

describe("response URLs", () => {
  it("records posts and answers like Slack", async () => {
    const url = fake.responseUrl("cmd-1");
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: "Saved", response_type: "ephemeral" }),
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("ok");
    expect(fake.responses).toEqual([
      { id: "cmd-1", body: { text: "Saved", response_type: "ephemeral" }, at: expect.any(Number) },
    ]);
    expect(fake.calls).toHaveLength(0);
  });

  it("waits for response posts and can fail them", async () => {
    fake.on("response_url", { status: 404, times: 1 });
    const url = fake.responseUrl();
    const post = () =>
      fetch(url, { method: "POST", body: '{"text":"x"}', headers: { "content-type": "application/json" } });
    expect((await post()).status).toBe(404);
    const waiting = fake.waitForResponses({ count: 1 });
    expect((await post()).status).toBe(200);
    expect(await waiting).toHaveLength(1);
  });
});

describe("waitFor", () => {
  it("resolves once enough calls arrived", async () => {
    const waiting = fake.waitFor("chat.postMessage", { count: 2 });
    await client.chat.postMessage({ channel: "C1", text: "a" });
    await client.chat.postMessage({ channel: "C1", text: "b" });
    const calls = await waiting;
    expect(calls.map((call) => call.body.text)).toEqual(["a", "b"]);
  });

  it("rejects on timeout naming the calls that were recorded", async () => {
    await client.auth.test();
    await expect(fake.waitFor("chat.postMessage", { timeoutMs: 50 })).rejects.toThrow(
      /chat\.postMessage.*wanted 1.*got 0.*auth\.test ×1 \(ok\)/,
    );
  });
});
