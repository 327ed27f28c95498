import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { background } from "../../src/background.js";
import { bootApp, type TestApp } from "../support/boot.js";
import { FakeClock, MINUTE } from "../support/clock.js";
import { textOf } from "../support/deal-driver.js";
import type { Behaviour } from "../support/fake-slack.js";
import { FORM, JSON_TYPE, type SlackRequest, slashCommand } from "../support/slack-requests.js";

// Thursday 26 Nov 2026, 10:00 UTC.
const NOW = "2026-11-26T10:00:00Z";
let t: TestApp;
let clock: FakeClock;
const USERS = ["UANN01", "UBOB01", "UCAT01", "UDAN01"];

beforeEach(async () => {
  clock = new FakeClock(NOW);
  t = await bootApp({ clock });
  for (const id of USERS) t.slack.addUser({ id, realName: `${id} Rep` });
});
afterEach(async () => {
  await t.close();
});

/** `/deal <text>` by `userId`, answered on the response URL `responseId`; resolves once acked. */
async function command(userId: string, text: string, responseId: string, triggerId?: string) {
  const request = slashCommand({
    text,
    userId,
    responseUrl: t.slack.responseUrl(responseId),
    ...(triggerId ? { triggerId } : {}),
  });
  const sent = await t.send(request);
  expect(sent.status).toBe(200);
  return request;
}

const repliesTo = (id: string) => t.slack.responses.filter((r) => r.id === id).map((r) => textOf(r.body));

/** Lets due retries run: the clock passes their backoff, and the queue looks for due work. */
async function retryDueWork(): Promise<void> {
  clock.advance(MINUTE);
  await t.app.work.sweep();
}

/** Waits until a piece of work failed and waits for its retry. */
async function retryScheduled(): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (await t.db.slackWork.count({ where: { doneAt: null, lastError: { not: null } } })) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error("no work failed");
}

async function settled(): Promise<void> {
  await t.app.work.sweep();
  for (let i = 0; i < 200 && t.app.work.running > 0; i++) await new Promise((r) => setTimeout(r, 25));
}

describe("apply, then tell: a reply that fails after the change was saved", () => {
  it("is retried later and says the change was saved, without applying it twice", async () => {
    t.slack.on("response_url", { status: 500, times: 1 });
    await command("UANN01", "new Acme amount 12k close next friday", "r1");
    await retryScheduled();
    expect(await t.db.deal.count()).toBe(1);
    expect(repliesTo("r1")).toEqual([]);

    await retryDueWork();
    const [reply] = await t.slack.waitForResponses({ id: "r1" });
    expect(textOf(reply?.body)).toContain("Your change was saved");
    expect(textOf(reply?.body)).not.toContain("try again");
    await settled();
    expect(await t.db.deal.count()).toBe(1);
    expect(await t.db.slackWork.count({ where: { doneAt: null } })).toBe(0);
  });
});

describe("work taken up again from the database", () => {
  it("does not count as a request arriving, so background work does not give way to it", async () => {
    t.slack.on("response_url", { status: 500, times: 1 });
    await command("UANN01", "new Acme amount 12k close next friday", "r1");
    await retryScheduled();
    const noted = vi.spyOn(background, "noteRequest");
    try {
      await retryDueWork();
      await t.slack.waitForResponses({ id: "r1" });
      await settled();
      expect(noted).not.toHaveBeenCalled();
      // A request from Slack still does.
      await command("UBOB01", "help", "r2");
      expect(noted).toHaveBeenCalled();
    } finally {
      noted.mockRestore();
    }
  });
});

describe("work resumed after the response URL expired", () => {
  it("answers by DM once the 30 minutes of a response_url are over", async () => {
    t.slack.on("response_url", { status: 500, times: 1 });
    await command("UANN01", "new Acme amount 12k close next friday", "late");
    await retryScheduled();
    clock.advance(31 * MINUTE);
    await t.app.work.sweep();
    const [dm] = await t.slack.waitFor("chat.postMessage");
    expect(dm?.body.channel).toBe("UANN01");
    expect(String(dm?.body.text)).toContain("Your change was saved");
    expect(repliesTo("late")).toEqual([]);
    expect(await t.db.deal.count()).toBe(1);
  });
});

