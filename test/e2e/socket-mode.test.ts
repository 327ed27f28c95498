import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { type WebSocket, WebSocketServer } from "ws";
import { bootApp, type TestApp } from "../support/boot.js";

// Socket Mode offline: the fake Web API hands out a ws:// URL on 127.0.0.1
// (apps.connections.open), our ws server says hello and then delivers a slash
// command envelope, as Slack does; the app must ack it over the socket.
let t: TestApp | undefined;
let wss: WebSocketServer | undefined;
afterEach(async () => {
  await t?.close();
  await new Promise((resolve) => wss?.close(resolve));
  t = undefined;
  wss = undefined;
});

describe("Socket Mode", () => {
  it("connects with SLACK_APP_TOKEN, serves /healthz, and acks a slash command over the socket", async () => {
    wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
    await new Promise((resolve) => wss?.once("listening", resolve));
    const port = (wss.address() as AddressInfo).port;
    const connected = new Promise<WebSocket>((resolve) => {
      wss?.on("connection", (socket) => {
        socket.send(JSON.stringify({ type: "hello", num_connections: 1, debug_info: { host: "fake" } }));
        resolve(socket);
      });
    });

    t = await bootApp({
      env: { SLACK_APP_TOKEN: "xapp-1-A0TEST-123-abc" },
      // The fake Slack must know apps.connections.open before the app starts.
      beforeStart: (slack) =>
        slack.on("apps.connections.open", {
          respond: () => ({ ok: true, url: `ws://127.0.0.1:${port}/link` }),
        }),
    });
    const socket = await connected;
    const open = t.slack.lastCall("apps.connections.open");
    expect(open?.token).toBe("xapp-1-A0TEST-123-abc");

    const ack = new Promise<Record<string, unknown>>((resolve) => {
      socket.on("message", (data) => resolve(JSON.parse(String(data))));
    });
    socket.send(
      JSON.stringify({
        envelope_id: "env-1",
        type: "slash_commands",
        accepts_response_payload: true,
        payload: {
          token: "legacy",
          team_id: "T_TEST",
          team_domain: "test",
          channel_id: "C_GENERAL",
          channel_name: "general",
          user_id: "UANN01",
          user_name: "ann",
          command: "/deal",
          text: "help",
          api_app_id: "A_DEALBOT",
          is_enterprise_install: "false",
          response_url: t.slack.responseUrl("socket"),
          trigger_id: "1.2.3",
        },
      }),
    );
    const reply = await ack;
    expect(reply.envelope_id).toBe("env-1");
    expect(JSON.stringify(reply.payload)).toContain("/deal new Acme Corp amount 12k");

    // The HTTP server still serves the health check; Slack events are not taken over HTTP.
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${t.url}/slack/events`, { method: "POST", body: "{}" })).status).toBe(404);
  });
});
