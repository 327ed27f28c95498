import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.js";
import { TEST_SIGNING_SECRET } from "../support/boot.js";
import { runCli } from "../support/cli.js";
import { freshTarget } from "../support/database.js";
import { type FakeSlack, startFakeSlack } from "../support/fake-slack.js";

let slack: FakeSlack;
let databases: Awaited<ReturnType<typeof freshTarget>>[];
let cwd: string;
const env = (database: Awaited<ReturnType<typeof freshTarget>>) => ({
  SLACK_BOT_TOKEN: "xoxb-cli-test",
  SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
  SLACK_API_URL: slack.apiUrl,
  DATABASE_URL: database.url,
});

beforeEach(async () => {
  slack = await startFakeSlack();
  slack.addUser({ id: "UMARIA01", realName: "Maria Lopez", tz: "UTC", email: "maria@sales.example" });
  slack.addUser({ id: "UJAN0001", realName: "Jan Kowalski", tz: "UTC", email: "jan@sales.example" });
  databases = [await freshTarget(), await freshTarget()];
  cwd = mkdtempSync(join(tmpdir(), "dealbot-cwd-"));
});
afterEach(async () => {
  await slack.close();
  for (const d of databases) await d.cleanup();
  rmSync(cwd, { recursive: true, force: true });
});

const PIPELINE = [
  "id,name,account,owner,amount,currency,stage,close_date,created_at,closed_at,loss_reason,next_step,probability,segment",
  'P1,"Acme, renewal",Acme,maria@sales.example,"12,500.50",EUR,Proposal,2026-12-15,2026-10-01T08:00:00Z,,,"Call CFO, then send ""final"" quote",60,Enterprise',
  "P2,Beta pilot,Beta,UJAN0001,¥300000,,Qualified,2027-01-31,2026-11-02T08:00:00Z,,,,,",
  "P3,Gamma,Gamma,UMARIA01,3000,USD,Won,2026-11-10,2026-09-01T08:00:00Z,2026-11-10T14:00:00Z,,,,SMB",
  "P4,Delta,Delta,UJAN0001,800,EUR,Lost,2026-11-12,2026-08-01T08:00:00Z,2026-11-12T09:00:00Z,Price too high,,,",
].join("\n");

async function pipelineOf(target: Awaited<ReturnType<typeof freshTarget>>["target"]) {
  const db = openDatabase(target);
  try {
    const rows = await db.db.deal.findMany({
      select: {
        name: true,
        account: { select: { name: true, segment: true } },
        ownerId: true,
        stage: { select: { key: true } },
        status: true,
        amountMinor: true,
        currency: true,
        probability: true,
        closeOn: true,
        nextStep: true,
        lossReason: { select: { key: true } },
        createdAt: true,
        closedAt: true,
      },
    });
    return rows.sort((a, b) => a.name.localeCompare(b.name));
  } finally {
    await db.close();
  }
}

// Each test runs the CLI several times; on a loaded machine a start takes seconds.
describe("import and export from the command line", { timeout: 120_000 }, () => {
  it("exits 1 when rows were refused and prints each with its line; 0 when all imported; re-import adds nothing", async () => {
    const [database] = databases as [Awaited<ReturnType<typeof freshTarget>>];
    writeFileSync(join(cwd, "bad.csv"), `${PIPELINE}\nP5,Echo,Echo,UMARIA01,lots,EUR,Lead,2027-01-01,,,,,,`);
    const bad = await runCli(["import", "deals", "bad.csv"], env(database), cwd);
    expect(bad.stdout).toContain('refused   line 6: amount: Amount "lots" is not a number');
    expect(bad.stdout).toContain("deals: 4 new, 0 updated, 0 unchanged, 1 refused (of 5 rows)");
    expect(bad.code).toBe(1);
    writeFileSync(join(cwd, "good.csv"), PIPELINE);
    const dry = await runCli(["import", "deals", "--dry-run", "good.csv"], env(database), cwd);
    expect(dry.stdout).toContain("dry run, nothing written: deals: 0 new, 0 updated, 4 unchanged, 0 refused");
    const good = await runCli(["import", "deals", "good.csv"], env(database), cwd);
    expect(good.stdout).toContain("deals: 0 new, 0 updated, 4 unchanged, 0 refused (of 4 rows)");
    expect(good.code).toBe(0);
  });

  it("export → import into an empty database gives the same pipeline", async () => {
    const [source, target] = databases as [
      Awaited<ReturnType<typeof freshTarget>>,
      Awaited<ReturnType<typeof freshTarget>>,
    ];
    writeFileSync(join(cwd, "pipeline.csv"), PIPELINE);
    expect((await runCli(["import", "deals", "pipeline.csv"], env(source), cwd)).code).toBe(0);
    const exported = await runCli(["export", "deals"], env(source), cwd);
    expect(exported.code).toBe(0);
    const lines = exported.stdout.trim().split("\n");
    expect(lines[0]).toMatch(
      /^id,dealbot_id,name,account,segment,owner,owner_name,owner_email,amount,currency,stage,status/,
    );
    expect(exported.stdout).toContain(
      '"Acme, renewal",Acme,Enterprise,UMARIA01,Maria Lopez,maria@sales.example,12500.50,EUR,Proposal,open,60',
    );
    expect(exported.stdout).toContain("300000,JPY,Qualified,open");
    writeFileSync(join(cwd, "export.csv"), exported.stdout);
    const events = await runCli(["export", "events", "--out", "events.csv"], env(source), cwd);
    expect(events.code).toBe(0);
    expect(readFileSync(join(cwd, "events.csv"), "utf8").split("\n")[0]).toMatch(/^id,at,stage,kind,/);

    const imported = await runCli(
      ["import", "deals", "export.csv", "--events", "events.csv"],
      env(target),
      cwd,
    );
    expect(imported.stdout).toContain("deals: 4 new, 0 updated, 0 unchanged, 0 refused (of 4 rows)");
    expect(imported.code).toBe(0);
    expect(await pipelineOf(target.target)).toEqual(await pipelineOf(source.target));

    const json = await runCli(["export", "deals", "--format", "json"], env(target), cwd);
    const parsed = JSON.parse(json.stdout) as Record<string, unknown>[];
    expect(parsed.find((d) => d.name === "Gamma")).toMatchObject({
      amount: "3000.00",
      currency: "USD",
      stage: "Won",
      status: "won",
      owner: "UMARIA01",
      owner_name: "Maria Lopez",
      closed_at: "2026-11-10T14:00:00.000Z",
    });
  });
});
