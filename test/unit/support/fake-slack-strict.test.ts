// The fake answers like real Slack where a permissive fake would say ok: scopes, membership,
// trigger ids, Block Kit limits and mrkdwn tokens.
import { WebClient } from "@slack/web-api";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type FakeSlack, startFakeSlack } from "../../support/fake-slack.js";
import { manifestBotScopes } from "../../support/fake-slack-access.js";
import { brokenTokens, checkMessage, checkView } from "../../support/fake-slack-checks.js";

let now = 1_000_000;
let fake: FakeSlack;
let client: WebClient;

beforeAll(async () => {
  fake = await startFakeSlack({ now: () => now });
  client = new WebClient("xoxb-test", fake.clientOptions);
});
beforeEach(() => fake.reset());
afterAll(() => fake.close());

const answer = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: { data?: Record<string, unknown> }) => error.data ?? { error: "no data" },
  );

describe("scopes from manifest.yml", () => {
  it("reads the bot scopes", () => {
    const scopes = manifestBotScopes();
    expect(scopes).toContain("chat:write");
    expect(scopes).toContain("channels:join");
    expect(fake.scopes.has("im:history")).toBe(true);
  });

  it("answers missing_scope with needed and provided", async () => {
    const narrow = await startFakeSlack({ scopes: ["chat:write"] });
    try {
      const c = new WebClient("xoxb-test", narrow.clientOptions);
      expect(await answer(c.conversations.history({ channel: "C1" }))).toMatchObject({
        error: "missing_scope",
        needed: "channels:history",
        provided: "chat:write",
      });
      expect(await answer(c.conversations.history({ channel: "G1" }))).toMatchObject({
        needed: "groups:history",
      });
      expect(await answer(c.users.info({ user: "U1" }))).toMatchObject({ needed: "users:read" });
      expect(await answer(c.chat.postMessage({ channel: "U1", text: "hi" }))).toBe("ok");
    } finally {
      await narrow.close();
    }
  });
});

describe("channel membership", () => {
  it("posts text to a public channel with chat:write.public, but shares files and reads history only as a member", async () => {
    expect(await answer(client.chat.postMessage({ channel: "CPUB1", text: "hi" }))).toBe("ok");
    const files: [{ id: string; title: string }] = [{ id: "F1", title: "chart" }];
    expect(await answer(client.files.completeUploadExternal({ files, channel_id: "CPUB1" }))).toMatchObject({
      error: "not_in_channel",
    });
    expect(await answer(client.conversations.history({ channel: "CPUB1" }))).toMatchObject({
      error: "not_in_channel",
    });
    expect(await answer(client.conversations.join({ channel: "CPUB1" }))).toBe("ok");
    expect(fake.isBotMember("CPUB1")).toBe(true);
    expect(await answer(client.files.completeUploadExternal({ files, channel_id: "CPUB1" }))).toBe("ok");
    expect(await answer(client.conversations.history({ channel: "CPUB1" }))).toBe("ok");
  });

  it("a private channel exists for the bot only once invited, and cannot be joined", async () => {
    fake.addChannel({ id: "CPRIV1", kind: "private" });
    expect(await answer(client.chat.postMessage({ channel: "CPRIV1", text: "hi" }))).toMatchObject({
      error: "channel_not_found",
    });
    expect(await answer(client.conversations.join({ channel: "CPRIV1" }))).toMatchObject({
      error: "channel_not_found",
    });
    fake.inviteBot("CPRIV1");
    expect(await answer(client.chat.postMessage({ channel: "CPRIV1", text: "hi" }))).toBe("ok");
  });

  it("without chat:write.public, a public channel needs the bot in it", async () => {
    const narrow = await startFakeSlack({ scopes: ["chat:write"] });
    try {
      const c = new WebClient("xoxb-test", narrow.clientOptions);
      expect(await answer(c.chat.postMessage({ channel: "CPUB1", text: "hi" }))).toMatchObject({
        error: "not_in_channel",
      });
    } finally {
      await narrow.close();
    }
  });
});

describe("trigger ids", () => {
  it("expire 3 s after Slack issued them", async () => {
    const view = { type: "modal" as const, title: { type: "plain_text" as const, text: "Hi" }, blocks: [] };
    fake.issueTrigger("T.fresh");
    fake.issueTrigger("T.stale");
    now += 2900;
    expect(await answer(client.views.open({ trigger_id: "T.fresh", view }))).toBe("ok");
    now += 200;
    expect(await answer(client.views.open({ trigger_id: "T.stale", view }))).toMatchObject({
      error: "expired_trigger_id",
    });
  });
});

describe("content checks", () => {
  it("knows Slack's tokens from words in angle brackets", () => {
    expect(
      brokenTokens("<@U123> <#C1|sales> <!date^1700000000^{date}|x> <https://a.b|c> <mailto:a@b.c>"),
    ).toEqual([]);
    expect(brokenTokens("`/deal away until <date>` <!channel> &lt;ok&gt;")).toEqual(["<date>", "<!channel>"]);
  });

  it("refuses Block Kit over its limits and records what users would see broken", async () => {
    const blocks = Array.from({ length: 51 }, () => ({ type: "divider" }));
    expect(await answer(client.chat.postMessage({ channel: "U1", text: "many", blocks }))).toMatchObject({
      error: "invalid_blocks",
    });
    await client.chat.postMessage({ channel: "U1", text: "use /deal snooze <deal>" });
    expect(fake.violations).toHaveLength(2);
    expect(() => fake.assertNoViolations()).toThrow(/<deal>/);
  });

  it("checks section, header, button, option and modal limits, duplicate ids and prefilled inputs", () => {
    const message = checkMessage("m", {
      text: "x",
      blocks: [
        { type: "header", block_id: "a", text: { type: "plain_text", text: "h".repeat(151) } },
        { type: "section", block_id: "a", text: { type: "mrkdwn", text: "s".repeat(3001) } },
        {
          type: "actions",
          elements: [
            { type: "button", action_id: "b", text: { type: "plain_text", text: "t".repeat(76) } },
            { type: "button", action_id: "b", text: { type: "plain_text", text: "ok" } },
          ],
        },
      ],
    });
    expect(message.refused.join("\n")).toMatch(/header.*151/);
    expect(message.refused.join("\n")).toMatch(/duplicate block_id "a"/);
    expect(message.refused.join("\n")).toMatch(/section.*3001/);
    expect(message.refused.join("\n")).toMatch(/button.*76/);
    expect(message.refused.join("\n")).toMatch(/duplicate action_id "b"/);
    const view = checkView("v", {
      title: { type: "plain_text", text: "A title longer than 24 chars" },
      blocks: [
        {
          type: "input",
          label: { type: "plain_text", text: "Note" },
          element: {
            type: "plain_text_input",
            action_id: "n",
            max_length: 10,
            initial_value: "x".repeat(11),
          },
        },
      ],
    });
    expect(view.refused.join("\n")).toMatch(/title/);
    expect(view.broken.join("\n")).toMatch(/initial_value is 11 characters, over its max_length 10/);
  });
});
