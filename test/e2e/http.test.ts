import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { bootApp, TEST_SIGNING_SECRET, type TestApp } from "../support/boot.js";
import {
  appHomeOpened,
  blockActions,
  signRequest,
  slashCommand,
  urlVerification,
  viewSubmission,
} from "../support/slack-requests.js";

let t: TestApp;
beforeEach(async () => {
  t = await bootApp();
  t.slack.addUser({ id: "UANN01", name: "ann", realName: "Ann Example", tz: "Europe/Helsinki" });
});
afterEach(async () => {
  await t?.close();
});

describe("request signing", () => {
  // Signatures are checked against the app's clock (the test clock here).
  const now = () => Math.floor(t.clock.now().getTime() / 1000);

  it.each([
    ["missing", () => ({ unsigned: true })],
    ["wrong", () => ({ signature: `v0=${"0".repeat(64)}` })],
    ["signed with another secret", () => ({ signingSecret: "0000000000000000aaaaaaaaaaaaaaaa" })],
    ["older than 5 minutes", () => ({ timestamp: now() - 5 * 60 - 30 })],
    ["more than 5 minutes in the future", () => ({ timestamp: now() + 10 * 60 })],
  ])("refuses a %s signature with 401 and does nothing", async (_name, options) => {
    const response = await t.send(appHomeOpened({ userId: "UANN01" }), options());
    expect(response.status).toBe(401);
    // Give a wrongly accepted event time to reach Slack, then check nothing did.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(t.slack.calls).toEqual([]);
    expect(await t.db.idempotencyKey.count()).toBe(0);
  });

  it("accepts a correctly signed request", async () => {
    const response = await t.send(slashCommand({ text: "help", userId: "UANN01" }));
    expect(response.status).toBe(200);
  });

  it("checks the timestamp against the app's clock, not the system's", async () => {
    t.clock.set("2026-01-05T09:00:00Z");
    const ahead = await t.send(slashCommand({ text: "help", userId: "UANN01" }), {
      now: () => new Date(t.clock.now().getTime() + 6 * 60_000),
    });
    expect(ahead.status).toBe(401);
    const fromTheSystemClock = await t.send(slashCommand({ text: "help", userId: "UANN01" }), {
      timestamp: Math.floor(Date.now() / 1000),
    });
    expect(fromTheSystemClock.status).toBe(401);
    expect((await t.send(slashCommand({ text: "help", userId: "UANN01" }))).status).toBe(200);
  });

  it("matches Slack's documented signature format", () => {
    const headers = signRequest({
      body: "a=1",
      signingSecret: TEST_SIGNING_SECRET,
      timestamp: 1_700_000_000,
    });
    expect(headers["x-slack-request-timestamp"]).toBe("1700000000");
    expect(headers["x-slack-signature"]).toMatch(/^v0=[0-9a-f]{64}$/);
  });
});

describe("health", () => {
  it("answers 200 ok while the database answers", async () => {
    const response = await fetch(`${t.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("answers 503 when the database does not", async () => {
    await t.database.close();
    const response = await fetch(`${t.url}/healthz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: "unavailable" });
  });

  it("answers 404 for unknown paths and 405 for a wrong method", async () => {
    expect((await fetch(`${t.url}/nope`)).status).toBe(404);
    expect((await fetch(`${t.url}/healthz`, { method: "POST" })).status).toBe(405);
  });
});

describe("Slack surfaces", () => {
  it("answers the URL verification handshake", async () => {
    const response = await t.send(urlVerification("challenge-123"));
    expect(response.status).toBe(200);
    expect(response.body).toContain("challenge-123");
  });

  it("acks /deal help at once with usage and examples", async () => {
    const response = await t.send(slashCommand({ text: "help", userId: "UANN01" }));
    expect(response.status).toBe(200);
    const body = response.json as {
      response_type: string;
      text: string;
      blocks: { text?: { text: string } }[];
    };
    expect(body.response_type).toBe("ephemeral");
    expect(JSON.stringify(body.blocks)).toContain("/deal new Acme Corp amount 12k");
  });

  it.each([
    // "@channel" typed: Slack sends the special mention; typed literally, Slack sends it HTML-escaped.
    ["<!channel>", "`@channel`"],
    ["&lt;!channel&gt;", "&lt;!channel&gt;"],
  ])("answers an unknown subcommand %s with usage, pinging nobody", async (text, shown) => {
    const response = await t.send(slashCommand({ text, userId: "UANN01" }));
    const blocks = JSON.stringify((response.json as { blocks: unknown }).blocks);
    expect(blocks).toContain(shown);
    expect(blocks).not.toContain("<!channel>");
  });

  it("publishes the Home tab and stores the user's Slack name and timezone", async () => {
    const response = await t.send(appHomeOpened({ userId: "UANN01" }));
    expect(response.status).toBe(200);
    const [publish] = await t.slack.waitFor("views.publish");
    expect(publish?.body.user_id).toBe("UANN01");
    expect(JSON.stringify(publish?.body.view)).toContain("You have no open deals");
    expect(await t.db.user.findUnique({ where: { id: "UANN01" } })).toMatchObject({
      name: "Ann Example",
      timezone: "Europe/Helsinki",
      role: "rep",
    });
  });

  it("acks a click no listener handles (a link button) at once, and does nothing", async () => {
    const response = await t.send(
      blockActions({ userId: "UANN01", actions: [{ actionId: "dealbot.docs_link", type: "button" }] }),
    );
    expect(response.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(t.slack.calls).toEqual([]);
  });

  it("closes a form no listener handles instead of leaving it spinning", async () => {
    const response = await t.send(
      viewSubmission({ userId: "UANN01", callbackId: "dealbot.retired_form", values: {} }),
    );
    expect(response.status).toBe(200);
    expect(response.body).toBe("");
  });

  it("handles an event once when Slack retries it", async () => {
    const event = appHomeOpened({ userId: "UANN01", eventId: "Ev_ONCE" });
    await t.send(event);
    await t.slack.waitFor("views.publish");
    const retry = await t.send(event, { retryNum: 1, retryReason: "http_timeout" });
    expect(retry.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(t.slack.callsTo("views.publish")).toHaveLength(1);
  });
});

describe("start-up", () => {
  it("bootstraps DEALBOT_ADMINS as admins and seeds the default pipeline once", async () => {
    expect(await t.db.user.findUnique({ where: { id: "UADMIN01" } })).toMatchObject({ role: "admin" });
    const stages = await t.db.stage.findMany({
      orderBy: { position: "asc" },
      select: { key: true, probability: true },
    });
    expect(stages.map((s) => s.key)).toEqual(["lead", "qualified", "proposal", "negotiation", "won", "lost"]);
    expect(await t.db.lossReason.count()).toBeGreaterThan(3);
    // A second replica starting on the same database adds nothing.
    const second = await bootApp({ database: t.testDb });
    await second.close();
    expect(await t.db.stage.count()).toBe(6);
  });
});
