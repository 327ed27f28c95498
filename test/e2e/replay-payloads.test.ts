// Payloads in the shapes real Slack sends that Dealbot has no listener for: each must be acked
// (Bolt answers 404 after 3 s to what nobody acks, and the user sees an error).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { globalShortcut, messageShortcut, viewClosedGrid } from "../fixtures/slack-payloads.js";
import { bootApp, type TestApp } from "../support/boot.js";
import { FORM } from "../support/slack-requests.js";

let t: TestApp;
beforeEach(async () => {
  t = await bootApp();
});
afterEach(async () => {
  await t?.close();
});

const interactive = (payload: unknown) => ({
  body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
  contentType: FORM as typeof FORM,
});

describe("real payload shapes without a listener", () => {
  it.each([
    ["view_closed (Enterprise Grid)", viewClosedGrid],
    ["a global shortcut", globalShortcut],
    ["a message shortcut", messageShortcut],
  ])("acks %s at once, and calls nothing", async (_name, payload) => {
    const response = await t.send(interactive(payload));
    expect(response.status).toBe(200);
    expect(t.slack.calls).toEqual([]);
  });

  it("answers Slack's ssl_check", async () => {
    const response = await t.send({
      body: new URLSearchParams({ ssl_check: "1", token: "verification-token" }).toString(),
      contentType: FORM as typeof FORM,
    });
    expect(response.status).toBe(200);
  });
});
