import { afterEach, describe, expect, it } from "vitest";
import { NPS_ACTIONS } from "../../src/slack/ids.js";
import { DAY, HOUR } from "../support/clock.js";
import { dealDriver, textOf } from "../support/deal-driver.js";
import {
  bootNps,
  getPage,
  NPS_CHANNEL,
  type NpsTest,
  OWNER,
  postForm,
  seedWonAccount,
  submit,
} from "../support/nps.js";
import { blockActions } from "../support/slack-requests.js";
import { surveyLink } from "../support/smtp.js";

const running: NpsTest[] = [];
afterEach(async () => {
  for (const r of running.splice(0)) await r.close();
});
async function boot(start?: string, env?: Record<string, string>) {
  const r = await bootNps(start, env);
  running.push(r);
  return r;
}

/** Headers as one line each (SMTP folds long ones). */
const unfold = (raw: string) => raw.replace(/\r?\n[ \t]+/g, " ");
const runSurveys = (r: NpsTest) => r.t.app.scheduler.runJob("nps-surveys", r.t.clock.now());
const postsTo = (r: NpsTest, channel: string) =>
  r.t.slack.callsTo("chat.postMessage").filter((c) => c.body.channel === channel && c.outcome === "ok");

describe("NPS surveys by email", () => {
  it("emails a survey 30 days after a win; the link records the answer; a detractor alerts owner and channel", async () => {
    const r = await boot();
    const { t } = r;
    await seedWonAccount(t.db, { now: t.clock.now(), wonDaysAgo: 31 });
    const run = await runSurveys(r);
    expect(run.status).toBe("done");
    expect(r.smtp.messages).toHaveLength(1);
    const mail = r.smtp.messages[0]!;
    expect(mail.to).toEqual(["maria@acme.example"]);
    expect(unfold(mail.raw)).toMatch(
      /List-Unsubscribe: <http:\/\/127\.0\.0\.1:\d+\/nps\/[A-Za-z0-9_-]{43}\/unsubscribe>/,
    );
    for (let n = 0; n <= 10; n++)
      expect(surveyLink(mail, n)).toMatch(new RegExp(`/nps/[A-Za-z0-9_-]{43}\\?score=${n}$`));
    const survey = await t.db.npsSurvey.findFirstOrThrow();
    expect(survey).toMatchObject({ status: "sent", channel: "email", trigger: "won", attempts: 1 });
    // Only the hash is stored.
    const token = /\/nps\/([A-Za-z0-9_-]{43})/.exec(surveyLink(mail, 3))![1]!;
    expect(survey.tokenHash).not.toContain(token);
    expect(survey.tokenHash).toMatch(/^[0-9a-f]{64}$/);

    const link = surveyLink(mail, 3);
    const page = await getPage(link);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-security-policy")).toMatch(
      /^default-src 'none'; style-src 'sha256-[^']+'; img-src 'none'; form-action 'self'; frame-ancestors 'none'/,
    );
    expect(page.headers.get("referrer-policy")).toBe("same-origin");
    expect(page.html).toContain(
      'id="score-3" name="score" value="3" required aria-describedby="scale-hint" checked',
    );
    expect(page.html).not.toMatch(/<script/i);
    expect(await t.db.npsResponse.count()).toBe(0); // opening the link records nothing

    const comment = `<script>alert(1)</script> & <!channel> too slow`;
    const answered = await submit(link, page, 3, comment);
    expect(answered.status).toBe(200);
    expect(answered.html).toContain("You can change your answer until");
    expect(answered.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;!channel&gt;");
    expect(answered.html).not.toContain("<script>");
    const response = await t.db.npsResponse.findFirstOrThrow();
    expect(response).toMatchObject({ score: 3, comment });
    expect((await t.db.npsSurvey.findFirstOrThrow()).status).toBe("answered");

    const ownerDm = postsTo(r, OWNER);
    const channelPost = postsTo(r, NPS_CHANNEL);
    expect(ownerDm).toHaveLength(1);
    expect(channelPost).toHaveLength(1);
    const alert = textOf(channelPost[0]!.body.blocks);
    expect(alert).toContain("Maria Lopez");
    expect(alert).toContain("scored *3*/10");
    expect(alert).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;!channel&gt;");
    expect(alert).not.toContain("<!channel>");
    expect(alert).toContain(NPS_ACTIONS.take);
    expect(alert).toContain(NPS_ACTIONS.outcome);

    // Changing the answer within 7 days: no second alert (still a detractor), the alert is updated.
    const again = await submit(link, answered, 5, "better now");
    expect(again.status).toBe(200);
    expect(await t.db.npsResponse.findFirstOrThrow()).toMatchObject({ score: 5, comment: "better now" });
    expect(postsTo(r, NPS_CHANNEL)).toHaveLength(1);
    expect(textOf(r.t.slack.lastCall("chat.update")?.body.blocks)).toContain("better now");

    // Take it, then log the outcome: the follow-up is closed.
    const driver = dealDriver(t);
    await t.send(
      blockActions({
        userId: OWNER,
        actions: [{ actionId: NPS_ACTIONS.take, value: String(response.id) }],
        responseUrl: t.slack.responseUrl("take"),
      } as Parameters<typeof blockActions>[0]),
    );
    await expect.poll(async () => (await t.db.npsResponse.findFirstOrThrow()).followUpAssigneeId).toBe(OWNER);
    const closed = await driver.submit(
      OWNER,
      "nps.outcome",
      { nps_outcome: { value: { type: "plain_text_input", value: "Called her; fixed the SSO issue" } } },
      JSON.stringify({ r: response.id }),
    );
    expect(closed.body.response_action).toBe("clear");
    expect(await t.db.npsResponse.findFirstOrThrow()).toMatchObject({
      followUpOutcome: "Called her; fixed the SSO issue",
      followUpClosedAt: t.clock.now(),
    });
    // After 7 days the answer can no longer change.
    t.clock.advance(7 * DAY + HOUR);
    const reopened = await getPage(link);
    expect(reopened.html).toContain("can no longer be changed");
    expect(reopened.html).not.toContain("<form");
    const late = await submit(link, again, 9, "changed my mind");
    expect(late.status).toBe(403); // the old form has expired too
    expect((await t.db.npsResponse.findFirstOrThrow()).score).toBe(5);
  });

  it("retries later when SMTP refuses or is down, and sends exactly once", async () => {
    const r = await boot();
    await seedWonAccount(r.t.db, { now: r.t.clock.now(), wonDaysAgo: 30 });
    r.smtp.refuse = true;
    await runSurveys(r);
    expect(r.smtp.messages).toHaveLength(0);
    let survey = await r.t.db.npsSurvey.findFirstOrThrow();
    expect(survey).toMatchObject({ status: "failed", attempts: 1 });
    expect(survey.lastError).toMatch(/451/);
    expect(survey.nextAttemptAt!.getTime()).toBe(r.t.clock.now().getTime() + 5 * 60_000);

    // The next hourly run: SMTP answers again.
    r.smtp.refuse = false;
    r.t.clock.advance(HOUR);
    await runSurveys(r);
    expect(r.smtp.messages).toHaveLength(1);
    survey = await r.t.db.npsSurvey.findFirstOrThrow();
    expect(survey).toMatchObject({ status: "sent", attempts: 2 });
    // Further runs send nothing again.
    r.t.clock.advance(HOUR);
    await runSurveys(r);
    expect(r.smtp.messages).toHaveLength(1);
    expect(await r.t.db.npsSurvey.count()).toBe(1);
  });

  it("a server that is not there at all: failed with a retry time, nothing lost", async () => {
    const r = await boot();
    await seedWonAccount(r.t.db, { now: r.t.clock.now(), wonDaysAgo: 30 });
    await r.smtp.close();
    await runSurveys(r);
    const survey = await r.t.db.npsSurvey.findFirstOrThrow();
    expect(survey.status).toBe("failed");
    expect(survey.nextAttemptAt).not.toBeNull();
    running.splice(running.indexOf(r), 1);
    await r.t.close();
  });

  it("never surveys an opted-out contact, and the unsubscribe link opts out", async () => {
    const r = await boot();
    await seedWonAccount(r.t.db, { now: r.t.clock.now(), wonDaysAgo: 30, contact: { optedOut: true } });
    const run = await runSurveys(r);
    expect(run.status === "done" && run.summary).toMatchObject({ created: 0, skippedOptedOut: 2 }); // won and relationship triggers
    expect(r.smtp.messages).toHaveLength(0);

    await seedWonAccount(r.t.db, {
      now: r.t.clock.now(),
      wonDaysAgo: 30,
      account: "Beta",
      contact: { email: "b@beta.example" },
    });
    r.t.clock.advance(HOUR); // the next hourly slot
    await runSurveys(r);
    expect(r.smtp.messages).toHaveLength(1);
    const unsubscribe = /List-Unsubscribe: <([^>]+)>/.exec(unfold(r.smtp.messages[0]!.raw))![1]!;
    // Opening the link (as mail scanners do) only asks; the button posts.
    const page = await getPage(unsubscribe);
    expect(page.status).toBe(200);
    expect(page.html).toContain('<form method="post"');
    expect(page.html).not.toContain("You are unsubscribed");
    const before = await r.t.db.contact.findFirstOrThrow({ where: { email: "b@beta.example" } });
    expect(before.optedOut).toBe(false);
    const confirmed = await postForm(unsubscribe, { "List-Unsubscribe": "One-Click" });
    expect(confirmed.status).toBe(200);
    expect(confirmed.html).toContain("You are unsubscribed");
    const contact = await r.t.db.contact.findFirstOrThrow({ where: { email: "b@beta.example" } });
    expect(contact.optedOut).toBe(true);
    expect(contact.optedOutAt).toEqual(r.t.clock.now());
  });

  it("an expired link opts nobody out, and answers outside the survey pages carry the security headers", async () => {
    const r = await boot();
    await seedWonAccount(r.t.db, {
      now: r.t.clock.now(),
      wonDaysAgo: 30,
      contact: { email: "c@gamma.example" },
    });
    await runSurveys(r);
    const unsubscribe = /List-Unsubscribe: <([^>]+)>/.exec(unfold(r.smtp.messages[0]!.raw))![1]!;
    r.t.clock.advance(40 * DAY); // survey links live 30 days
    expect((await getPage(unsubscribe)).status).toBe(410);
    expect((await postForm(unsubscribe, { "List-Unsubscribe": "One-Click" })).status).toBe(410);
    expect((await r.t.db.contact.findFirstOrThrow({ where: { email: "c@gamma.example" } })).optedOut).toBe(
      false,
    );

    for (const [method, path, status] of [
      ["GET", "/nope", 404],
      ["DELETE", "/nps/abc", 405],
    ] as const) {
      const res = await fetch(`${r.t.url}${path}`, { method });
      expect(res.status).toBe(status);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    }
  });

  it("never more than one survey per contact per 90 days (won and relationship triggers, and on demand)", async () => {
    const r = await boot("2026-11-23T09:00:00Z");
    const { deal } = await seedWonAccount(r.t.db, { now: r.t.clock.now(), wonDaysAgo: 30 });
    await runSurveys(r);
    expect(r.smtp.messages).toHaveLength(1);
    // A new quarter starts 39 days later: the relationship survey waits for the 90 days.
    r.t.clock.set("2027-01-01T10:00:00Z");
    const run = await runSurveys(r);
    expect(run.status === "done" && run.summary).toMatchObject({ created: 0, skippedRecent: 1 });
    const manual = await dealDriver(r.t).command(OWNER, "nps send Acme");
    expect(textOf(manual.reply)).toContain("at most one survey per 90 days");
    expect(r.smtp.messages).toHaveLength(1);
    // 90 days after the first survey, the quarter's relationship survey goes out (once).
    r.t.clock.set("2027-02-22T10:00:00Z");
    await runSurveys(r);
    r.t.clock.advance(HOUR);
    await runSurveys(r);
    expect(r.smtp.messages).toHaveLength(2);
    const surveys = await r.t.db.npsSurvey.findMany({ orderBy: { id: "asc" } });
    expect(surveys.map((s) => s.dedupeKey)).toEqual([`won:${deal.id}:1`, "relationship:2027-Q1:1"]);
  });
});

