import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TEST_SIGNING_SECRET } from "../support/boot.js";
import { collect, runCli, spawnCli, waitForLog } from "../support/cli.js";
import { freshTarget } from "../support/database.js";
import { type FakeSlack, startFakeSlack } from "../support/fake-slack.js";
import { appHomeOpened, sendToApp, slashCommand } from "../support/slack-requests.js";

let slack: FakeSlack;
let database: Awaited<ReturnType<typeof freshTarget>>;
let cwd: string;
const slackEnv = () => ({
  SLACK_BOT_TOKEN: "xoxb-cli-test",
  SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
  SLACK_API_URL: slack.apiUrl,
  DATABASE_URL: database.url,
});

beforeEach(async () => {
  slack = await startFakeSlack();
  database = await freshTarget();
  // An empty working directory: no developer .env is read.
  cwd = mkdtempSync(join(tmpdir(), "dealbot-cwd-"));
});
afterEach(async () => {
  await slack.close();
  await database.cleanup();
  rmSync(cwd, { recursive: true, force: true });
});

const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

describe("dealbot CLI", () => {
  it("start without tokens exits non-zero naming the variables and where to get them", async () => {
    const result = await runCli(["start"], {}, cwd);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("SLACK_BOT_TOKEN is missing");
    expect(result.stderr).toContain('"OAuth & Permissions"');
    expect(result.stderr).toContain("SLACK_SIGNING_SECRET is missing");
    noStackTrace(result.stderr);
  });

  it("start with a token Slack refuses exits with a clear message", async () => {
    slack.on("auth.test", { error: "invalid_auth" });
    const result = await runCli(["start"], { ...slackEnv(), PORT: "0" }, cwd);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Slack refused SLACK_BOT_TOKEN (invalid_auth)");
    noStackTrace(result.stderr);
  });

  it("migrate applies pending migrations once", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dealbot-migrate-"));
    const env = { DATABASE_URL: `file:${join(dir, "sub", "dealbot.db")}` };
    const first = await runCli(["migrate"], env, cwd);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/applied \d+ migrations?:\n {2}\d{14}_init/);
    const second = await runCli(["migrate"], env, cwd);
    expect(second.stdout).toMatch(/up to date/);
    rmSync(dir, { recursive: true, force: true });
  });

  it("run-job runs a job as of --at, and only once for that period", async () => {
    const at = ["run-job", "housekeeping", "--at", "2026-11-23T09:00:00Z"];
    const first = await runCli(at, slackEnv(), cwd);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("housekeeping: done for slot 2026-11-23T03:30");
    const second = await runCli(at, slackEnv(), cwd);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("it already ran for this period");
  });

  it.each([
    [
      ["run-job"],
      /run-job needs a job name: weekly-nudges, weekly-digest, risk-alerts, forecast-snapshot, .*housekeeping/,
    ],
    [["run-job", "nope"], /Unknown job "nope"/],
    [
      ["run-job", "housekeeping", "--at", "monday"],
      /--at needs an ISO-8601 time.*e\.g\. --at 2026-11-23T09:00:00Z/,
    ],
    [["frobnicate"], /Unknown command "frobnicate"/],
  ])("%j is a usage error with help", async (args, message) => {
    const result = await runCli(args, slackEnv(), cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain("Usage: dealbot <command>");
  });

  it("--help lists the commands and jobs", async () => {
    const result = await runCli(["--help"], {}, cwd);
    expect(result.code).toBe(0);
    for (const word of ["start", "migrate", "run-job <job> [--at <ISO>]", "housekeeping"]) {
      expect(result.stdout).toContain(word);
    }
  });

  it("start serves Slack and /healthz, and on SIGTERM finishes work in progress before exiting", async () => {
    slack.addUser({ id: "UANN01", realName: "Ann Example" });
    // Publishing the Home tab will take a while: the app must wait for it when told to stop.
    slack.on("views.publish", { delayMs: 800 });
    const child = spawnCli(["start"], { ...slackEnv(), PORT: "0", DEALBOT_SCHEDULER: "off" }, cwd);
    const done = collect(child);
    const listening = await waitForLog(child, (line) => line.msg === "dealbot is listening");
    const url = `http://127.0.0.1:${listening.port}`;

    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    // The CLI runs on the system clock.
    const help = await sendToApp(url, slashCommand({ text: "help", userId: "UANN01" }), {
      signingSecret: TEST_SIGNING_SECRET,
      now: () => new Date(),
    });
    expect(help.status).toBe(200);

    const event = await sendToApp(url, appHomeOpened({ userId: "UANN01" }), {
      signingSecret: TEST_SIGNING_SECRET,
      now: () => new Date(),
    });
    expect(event.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 100));
    child.kill("SIGTERM");
    const result = await done;
    expect(result.code).toBe(0);
    expect(slack.callsTo("views.publish").map((c) => c.outcome)).toEqual(["ok"]);
    expect(result.stdout).toContain('"msg":"stopped"');
    // Secrets never reach the logs.
    expect(result.stdout).not.toContain("xoxb-cli-test");
    expect(result.stdout).not.toContain(TEST_SIGNING_SECRET);
  });
});
