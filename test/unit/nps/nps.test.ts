import { describe, expect, it } from "vitest";
import { validateContact } from "../../../src/domain/nps/add-contact.js";
import { categoryOf, npsScore, retryAfter } from "../../../src/domain/nps/nps-policy.js";
import { SURVEY_LANGUAGES, surveyCopy } from "../../../src/domain/nps/survey-copy.js";
import { hashSurveyToken, newSurveyToken, TOKEN_PATTERN } from "../../../src/domain/nps/survey-token.js";
import { escapeHtml } from "../../../src/html/escape-html.js";
import { RateLimiter } from "../../../src/http/nps/rate-limit.js";
import { messagePage, PAGE_HEADERS, surveyPage } from "../../../src/http/nps/survey-page.js";
import { renderProblem } from "../../../src/i18n/problem.js";
import { buildSurveyEmail } from "../../../src/mail/survey-email.js";
import { parseDealCommand } from "../../../src/parse/deal-command.js";
import { npsDetractorMessage } from "../../../src/slack/views/nps-detractor-message.js";

describe("NPS arithmetic", () => {
  it.each([
    [[], null],
    [[10, 9, 0], 33],
    [[7, 8], 0],
    [[0, 6, 6, 9], -50],
    [[10], 100],
    [[1, 2, 3], -100],
  ])("npsScore(%j) = %s", (scores, expected) => expect(npsScore(scores)).toBe(expected));

  it.each([
    [0, "detractor"],
    [6, "detractor"],
    [7, "passive"],
    [8, "passive"],
    [9, "promoter"],
    [10, "promoter"],
  ])("score %i is a %s", (score, category) => expect(categoryOf(score)).toBe(category));

  it("backs off, then gives up", () => {
    const now = new Date("2026-11-23T09:00:00Z");
    expect(retryAfter(1, now)?.toISOString()).toBe("2026-11-23T09:05:00.000Z");
    expect(retryAfter(2, now)?.toISOString()).toBe("2026-11-23T09:30:00.000Z");
    expect(retryAfter(6, now)).toBeNull();
  });
});

