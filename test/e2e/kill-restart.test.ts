import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.js";
import { TEST_SIGNING_SECRET } from "../support/boot.js";
import { collect, spawnCli, waitForLog } from "../support/cli.js";
import { freshTarget } from "../support/database.js";
import { textOf } from "../support/deal-driver.js";
import { type FakeSlack, startFakeSlack } from "../support/fake-slack.js";
import { sendToApp, slashCommand } from "../support/slack-requests.js";

// The real app as a child process (`dealbot start`), killed the way operators
// and orchestrators kill it, then started again on the same database.

let slack: FakeSlack;
let database: Awaited<ReturnType<typeof freshTarget>>;
let cwd: string;
const children: ChildProcess[] = [];
const N = 12;
const users = Array.from({ length: N }, (_, i) => `UREP${String(i).padStart(3, "0")}`);

beforeEach(async () => {
  slack = await startFakeSlack();
  for (const id of users) slack.addUser({ id, realName: `Rep ${id}` });
  database = await freshTarget();
  cwd = mkdtempSync(join(tmpdir(), "dealbot-cwd-"));
});
afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
  await slack.close();
  await database.cleanup();
  rmSync(cwd, { recursive: true, force: true });
});

async function start(env: Record<string, string> = {}) {
  const child = spawnCli(
    ["start"],
    {
      SLACK_BOT_TOKEN: "xoxb-kill-test",
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      DATABASE_URL: database.url,
      PORT: "0",
      DEALBOT_SCHEDULER: "off",
      ...env,
    },
    cwd,
  );
  children.push(child);
  const done = collect(child);
  const listening = await waitForLog(child, (line) => line.msg === "dealbot is listening", 60_000);
  return { child, done, url: `http://127.0.0.1:${listening.port}` };
}

/** N people each create a deal at once; resolves when every command was acked (200). */
async function sendCommands(url: string): Promise<void> {
  const sent = await Promise.all(
    users.map((user, i) =>
      sendToApp(
        url,
        slashCommand({
          text: `new Deal ${i} amount ${i + 1}k close next friday`,
          userId: user,
          responseUrl: slack.responseUrl(user),
        }),
        { signingSecret: TEST_SIGNING_SECRET, now: () => new Date(), timeoutMs: 10_000 },
      ),
    ),
  );
  expect(sent.map((s) => s.status)).toEqual(users.map(() => 200));
}

/** Every acked command applied exactly once, and every person answered. */
async function expectEveryAckedChangeOnce(): Promise<void> {
  for (const user of users) {
    const [reply] = await slack.waitForResponses({ id: user, timeoutMs: 90_000 });
    expect(textOf(reply?.body)).toMatch(/Deal \d+|Your change was saved/);
  }
  const db = openDatabase(database.target);
  try {
    const deals = await db.db.deal.findMany({ select: { name: true, amountMinor: true } });
    expect(deals.map((d) => d.name).sort()).toEqual(users.map((_, i) => `Deal ${i}`).sort());
    for (const deal of deals) {
      const i = Number(deal.name.split(" ")[1]);
      expect(deal.amountMinor).toBe(BigInt((i + 1) * 100_000));
    }
    // Nothing left behind: every row of accepted work is done.
    for (let i = 0; i < 100; i++) {
      if ((await db.db.slackWork.count({ where: { doneAt: null } })) === 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(await db.db.slackWork.count({ where: { doneAt: null } })).toBe(0);
  } finally {
    await db.close();
  }
}

/** On failure, what the restarted process logged last is part of the message. */
async function withLogsOnFailure(started: Awaited<ReturnType<typeof start>>, check: () => Promise<void>) {
  try {
    await check();
  } catch (error) {
    started.child.kill("SIGKILL");
    const { stdout } = await started.done;
    (error as Error).message += `\nThe restarted process logged:\n${stdout.slice(-8000)}`;
    throw error;
  }
}

describe("nothing acked is lost", () => {
  it("kill -9 right after the acks, then a restart: every change applied once, everyone answered", async () => {
    // Replies are slow, so the kill lands while work is queued and in progress.
    slack.on("response_url", { delayMs: 2000 });
    const first = await start();
    await sendCommands(first.url);
    first.child.kill("SIGKILL");
    await first.done;

    slack.reset();
    const second = await start();
    await withLogsOnFailure(second, expectEveryAckedChangeOnce);
    second.child.kill("SIGTERM");
    expect((await second.done).code).toBe(0);
  }, 240_000);

  it("SIGTERM with a short grace, SIGKILL if still there: the rest is done after the restart", async () => {
    // Replies hang: nothing finishes within the grace.
    slack.on("response_url", { delayMs: 60_000 });
    const first = await start({ DEALBOT_SHUTDOWN_GRACE: "1" });
    await sendCommands(first.url);
    first.child.kill("SIGTERM");
    // What an orchestrator does after its own grace period (30 s on Kubernetes).
    const killer = setTimeout(() => first.child.kill("SIGKILL"), 30_000);
    const result = await first.done;
    clearTimeout(killer);
    expect(result.stdout).toContain("stopping: finishing requests in progress");

    slack.reset();
    const second = await start();
    await withLogsOnFailure(second, expectEveryAckedChangeOnce);
    second.child.kill("SIGTERM");
    await second.done;
  }, 240_000);
});
