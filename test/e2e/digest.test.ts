import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PNG } from "pngjs";
import { afterEach, describe, expect, it } from "vitest";
import { ReadWorker } from "../../src/reads/read-worker.js";
import { bootApp, TEST_ADMIN, type TestApp } from "../support/boot.js";
import { runCli } from "../support/cli.js";
import { FakeClock } from "../support/clock.js";
import { testProvider } from "../support/database.js";
import { dealDriver, textOf } from "../support/deal-driver.js";
import { seedDeal, seedUser } from "../support/seed.js";

const apps: TestApp[] = [];
afterEach(async () => {
  for (const app of apps.splice(0).reverse()) await app.close();
});

async function boot(env: Record<string, string> = {}) {
  const t = await bootApp({
    clock: new FakeClock("2026-11-23T08:00:00Z"),
    env: { DEALBOT_CHANNEL_DIGEST: "CDIGEST1,CDIGEST2", ...env },
  });
  apps.push(t);
  await seedUser(t.db, t.slack, { id: "UREP01", tz: "UTC" });
  await seedDeal(t.db, {
    ownerId: "UREP01",
    name: "Acme",
    amount: 12_000,
    staleDays: 2,
    now: t.clock.now(),
    closeOn: "2026-11-30",
  });
  return t;
}

describe("weekly digest", () => {
  it("posts once per channel and week with its chart, even when run again", async () => {
    const t = await boot();
    await t.app.scheduler.runJob("weekly-digest", new Date("2026-11-23T08:00:00Z"));
    await t.app.scheduler.runJob("weekly-digest", new Date("2026-11-23T09:00:00Z"));
    const posts = t.slack.callsTo("chat.postMessage").filter((c) => c.outcome === "ok");
    expect(posts.map((p) => p.body.channel).sort()).toEqual(["CDIGEST1", "CDIGEST2"]);
    expect(textOf(posts[0]!.body.blocks)).toContain("€12,000");
    expect(String(posts[0]!.body.text)).toContain("1 open deal worth €12,000");
    expect(t.slack.uploads).toHaveLength(2);
    const png = PNG.sync.read(t.slack.uploads[0]!.bytes);
    expect(png.width).toBe(900);
    const completes = t.slack.callsTo("files.completeUploadExternal");
    expect(completes.map((c) => c.body.channel_id).sort()).toEqual(["CDIGEST1", "CDIGEST2"]);
    expect(await t.db.snapshot.count({ where: { kind: "funnel", periodKey: "2026-11-23" } })).toBe(1);
  });

  it("a missing channel is retried and reported to the admins; the other still gets the digest", async () => {
    const t = await boot({ DEALBOT_CHANNEL_DIGEST: "CGONE,CDIGEST1" });
    t.slack.on("chat.postMessage", { error: "channel_not_found", when: (c) => c.body.channel === "CGONE" });
    const outcome = await t.app.scheduler.runJob("weekly-digest", new Date("2026-11-23T08:00:00Z"));
    expect(outcome).toMatchObject({ status: "retrying", summary: { sent: 1, failed: 1, charts: 1 } });
    const ok = t.slack.callsTo("chat.postMessage").filter((c) => c.outcome === "ok");
    expect(ok.map((c) => c.body.channel).sort()).toEqual(["CDIGEST1", TEST_ADMIN]);
    expect(t.slack.uploads).toHaveLength(1);
  });

  it("/deal digest answers only to the asker; /deal forecast shows the rep's own gap", async () => {
    const t = await boot();
    const driver = dealDriver(t);
    const digest = await driver.command("UREP01", "digest");
    expect(textOf(digest.reply)).toContain("Pipeline digest");
    expect(t.slack.callsTo("chat.postMessage")).toHaveLength(0);
    const set = await driver.command(TEST_ADMIN, "admin quota <@UREP01|rep> 20k 2026-11");
    expect(textOf(set.reply)).toContain("€20,000");
    const refused = await driver.command(TEST_ADMIN, "admin quota <@UREP01|rep> 20k november");
    expect(textOf(refused.reply)).toContain("neither a month");
    const notAdmin = await driver.command("UREP01", "admin quota team 1m 2026-Q4");
    expect(textOf(notAdmin.reply)).toContain("Only Dealbot admins");
    const forecast = await driver.command("UREP01", "forecast");
    expect(textOf(forecast.reply)).toContain("Target €20,000 · gap €20,000");
    expect(textOf(forecast.reply)).toContain("Acme");
  });
});

describe.skipIf(testProvider() !== "sqlite")(
  "the read worker (SQLite only: PostgreSQL reads in process)",
  () => {
    it("/deal digest and the weekly digest are built on the worker thread once it is up", async () => {
      const t = await boot({ DEALBOT_READ_WORKER: "on" });
      const reads = t.app.services.reads;
      if (!(reads instanceof ReadWorker)) throw new Error("expected the read worker on SQLite");
      await reads.ready();
      const digest = await dealDriver(t).command("UREP01", "digest");
      expect(textOf(digest.reply)).toContain("Pipeline digest");
      expect(textOf(digest.reply)).toContain("€12,000");
      await t.app.scheduler.runJob("weekly-digest", new Date("2026-11-23T08:00:00Z"));
      const posts = t.slack.callsTo("chat.postMessage").filter((c) => c.outcome === "ok");
      expect(posts.map((p) => p.body.channel).sort()).toEqual(["CDIGEST1", "CDIGEST2"]);
      expect(reads.threadReads).toBe(2);
    });
  },
);

describe.skipIf(testProvider() !== "sqlite")(
  "command line (uses its own SQLite files, so it runs once, in the SQLite project)",
  () => {
    it("seed-demo fills an empty database, refuses a second time; preview prints the digest; import quotas", async () => {
      const dir = mkdtempSync(join(tmpdir(), "dealbot-demo-"));
      try {
        const env = { DATABASE_URL: `file:${join(dir, "demo.db")}` };
        const seeded = await runCli(["seed-demo"], env, dir);
        expect(seeded.stdout).toMatch(/wrote 5 people, 30 accounts, \d+ deals/);
        const again = await runCli(["seed-demo"], env, dir);
        expect(again.code).toBe(1);
        expect(again.stderr).toContain("already holds team data");
        const text = await runCli(["preview", "digest", "--at", "2026-11-23T08:00:00Z"], env, dir);
        expect(text.code).toBe(0);
        expect(text.stdout).toContain("# Pipeline digest");
        // The contract: a line with the amount in Commit, and one with past-due open deals.
        expect(text.stdout).toMatch(/^Committed \(deals in Commit\): €[\d,]+ \(\d+ deals?\)/m);
        expect(text.stdout).toMatch(/past due: \d+ deals?, €[\d,]+/);
        const json = await runCli(["preview", "digest", "--json"], env, dir);
        const message = JSON.parse(json.stdout) as { text: string; blocks: unknown[] };
        expect(message.blocks.length).toBeLessThanOrEqual(50);
        writeFileSync(
          join(dir, "q.csv"),
          "subject,amount,period\nteam,500k,2026-Q4\nUDEMO0001,40k,2026-11\nteam,abc,2026-11\nUDEMO0002,10k,2026-13\n",
        );
        const imported = await runCli(["import", "quotas", "q.csv"], env, dir);
        expect(imported.stdout).toContain("2 accepted, 2 refused");
        expect(imported.stdout).toContain("line 4:");
        expect(imported.stdout).toContain("line 5:");
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }, 180_000);
  },
);
