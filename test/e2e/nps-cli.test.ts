import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.js";
import { TEST_SIGNING_SECRET } from "../support/boot.js";
import { runCli } from "../support/cli.js";
import { freshTarget } from "../support/database.js";
import { type FakeSlack, startFakeSlack } from "../support/fake-slack.js";
import { seedWonAccount } from "../support/nps.js";
import { type LocalSmtp, startSmtp, surveyLink } from "../support/smtp.js";

let slack: FakeSlack;
let smtp: LocalSmtp;
let database: Awaited<ReturnType<typeof freshTarget>>;
let cwd: string;
const env = () => ({
  SLACK_BOT_TOKEN: "xoxb-cli-test",
  SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
  SLACK_API_URL: slack.apiUrl,
  DATABASE_URL: database.url,
  SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
  MAIL_FROM: "nps@example.com",
  PUBLIC_URL: "https://dealbot.example",
  DEALBOT_CHANNEL_NPS: "CNPS0001",
});

beforeEach(async () => {
  slack = await startFakeSlack();
  smtp = await startSmtp();
  database = await freshTarget();
  cwd = mkdtempSync(join(tmpdir(), "dealbot-cwd-"));
});
afterEach(async () => {
  await slack.close();
  await smtp.close();
  await database.cleanup();
  rmSync(cwd, { recursive: true, force: true });
});

describe("NPS from the command line", () => {
  it("import contacts reports accepted and refused rows; a bad row never stops the good ones", async () => {
    writeFileSync(
      join(cwd, "contacts.csv"),
      [
        "Name,Email,Account,Language,Slack",
        "Maria Lopez,maria@acme.example,Acme,fi,",
        "No Email,,Acme,,",
        '"Kowalski, Jan",jan@beta.example,Beta,pl,U0JAN0001',
        "Bad Lang,bad@acme.example,Acme,xx,",
        "Ivan,ivan@gamma.example,Gamma,uk,not-a-user",
      ].join("\n"),
    );
    const result = await runCli(["import", "contacts", "contacts.csv"], env(), cwd);
    expect(result.stdout).toContain("accepted  line 2: Maria Lopez <maria@acme.example> (Acme)");
    expect(result.stdout).toContain("accepted  line 4: Kowalski, Jan <jan@beta.example> (Beta)");
    expect(result.stdout).toMatch(/refused {3}line 3: "" is not an email address/);
    expect(result.stdout).toMatch(/refused {3}line 5: Language "xx" is not one of en, fi, pl, ru, uk/);
    expect(result.stdout).toMatch(/refused {3}line 6: Slack user "not-a-user"/);
    expect(result.stdout).toContain("2 accepted, 3 refused");
    expect(result.code).toBe(1);
    const db = openDatabase(database.target);
    try {
      expect(await db.db.contact.count()).toBe(2);
    } finally {
      await db.close();
    }
  });

  it("run-job nps-surveys --at sends due surveys; run-job nps-digest --at posts the digest", async () => {
    // A harmless job first: it migrates and prepares the workspace (stages), then we seed.
    await runCli(["run-job", "housekeeping", "--at", "2026-11-23T09:00:00Z"], env(), cwd);
    const db = openDatabase(database.target);
    try {
      await db.db.user.create({ data: { id: "UOWNER01", name: "Olga" } });
      await seedWonAccount(db.db, { now: new Date("2026-11-23T09:00:00Z"), wonDaysAgo: 30 });
    } finally {
      await db.close();
    }
    const surveys = await runCli(["run-job", "nps-surveys", "--at", "2026-11-23T09:30:00Z"], env(), cwd);
    expect(surveys.stderr).toBe("");
    expect(surveys.stdout).toMatch(/nps-surveys: done for slot 2026-11-23T09:00 .*"created":1.*"sent":1/);
    expect(smtp.messages).toHaveLength(1);
    expect(surveyLink(smtp.messages[0]!, 0)).toMatch(
      /^https:\/\/dealbot\.example\/nps\/[A-Za-z0-9_-]{43}\?score=0$/,
    );
    const digest = await runCli(["run-job", "nps-digest", "--at", "2026-12-01T09:00:00Z"], env(), cwd);
    expect(digest.stdout).toMatch(/nps-digest: done for slot .*"month":"2026-11".*"posted":1/);
    expect(slack.callsTo("chat.postMessage").map((c) => c.body.channel)).toEqual(["CNPS0001"]);
  });
});
