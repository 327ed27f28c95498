// Scripted failures of the fake Slack, as the real @slack/web-api WebClient experiences them.
import { ErrorCode, LogLevel, WebClient, WebClientEvent, type WebClientOptions } from "@slack/web-api";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type FakeSlack, startFakeSlack } from "../../support/fake-slack.js";

const TOKEN = "xoxb-test-token";
let fake: FakeSlack;
let client: WebClient;
let clock = 1_000_000;

beforeEach(async () => {
  clock = 1_000_000;
  fake = await startFakeSlack({ now: () => clock });
  client = quietClient();
});

afterEach(async () => {
  await fake.close();
});

/** These tests provoke failures on purpose; WebClient's warnings about them are noise here. */
const quietClient = (options: WebClientOptions = {}) =>
  new WebClient(TOKEN, { ...fake.clientOptions, logLevel: LogLevel.ERROR, ...options });

const post = (channel = "C1") => client.chat.postMessage({ channel, text: "hello" });

describe("error behaviours", () => {
  it("surfaces { error } as the SDK's platform error and records the outcome", async () => {
    fake.on("chat.postMessage", { error: "channel_not_found" });
    await expect(post()).rejects.toMatchObject({
      code: ErrorCode.PlatformError,
      data: { ok: false, error: "channel_not_found" },
    });
    expect(fake.lastCall("chat.postMessage")?.outcome).toBe("channel_not_found");
  });

  it("surfaces 5xx as the SDK's HTTP error", async () => {
    fake.on("chat.postMessage", { status: 503 });
    await expect(post()).rejects.toMatchObject({ code: ErrorCode.HTTPError, statusCode: 503 });
    expect(fake.lastCall("chat.postMessage")?.outcome).toBe(503);
  });

  it("applies `times` to the next N calls only", async () => {
    fake.on("chat.postMessage", { error: "fatal_error", times: 2 });
    await expect(post()).rejects.toThrow(/fatal_error/);
    await expect(post()).rejects.toThrow(/fatal_error/);
    await expect(post()).resolves.toMatchObject({ ok: true });
    expect(fake.callsTo("chat.postMessage").map((call) => call.outcome)).toEqual([
      "fatal_error",
      "fatal_error",
      "ok",
    ]);
  });

  it("applies `when` only to matching calls, first matching behaviour first", async () => {
    fake.on("chat.postMessage", {
      error: "not_in_channel",
      when: (call) => call.body.channel === "C_PRIVATE",
    });
    fake.on("*", { error: "account_inactive", when: (call) => call.body.channel === "C_GONE" });
    await expect(post("C_PRIVATE")).rejects.toMatchObject({ data: { error: "not_in_channel" } });
    await expect(post("C_GONE")).rejects.toMatchObject({ data: { error: "account_inactive" } });
    await expect(post("C_PUBLIC")).resolves.toMatchObject({ ok: true, channel: "C_PUBLIC" });
  });

  it("answers a custom body from `respond`, given the normal one", async () => {
    fake.on("chat.postMessage", {
      respond: (call, normal) => ({ ...normal, channel: `X${call.body.channel}` }),
    });
    const result = await post("C9");
    expect(result).toMatchObject({ ok: true, channel: "XC9", ts: expect.any(String) });
  });

  it("delays the answer while the call is already recorded", async () => {
    fake.on("chat.postMessage", { delayMs: 200 });
    const pending = post();
    const [call] = await fake.waitFor("chat.postMessage", { includePending: true });
    expect(call?.outcome).toBe("pending");
    await expect(pending).resolves.toMatchObject({ ok: true });
    expect(call?.outcome).toBe("ok");
  });

  it("lets a slow answer trip the client's timeout", async () => {
    fake.on("chat.postMessage", { delayMs: 2000 });
    const impatient = quietClient({ timeout: 100 });
    await expect(impatient.chat.postMessage({ channel: "C1", text: "x" })).rejects.toMatchObject({
      code: ErrorCode.RequestError,
    });
  });

  it("closes promptly even with a delayed answer pending", async () => {
    fake.on("chat.postMessage", { delayMs: 60_000 });
    const pending = post().catch((error: unknown) => error);
    await fake.waitFor("chat.postMessage", { includePending: true });
    await fake.close();
    expect(await pending).toMatchObject({ code: ErrorCode.RequestError });
    fake = await startFakeSlack(); // afterEach closes this one
  });
});

describe("rate limiting", () => {
  it("surfaces 429 + Retry-After as the SDK's rate-limited error when calls are rejected", async () => {
    fake.on("chat.postMessage", { status: 429, retryAfter: 7 });
    const rejecting = quietClient({ rejectRateLimitedCalls: true });
    await expect(rejecting.chat.postMessage({ channel: "C1", text: "x" })).rejects.toMatchObject({
      code: ErrorCode.RateLimitedError,
      retryAfter: 7,
    });
    expect(fake.lastCall("chat.postMessage")?.outcome).toBe(429);
  });

  it("lets the SDK wait Retry-After and retry when it does not reject rate-limited calls", async () => {
    fake = await restartWithRealClock();
    fake.on("chat.postMessage", { status: 429, retryAfter: 1, times: 1 });
    const patient = quietClient({
      retryConfig: { retries: 1, factor: 1, minTimeout: 0, maxTimeout: 0 },
    });
    const waits: number[] = [];
    patient.on(WebClientEvent.RATE_LIMITED, (seconds: number) => waits.push(seconds));

    await expect(patient.chat.postMessage({ channel: "C1", text: "x" })).resolves.toMatchObject({ ok: true });
    const [first, second] = fake.callsTo("chat.postMessage");
    expect([first?.outcome, second?.outcome]).toEqual([429, "ok"]);
    expect(waits).toEqual([1]);
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(900);
  });

  it("answers 429 over the token bucket's limit and refills with time", async () => {
    fake.rateLimit("chat.postMessage", { perSecond: 1, burst: 2 });
    const rejecting = quietClient({ rejectRateLimitedCalls: true });
    const send = () => rejecting.chat.postMessage({ channel: "C1", text: "x" });

    await send();
    await send();
    await expect(send()).rejects.toMatchObject({ code: ErrorCode.RateLimitedError, retryAfter: 1 });
    clock += 1000;
    await expect(send()).resolves.toMatchObject({ ok: true });
    await expect(send()).rejects.toMatchObject({ code: ErrorCode.RateLimitedError });
    expect(fake.callsTo("chat.postMessage").map((call) => call.outcome)).toEqual([
      "ok",
      "ok",
      429,
      "ok",
      429,
    ]);
  });

  it("keeps separate buckets per key, e.g. per channel", async () => {
    fake.rateLimit("chat.postMessage", { perSecond: 1, key: (call) => String(call.body.channel) });
    const rejecting = quietClient({ rejectRateLimitedCalls: true });
    const send = (channel: string) => rejecting.chat.postMessage({ channel, text: "x" });

    await send("C1");
    await send("C2");
    await expect(send("C1")).rejects.toMatchObject({ code: ErrorCode.RateLimitedError });
    expect(fake.callsTo("chat.postMessage").map((call) => call.outcome)).toEqual(["ok", "ok", 429]);
  });

  it("leaves other methods alone", async () => {
    fake.rateLimit("chat.postMessage", { perSecond: 1, burst: 1 });
    await post();
    await expect(client.auth.test()).resolves.toMatchObject({ ok: true });
    await expect(client.auth.test()).resolves.toMatchObject({ ok: true });
  });
});

async function restartWithRealClock(): Promise<FakeSlack> {
  await fake.close();
  return startFakeSlack();
}