describe("survey tokens", () => {
  it("are 256 random bits, URL-safe, and only hashed", () => {
    const a = newSurveyToken();
    const b = newSurveyToken();
    expect(a.token).toMatch(TOKEN_PATTERN);
    expect(Buffer.from(a.token, "base64url")).toHaveLength(32);
    expect(a.token).not.toBe(b.token);
    expect(a.tokenHash).toBe(hashSurveyToken(a.token));
    expect(a.tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });
  it.each(["", "short", `${"a".repeat(42)}!`, "a".repeat(44), "../../etc/passwd"])("refuses %j", (bad) =>
    expect(TOKEN_PATTERN.test(bad)).toBe(false),
  );
});

describe("languages", () => {
  it("has the required languages and falls back to English", () => {
    expect(SURVEY_LANGUAGES).toEqual(expect.arrayContaining(["en", "fi", "pl", "ru", "uk"]));
    expect(surveyCopy("FI").lang).toBe("fi");
    expect(surveyCopy("pl-PL").lang).toBe("pl");
    expect(surveyCopy("xx").lang).toBe("en");
    expect(surveyCopy(null).lang).toBe("en");
    for (const lang of SURVEY_LANGUAGES) expect(surveyCopy(lang).commentTitle.length).toBeLessThanOrEqual(24);
  });
  it("fills placeholders through the message catalog", () => {
    expect(surveyCopy("fi").hello("Ann")).toBe("Hei Ann,");
    expect(surveyCopy("ru").canChangeUntil("31.12.2026")).toBe("Вы можете изменить ответ до 31.12.2026.");
  });
});

describe("HTML escaping", () => {
  it.each([
    ["<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"],
    [`" onfocus="x`, "&quot; onfocus=&quot;x"],
    ["a & b 'c'", "a &amp; b &#39;c&#39;"],
  ])("escapeHtml(%j)", (raw, escaped) => expect(escapeHtml(raw)).toBe(escaped));

  it("the survey page escapes the comment and has no script, in a fieldset with a legend", () => {
    const html = surveyPage({
      copy: surveyCopy("uk"),
      path: "/nps/abc",
      csrf: "1.x",
      version: 0,
      selected: 4,
      comment: "</textarea><script>alert(1)</script>",
      notice: { text: "<b>hi</b>", error: true },
    });
    expect(html).toContain('<html lang="uk">');
    expect(html).toContain("&lt;/textarea&gt;&lt;script&gt;");
    expect(html).toContain("&lt;b&gt;hi&lt;/b&gt;");
    expect(html).not.toMatch(/<script/i);
    expect(html).toMatch(/<fieldset>\s*<legend>/);
    expect(html).toContain('value="4" required aria-describedby="scale-hint" checked');
    expect((html.match(/type="radio"/g) ?? []).length).toBe(11);
    expect(messagePage(surveyCopy("en"), "<x>", "<y>")).toContain("&lt;x&gt;");
    expect(PAGE_HEADERS["content-security-policy"]).toContain("default-src 'none'");
    expect(PAGE_HEADERS["content-security-policy"]).not.toContain("unsafe-inline");
  });

  it("the email has eleven score links, a text part and an unsubscribe link, with the name escaped", () => {
    const email = buildSurveyEmail({
      publicUrl: "https://x.example",
      token: "T",
      contactName: "<Eve>",
      language: "ru",
    });
    for (let n = 0; n <= 10; n++) expect(email.text).toContain(`${n}: https://x.example/nps/T?score=${n}`);
    expect(email.html).toContain("&lt;Eve&gt;");
    expect(email.unsubscribeUrl).toBe("https://x.example/nps/T/unsubscribe");
    expect(email.subject).toBe("Порекомендуете ли вы нас?");
  });

  it("the detractor alert escapes the comment and names", () => {
    const message = npsDetractorMessage({
      responseId: 1,
      score: 2,
      comment: "<!channel> <@U1> & co",
      contactName: "<b>",
      accountName: "A&B",
      ownerId: "U0OWNER",
      channel: "email",
      assigneeId: null,
      outcome: null,
      closed: false,
    });
    const json = JSON.stringify(message.blocks);
    expect(json).toContain("&lt;!channel&gt; &lt;@U1&gt; &amp; co");
    expect(json).toContain("A&amp;B");
    expect(message.text).not.toMatch(/[<>]/);
  });
});

describe("rate limiter", () => {
  it("allows a burst, then asks to wait, and refills", () => {
    let now = 0;
    const limiter = new RateLimiter({ capacity: 3, refillPerSecond: 0.5, now: () => now });
    expect([limiter.take("a"), limiter.take("a"), limiter.take("a")]).toEqual([0, 0, 0]);
    expect(limiter.take("a")).toBe(2);
    expect(limiter.take("b")).toBe(0);
    now += 2000;
    expect(limiter.take("a")).toBe(0);
    expect(limiter.take("a")).toBeGreaterThan(0);
  });
});

describe("contact validation", () => {
  it.each([
    [{ name: "Ann", email: "ann@acme.example", account: "Acme" }, []],
    [{ name: "", email: "ann@acme.example", account: "Acme" }, ["The name is empty."]],
    [
      { name: "Ann", email: "ann", account: "Acme" },
      ['"ann" is not an email address (like maria@acme.com).'],
    ],
    [{ name: "Ann", email: "ann@acme.example", account: "" }, ["The account is empty."]],
    [
      { name: "Ann", email: "ann@acme.example", account: "A", language: "de" },
      [expect.stringContaining('Language "de"')],
    ],
    [
      { name: "Ann", email: "ann@acme.example", account: "A", slack: "@ann" },
      [expect.stringContaining("plain text")],
    ],
  ])("%j", (fields, errors) => expect(validateContact(fields).errors).toEqual(errors));

  it("reads a Slack mention or a bare id", () => {
    expect(
      validateContact({ name: "A", email: "a@b.co", account: "X", slack: "<@U0ABC|ann>" }).slackUserId,
    ).toBe("U0ABC");
    expect(validateContact({ name: "A", email: "a@b.co", account: "X", slack: "U0ABC" }).slackUserId).toBe(
      "U0ABC",
    );
  });
});

describe("/deal contact and /deal nps parsing", () => {
  it.each([
    [
      "contact add Maria Lopez <mailto:maria@acme.com|maria@acme.com> account Acme Corp lang fi slack <@U1|maria>",
      {
        kind: "contact-add",
        name: "Maria Lopez",
        email: "maria@acme.com",
        account: "Acme Corp",
        language: "fi",
        slack: "<@U1|maria>",
      },
    ],
    [
      'contact add Bob bob@x.io account "Next Gen"',
      { kind: "contact-add", name: "Bob", email: "bob@x.io", account: "Next Gen" },
    ],
    ["contact list Acme Corp", { kind: "contact-list", account: "Acme Corp" }],
    ["nps send Acme", { kind: "nps-send", target: "Acme" }],
    ["nps send <mailto:a@b.co|a@b.co>", { kind: "nps-send", target: "a@b.co" }],
  ])("%s", (text, expected) => expect(parseDealCommand(text)).toEqual(expected));

  it.each([
    ["contact", /Use contact add or contact list/],
    ["contact list", /Which account/],
    ["contact add Maria account Acme", /name, then their email/],
    ["contact add Maria maria@acme.com", /which account/],
    ["contact add Maria maria@acme.com account Acme account Beta", /given twice/],
    ["nps", /Use nps send/],
    ["nps send", /Whom should I survey/],
  ])("%s is invalid", (text, error) => {
    const cmd = parseDealCommand(text);
    expect(cmd.kind).toBe("invalid");
    expect(cmd.kind === "invalid" && renderProblem("en", cmd.problem)).toMatch(error);
  });
});