describe("survey page security", () => {
  async function answeredLink(r: NpsTest) {
    await seedWonAccount(r.t.db, { now: r.t.clock.now(), wonDaysAgo: 30 });
    await runSurveys(r);
    return surveyLink(r.smtp.messages[0]!, 8);
  }

  it("unknown and malformed tokens get a friendly 404; an expired one a 410; nothing is recorded", async () => {
    const r = await boot();
    const link = await answeredLink(r);
    const base = new URL(link).origin;
    const unknown = await getPage(`${base}/nps/${"A".repeat(43)}`);
    expect(unknown.status).toBe(404);
    expect(unknown.html).toContain("This link is not valid");
    expect((await getPage(`${base}/nps/short`)).status).toBe(404);
    expect((await getPage(`${base}/nps/%E0%A4%A`)).status).toBe(404);
    const page = await getPage(link);
    r.t.clock.advance(30 * DAY + 1);
    const expired = await getPage(link);
    expect(expired.status).toBe(410);
    expect(expired.html).toContain("This survey has closed");
    const posted = await submit(link, page, 8, "late");
    expect(posted.status).toBe(410);
    expect(await r.t.db.npsResponse.count()).toBe(0);
  });

  it("refuses a replayed form, a form without its cookie, another origin, or a forged CSRF token", async () => {
    const r = await boot();
    const link = await answeredLink(r);
    const page = await getPage(link);
    const url = link.split("?")[0]!;
    const origin = new URL(link).origin;
    // No cookie (a cross-site post, or a replay from elsewhere).
    expect(
      (await postForm(url, { csrf: page.csrf!, v: page.version!, score: "1", comment: "" }, { origin }))
        .status,
    ).toBe(403);
    // Another site.
    expect(
      (
        await postForm(
          url,
          { csrf: page.csrf!, v: page.version!, score: "1" },
          { cookie: page.cookie!, origin: "https://evil.example" },
        )
      ).status,
    ).toBe(403);
    // A forged token.
    expect(
      (
        await postForm(
          url,
          { csrf: `${Date.now()}.${"x".repeat(43)}`, v: "0", score: "1" },
          { cookie: page.cookie!, origin },
        )
      ).status,
    ).toBe(403);
    // A tampered version.
    expect(
      (await postForm(url, { csrf: page.csrf!, v: "1", score: "1" }, { cookie: page.cookie!, origin }))
        .status,
    ).toBe(403);
    expect(await r.t.db.npsResponse.count()).toBe(0);

    const first = await submit(link, page, 8, "good");
    expect(first.status).toBe(200);
    const replay = await submit(link, page, 2, "replayed");
    expect(replay.status).toBe(409);
    expect(await r.t.db.npsResponse.findFirstOrThrow()).toMatchObject({ score: 8, comment: "good" });
    // A promoter alerts nobody.
    expect(postsTo(r, NPS_CHANNEL)).toHaveLength(0);
  });

  it("asks for a score when none was picked, keeping the comment", async () => {
    const r = await boot();
    const link = await answeredLink(r);
    const page = await getPage(link.split("?")[0]!);
    const missing = await submit(link, page, undefined, "I forgot <b>the score</b>");
    expect(missing.status).toBe(422);
    expect(missing.html).toContain("Choose a score from 0 to 10.");
    expect(missing.html).toContain("I forgot &lt;b&gt;the score&lt;/b&gt;");
    expect(await r.t.db.npsResponse.count()).toBe(0);
  });

  it("rate-limits the survey routes per client (429 with Retry-After)", async () => {
    const r = await boot();
    const base = r.t.url;
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) statuses.push((await getPage(`${base}/nps/${"B".repeat(43)}`)).status);
    expect(statuses.slice(0, 20).every((s) => s === 404)).toBe(true);
    const limited = await getPage(`${base}/nps/${"B".repeat(43)}`);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    r.t.clock.advance(60_000);
    expect((await getPage(`${base}/nps/${"B".repeat(43)}`)).status).toBe(404);
  });

  it("behind a trusted proxy (TRUST_PROXY=1), limits each client the proxy reports, not the proxy", async () => {
    const r = await boot(undefined, { TRUST_PROXY: "1" });
    const url = `${r.t.url}/nps/${"B".repeat(43)}`;
    const from = (forwardedFor: string) =>
      fetch(url, { headers: { "x-forwarded-for": forwardedFor } }).then((res) => res.status);
    for (let i = 0; i < 20; i++) expect(await from("203.0.113.7")).toBe(404);
    expect(await from("203.0.113.7")).toBe(429);
    // Forging an entry does not help: the proxy appends the address it saw.
    expect(await from("198.51.100.1, 203.0.113.7")).toBe(429);
    // Another client behind the same proxy is not held back.
    expect(await from("198.51.100.1")).toBe(404);
  });

  it("speaks the contact's language", async () => {
    const r = await boot();
    await seedWonAccount(r.t.db, { now: r.t.clock.now(), wonDaysAgo: 30, contact: { language: "fi" } });
    await runSurveys(r);
    const mail = r.smtp.messages[0]!;
    expect(mail.raw).toMatch(/Subject: =\?UTF-8\?/);
    const page = await getPage(surveyLink(mail, 10));
    expect(page.html).toContain('<html lang="fi">');
    expect(page.html).toContain("Kuinka todennäköisesti suosittelisit meitä");
    // A post refused by the form checks (here: no cookie) is explained in Finnish too.
    const refused = await postForm(
      surveyLink(mail, 10).split("?")[0]!,
      { csrf: page.csrf!, v: page.version!, score: "9", comment: "" },
      { origin: new URL(surveyLink(mail, 10)).origin },
    );
    expect(refused.status).toBe(403);
    expect(refused.html).toContain("Lomaketta ei voitu vastaanottaa");
  });
});
