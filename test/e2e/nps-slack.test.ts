import { afterEach, describe, expect, it } from "vitest";
import { NPS_ACTIONS } from "../../src/slack/ids.js";
import { DAY } from "../support/clock.js";
import { dealDriver, findButton, textOf } from "../support/deal-driver.js";
import { bootNps, NPS_CHANNEL, type NpsTest, OWNER, seedWonAccount } from "../support/nps.js";
import { blockActions } from "../support/slack-requests.js";

const running: NpsTest[] = [];
afterEach(async () => {
  for (const r of running.splice(0)) await r.close();
});
async function boot(start?: string) {
  const r = await bootNps(start);
  running.push(r);
  return r;
}
const CUSTOMER = "UCUST001";

describe("NPS in Slack", () => {
  it("adds and lists contacts with /deal contact", async () => {
    const r = await boot();
    const driver = dealDriver(r.t);
    const added = await driver.command(
      OWNER,
      "contact add Maria Lopez <mailto:maria@acme.example|maria@acme.example> account Acme lang fi slack <@UCUST001|maria>",
    );
    expect(textOf(added.reply)).toContain("Added contact");
    expect(await r.t.db.contact.findFirstOrThrow()).toMatchObject({
      name: "Maria Lopez",
      email: "maria@acme.example",
      language: "fi",
      slackUserId: CUSTOMER,
    });
    const bad = await driver.command(OWNER, "contact add Bob not-an-email account Acme");
    expect(textOf(bad.ack ?? bad.reply)).toContain("Give the contact");
    const badLang = await driver.command(OWNER, "contact add Bob bob@acme.example account Acme lang xx");
    expect(textOf(badLang.ack ?? badLang.reply)).toContain('Language \\"xx\\" is not one of');
    const list = await driver.command(OWNER, "contact list acme");
    expect(textOf(list.reply)).toContain("Maria Lopez");
    expect(textOf(list.reply)).toContain("maria@acme.example");
  });

  it("/deal nps send DMs a Slack contact 0-10 buttons; a click records it and opens the comment modal", async () => {
    const r = await boot();
    r.t.slack.addUser({ id: CUSTOMER, realName: "Maria", tz: "UTC" });
    await seedWonAccount(r.t.db, {
      now: r.t.clock.now(),
      wonDaysAgo: 2,
      contact: { slackUserId: CUSTOMER, email: null },
    });
    const sent = await dealDriver(r.t).command(OWNER, "nps send Acme");
    expect(textOf(sent.reply)).toContain("survey sent by slack");
    const dm = r.t.slack.callsTo("chat.postMessage").find((c) => c.body.channel === CUSTOMER)!;
    const button = findButton(dm.body.blocks, `${NPS_ACTIONS.score}:4`)!;
    expect(JSON.parse(button.value)).toMatchObject({ n: 4 });
    expect(r.smtp.messages).toHaveLength(0);

    // Somebody else cannot answer it.
    await r.t.send(
      blockActions({
        userId: OWNER,
        actions: [{ actionId: `${NPS_ACTIONS.score}:10`, value: button.value }],
        responseUrl: r.t.slack.responseUrl("x"),
      } as Parameters<typeof blockActions>[0]),
    );
    await r.t.slack.waitForResponses({ count: 1 });
    expect(await r.t.db.npsResponse.count()).toBe(0);

    await r.t.send(
      blockActions({
        userId: CUSTOMER,
        actions: [{ actionId: `${NPS_ACTIONS.score}:4`, value: button.value }],
        responseUrl: r.t.slack.responseUrl("y"),
      } as Parameters<typeof blockActions>[0]),
    );
    await r.t.slack.waitFor("views.open");
    expect(await r.t.db.npsResponse.findFirstOrThrow()).toMatchObject({ score: 4, comment: null });
    const modal = r.t.slack.lastCall("views.open")!.body.view as {
      private_metadata: string;
      callback_id: string;
    };
    expect(modal.callback_id).toBe("nps.comment");
    await r.t.slack.waitFor("chat.postMessage", { count: 3 }); // the survey DM, then owner and channel alerts
    const submitted = await dealDriver(r.t).submit(
      CUSTOMER,
      "nps.comment",
      { nps_comment: { value: { type: "plain_text_input", value: "Support <@U1> is slow" } } },
      modal.private_metadata,
    );
    expect(submitted.body.response_action).toBe("clear");
    expect((await r.t.db.npsResponse.findFirstOrThrow()).comment).toBe("Support <@U1> is slow");
    const updated = textOf(r.t.slack.lastCall("chat.update")!.body.blocks);
    expect(updated).toContain("Support &lt;@U1&gt; is slow");
    expect(r.t.slack.callsTo("chat.postMessage").filter((c) => c.body.channel === NPS_CHANNEL)).toHaveLength(
      1,
    );
  });

  it("a detractor's click opens the comment modal before the alerts, so a 429 on them cannot expire its trigger", async () => {
    const r = await boot();
    r.t.slack.addUser({ id: CUSTOMER, realName: "Maria", tz: "UTC" });
    await seedWonAccount(r.t.db, {
      now: r.t.clock.now(),
      wonDaysAgo: 2,
      contact: { slackUserId: CUSTOMER, email: null },
    });
    await dealDriver(r.t).command(OWNER, "nps send Acme");
    const dm = r.t.slack.callsTo("chat.postMessage").find((c) => c.body.channel === CUSTOMER)!;
    const button = findButton(dm.body.blocks, `${NPS_ACTIONS.score}:2`)!;
    // The first alert is rate limited for 4 s: longer than the trigger_id lives.
    r.t.slack.on("chat.postMessage", { status: 429, retryAfter: 4, times: 1 });
    await r.t.send(
      blockActions({
        userId: CUSTOMER,
        actions: [{ actionId: `${NPS_ACTIONS.score}:2`, value: button.value }],
        responseUrl: r.t.slack.responseUrl("z"),
      } as Parameters<typeof blockActions>[0]),
    );
    const [opened] = await r.t.slack.waitFor("views.open");
    expect(opened?.outcome).toBe("ok");
    const [redrawn] = await r.t.slack.waitForResponses({ id: "z", timeoutMs: 10_000 });
    // The redrawn survey gets a new block_id for its buttons.
    const ids = ((redrawn?.body.blocks ?? []) as { block_id?: string }[])
      .map((b) => b.block_id)
      .filter(Boolean);
    expect(ids).toContain("nps_scores_2");
    expect(ids).not.toContain("nps_scores");
    await r.t.slack.waitFor("chat.postMessage", { count: 4, timeoutMs: 10_000 }); // survey, 429, owner and channel alerts
  }, 30_000);

  it("/deal nps send finds a contact by part of their name, like deals", async () => {
    const r = await boot();
    r.t.slack.addUser({ id: CUSTOMER, realName: "Olga", tz: "UTC" });
    await seedWonAccount(r.t.db, {
      now: r.t.clock.now(),
      wonDaysAgo: 2,
      account: "Globex",
      contact: { name: "Olga Customer", slackUserId: CUSTOMER, email: null },
    });
    const sent = await dealDriver(r.t).command(OWNER, "nps send olga");
    expect(textOf(sent.reply)).toContain("Olga Customer");
    expect(r.t.slack.callsTo("chat.postMessage").filter((c) => c.body.channel === CUSTOMER)).toHaveLength(1);
  });

  it("a contact whose email belongs to someone in the workspace is matched to them (users:read.email)", async () => {
    const r = await boot();
    r.t.slack.addUser({ id: "UGUEST01", realName: "Gus Guest", tz: "UTC", email: "gus@acme.example" });
    await dealDriver(r.t).command(OWNER, "contact add Gus Guest gus@acme.example account Acme");
    await dealDriver(r.t).command(OWNER, "contact add Nina Nobody nina@acme.example account Acme");
    const contacts = await r.t.db.contact.findMany({ orderBy: { name: "asc" } });
    expect(contacts.map((c) => [c.name, c.slackUserId])).toEqual([
      ["Gus Guest", "UGUEST01"],
      ["Nina Nobody", null],
    ]);
    expect(r.t.slack.callsTo("users.lookupByEmail").map((c) => c.outcome)).toEqual(["ok", "users_not_found"]);
  });

  it("posts the monthly NPS digest: score, trend, channels, reps, segments, comments, open follow-ups", async () => {
    const r = await boot("2026-11-10T09:00:00Z");
    const { contact, account } = await seedWonAccount(r.t.db, {
      now: r.t.clock.now(),
      wonDaysAgo: 5,
      segment: "Enterprise",
    });
    const mk = async (
      score: number,
      at: string,
      channel: "email" | "slack",
      comment: string | null,
      n: number,
    ) => {
      const survey = await r.t.db.npsSurvey.create({
        data: {
          contactId: contact.id,
          accountId: account.id,
          trigger: "manual",
          channel,
          tokenHash: `h${n}`,
          expiresAt: new Date(at),
          status: "answered",
          sentAt: new Date(at),
          dedupeKey: `t${n}`,
        },
      });
      await r.t.db.npsResponse.create({
        data: { surveyId: survey.id, score, comment, respondedAt: new Date(at) },
      });
    };
    await mk(10, "2026-10-05T10:00:00Z", "email", "Great <b>team</b>", 1);
    await mk(2, "2026-10-06T10:00:00Z", "slack", "Too slow", 2);
    await mk(9, "2026-10-07T10:00:00Z", "email", null, 3);
    await mk(8, "2026-09-07T10:00:00Z", "email", null, 4);
    await r.t.db.npsSurvey.create({
      data: {
        contactId: contact.id,
        accountId: account.id,
        trigger: "manual",
        channel: "email",
        tokenHash: "h5",
        expiresAt: new Date(),
        status: "sent",
        sentAt: new Date("2026-10-08T10:00:00Z"),
        dedupeKey: "t5",
      },
    });
    const run = await r.t.app.scheduler.runJob("nps-digest", new Date("2026-11-01T09:00:00Z"));
    expect(run).toMatchObject({
      status: "done",
      summary: { month: "2026-10", responses: 3, nps: 33, posted: 1 },
    });
    const digest = textOf(
      r.t.slack.callsTo("chat.postMessage").find((c) => c.body.channel === NPS_CHANNEL)!.body.blocks,
    );
    expect(digest).toContain("NPS +33");
    expect(digest).toContain(":arrow_up: +33 vs 0 the month before");
    expect(digest).toContain("Email: 2 responses of 3 sent (67% response rate)");
    expect(digest).toContain("Slack: 1 response of 1 sent (100% response rate)");
    expect(digest).toContain(`<@${OWNER}>: NPS +33 (3)`);
    expect(digest).toContain("Enterprise: NPS +33 (3)");
    expect(digest).toContain("Great &lt;b&gt;team&lt;/b&gt;");
    expect(digest).toContain("Open detractor follow-ups* (1)");
    // Exactly once per month.
    await r.t.app.scheduler.runJob("nps-digest", new Date("2026-11-01T10:00:00Z"));
    expect(r.t.slack.callsTo("chat.postMessage").filter((c) => c.body.channel === NPS_CHANNEL)).toHaveLength(
      1,
    );
    r.t.clock.advance(DAY);
  });
});
