// bench/acked-lost: how many acked `/deal new` commands are lost when the process is killed
// with `kill -9` right after the acks, then started again (target: 0). The real app runs as a
// child process (`dealbot start`, as in production); the fake Slack and the clients run here.
//
//   npx tsx bench/acked-lost.ts [--requests 300] [--concurrency 50] [--json]
//   npx tsx bench/acked-lost.ts --database postgresql://user:pass@127.0.0.1:5432/postgres
//
// `concurrency` clients each send signed `/deal new Deal <i> amount <i>k close next friday`
// (each its own rep and response URL), the next one as soon as the previous is acked. When all
// are acked, the process gets SIGKILL at once. Then a new process starts on the same database;
// the run waits (up to --wait-seconds) until every acked command is applied and answered, and
// prints acked, applied before the kill, applied after the restart, applied twice, acked but
// lost, and answered. A benchmark prints numbers; it asserts nothing.
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { openDatabase } from "../src/db/client.js";
import { collect, spawnCli, waitForLog } from "../test/support/cli.js";
import { startFakeSlack } from "../test/support/fake-slack.js";
import { sendToApp, slashCommand } from "../test/support/slack-requests.js";
import { createBenchDatabase } from "./bench-database.js";

const SIGNING_SECRET = "8f742231b10e8888abcd99eeefff85a5";

const { values: flags } = parseArgs({
  options: {
    requests: { type: "string", default: "300" },
    concurrency: { type: "string", default: "50" },
    database: { type: "string" },
    "wait-seconds": { type: "string", default: "180" },
    json: { type: "boolean", default: false },
  },
});
const requests = Number(flags.requests);
const concurrency = Number(flags.concurrency);

const bench = await createBenchDatabase(flags.database, "dealbot_lost");
const slack = await startFakeSlack();
const cwd = mkdtempSync(join(tmpdir(), "dealbot-lost-"));
const reps = Array.from({ length: concurrency }, (_, i) => `UREP${String(i).padStart(4, "0")}`);
for (const id of reps) slack.addUser({ id, realName: `Rep ${id}` });

async function start(): Promise<{ child: ChildProcess; url: string; done: ReturnType<typeof collect> }> {
  const child = spawnCli(
    ["start"],
    {
      SLACK_BOT_TOKEN: "xoxb-bench",
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      DATABASE_URL: bench.url,
      PORT: "0",
      DEALBOT_SCHEDULER: "off",
      LOG_LEVEL: "info",
    },
    cwd,
  );
  const done = collect(child);
  const listening = await waitForLog(child, (line) => line.msg === "dealbot is listening", 120_000);
  return { child, done, url: `http://127.0.0.1:${listening.port}` };
}

const countDeals = async () => {
  const db = openDatabase(bench.target);
  try {
    const rows = await db.db.deal.groupBy({ by: ["name"], _count: { _all: true } });
    return { distinct: rows.length, twice: rows.filter((r) => r._count._all > 1).length };
  } finally {
    await db.close();
  }
};

try {
  const first = await start();
  let nextIndex = 0;
  let acked = 0;
  const ackedIds: string[] = [];
  const started = performance.now();
  await Promise.all(
    reps.map(async (rep) => {
      while (nextIndex < requests) {
        const i = nextIndex++;
        const id = `cmd-${i}`;
        const sent = await sendToApp(
          first.url,
          slashCommand({
            text: `new Deal ${i} amount ${i + 1}k close next friday`,
            userId: rep,
            responseUrl: slack.responseUrl(id),
          }),
          { signingSecret: SIGNING_SECRET, now: () => new Date(), timeoutMs: 10_000 },
        ).catch(() => undefined);
        if (sent?.status === 200) {
          acked++;
          ackedIds.push(id);
        }
      }
    }),
  );
  const ackSeconds = (performance.now() - started) / 1000;
  first.child.kill("SIGKILL");
  await first.done;
  const beforeRestart = await countDeals();
  const answeredBefore = new Set(slack.responses.map((r) => r.id)).size;

  const second = await start();
  const deadline = Date.now() + Number(flags["wait-seconds"]) * 1000;
  let after = await countDeals();
  let answered = 0;
  while (Date.now() < deadline) {
    after = await countDeals();
    const ids = new Set(slack.responses.map((r) => r.id));
    answered = ackedIds.filter((id) => ids.has(id)).length;
    if (after.distinct >= acked && answered >= acked) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  second.child.kill("SIGTERM");
  await second.done;

  const result = {
    database: bench.label,
    requests,
    concurrency,
    acked,
    ackSeconds: Number(ackSeconds.toFixed(1)),
    appliedBeforeKill: beforeRestart.distinct,
    answeredBeforeKill: answeredBefore,
    appliedAfterRestart: after.distinct,
    appliedTwice: after.twice,
    ackedButLost: Math.max(0, acked - after.distinct),
    answered,
  };
  if (flags.json) console.log(JSON.stringify(result));
  else {
    console.log(
      `bench/acked-lost on ${result.database}: ${requests} × /deal new from ${concurrency} clients`,
    );
    console.log(
      `acked ${result.acked} in ${result.ackSeconds} s; at kill -9: ${result.appliedBeforeKill} applied, ${result.answeredBeforeKill} answered`,
    );
    console.log(
      `after restart: ${result.appliedAfterRestart} applied, ${result.appliedTwice} applied twice, ${result.answered} of ${result.acked} answered`,
    );
    console.log(`acked but lost: ${result.ackedButLost} (target 0)`);
  }
} finally {
  await slack.close();
  await bench.drop();
  rmSync(cwd, { recursive: true, force: true });
}