describe("undo keyed by the request", () => {
  beforeEach(async () => {
    await command("UANN01", "new Alpha amount 5k close next friday", "a");
    await command("UANN01", "new Beta amount 7k close next friday", "b");
    await t.slack.waitForResponses({ count: 2 });
    await command("UANN01", "update alpha amount 6k", "c");
    await t.slack.waitForResponses({ id: "c" });
  });

  it("a retried /deal undo undoes only the change it was about, never a second one", async () => {
    // The undo is applied, but telling the user fails: its work is retried.
    t.slack.on("response_url", { status: 500, times: 1 });
    await command("UANN01", "undo", "u");
    await retryScheduled();
    expect((await t.db.deal.findFirstOrThrow({ where: { name: "Alpha" } })).amountMinor).toBe(500_000n);

    await retryDueWork();
    await t.slack.waitForResponses({ id: "u" });
    await settled();
    expect(await t.db.deal.findFirst({ where: { name: "Beta" } })).not.toBeNull();
    expect(await t.db.dealEvent.count({ where: { kind: "undone" } })).toBe(1);
    expect(textOf(repliesTo("u"))).not.toContain("Beta");
  });

  it("a replayed /deal undo (the same request again, as a Slack retry) applies once", async () => {
    const request = await command("UANN01", "undo", "u");
    await t.slack.waitForResponses({ id: "u" });
    const again = await t.send(request, { retryNum: 1 });
    expect(again.status).toBe(200);
    await t.send(request);
    await settled();
    expect(await t.db.deal.findFirst({ where: { name: "Beta" } })).not.toBeNull();
    expect(await t.db.dealEvent.count({ where: { kind: "undone" } })).toBe(1);
    expect(repliesTo("u")).toHaveLength(1);
  });
});

describe("replays apply once", () => {
  it("/deal update sent again (a Slack retry, a re-sent request) changes the deal once", async () => {
    await command("UANN01", "new Acme amount 5k close next friday", "n");
    await t.slack.waitForResponses({ id: "n" });
    const update = await command("UANN01", "update acme amount 6k", "u");
    await t.slack.waitForResponses({ id: "u" });
    expect((await t.send(update, { retryNum: 1 })).status).toBe(200);
    expect((await t.send(update)).status).toBe(200);
    await settled();
    expect(await t.db.dealEvent.count({ where: { kind: "updated" } })).toBe(1);
    expect((await t.db.deal.findFirstOrThrow()).version).toBe(2);
    expect(repliesTo("u")).toHaveLength(1);
  });
});

describe("one Slack method failing does not hold anyone's changes", () => {
  const failures: [string, Behaviour][] = [
    ["answering 500", { status: 500 }],
    ["hanging", { delayMs: 60_000 }],
    ["rate limited (429)", { status: 429, retryAfter: 30 }],
  ];

  it.each(failures)(
    "views.publish %s: four people's changes are applied and answered",
    async (_, behaviour) => {
      t.slack.on("views.publish", behaviour);
      await Promise.all(
        USERS.map((user, i) => command(user, `new Deal${i} amount 5k close next friday`, user)),
      );
      // Each answer comes within seconds, whatever Home tabs are doing.
      await t.slack.waitForResponses({ count: USERS.length, timeoutMs: 15_000 });
      expect(await t.db.deal.count()).toBe(USERS.length);
      for (const user of USERS) expect(textOf(repliesTo(user))).toContain("Deal");

      // Slack recovers: the Home tabs are refreshed from the database, later.
      t.slack.reset();
      for (let i = 0; i < 3; i++) {
        clock.advance(10 * MINUTE);
        await t.app.work.sweep();
        await settled();
      }
      const published = (await t.slack.waitFor("views.publish", { count: USERS.length, timeoutMs: 15_000 }))
        .filter((call) => call.outcome === "ok")
        .map((call) => call.body.user_id);
      expect(new Set(published)).toEqual(new Set(USERS));
    },
  );

  it("users.info hanging for first-time users: their changes are still applied and answered", async () => {
    t.slack.on("users.info", { delayMs: 60_000 });
    await Promise.all(
      USERS.map((user, i) => command(user, `new Deal${i} amount 5k close next friday`, user)),
    );
    await t.slack.waitForResponses({ count: USERS.length, timeoutMs: 30_000 });
    expect(await t.db.deal.count()).toBe(USERS.length);
  });
});

describe("malformed but signed requests", () => {
  const bodies: [string, SlackRequest][] = [
    ["payload=null", { body: "payload=null", contentType: FORM }],
    ["a JSON null", { body: "null", contentType: JSON_TYPE }],
    ["{}", { body: "{}", contentType: JSON_TYPE }],
    ["a form without payload or command", { body: "foo=bar", contentType: FORM }],
    [
      "block_actions with empty actions",
      {
        body: new URLSearchParams({
          payload: JSON.stringify({ type: "block_actions", user: { id: "UANN01" }, actions: [] }),
        }).toString(),
        contentType: FORM,
      },
    ],
    [
      "a view_submission without a view",
      {
        body: new URLSearchParams({
          payload: JSON.stringify({ type: "view_submission", user: { id: "UANN01" } }),
        }).toString(),
        contentType: FORM,
      },
    ],
  ];

  it.each(bodies)("%s: 400, and the app keeps serving", async (_, request) => {
    const sent = await t.send(request);
    expect(sent.status).toBe(400);
    const help = await t.send(slashCommand({ text: "help", userId: "UANN01" }));
    expect(help.status).toBe(200);
  });

  it("an unsigned malformed request is still refused as unsigned (401)", async () => {
    const sent = await t.send({ body: "payload=null", contentType: FORM }, { unsigned: true });
    expect(sent.status).toBe(401);
  });
});
