// The digest benchmarks' dataset (bench/digest-scale, bench/ack-during-digest): 500 reps, 5,000
// accounts, deals with 10 events each (created, moved forward, updated, then maybe won or lost),
// written straight through the driver (multi-row inserts), as an import would.
import Database from "better-sqlite3";
import pg from "pg";
import { seedCatalogIfEmpty } from "../src/db/catalog.js";
import type { Db } from "../src/db/client.js";
import type { DatabaseTarget } from "../src/db/target.js";
import type { TeamSettings } from "../src/domain/settings/team-settings.js";
import { DEFAULT_LOSS_REASONS, DEFAULT_STAGES } from "../src/domain/setup/prepare-workspace.js";
import { teamSettings } from "../test/support/settings.js";

export const REPS = 500;
export const ACCOUNTS = 5_000;
export const EVENTS_PER_DEAL = 10;
export const NOW = new Date("2026-11-23T08:00:00Z");
const DAY = 86_400_000;
export const settings: TeamSettings = teamSettings({ timezone: "Europe/Berlin" });

let seed = 7;
/** Starts the dataset's random sequence over, so a dataset of N deals is the same however it is built. */
export const resetRandom = () => {
  seed = 7;
};
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const day = (d: Date) => d.toISOString().slice(0, 10);

export interface Stages {
  open: number[];
  won: number;
  lost: number;
}

/** One deal and its events: created in a stage, moved forward, updated, then maybe won or lost. */
export function makeDeal(id: number, stages: Stages) {
  const created = new Date(NOW.getTime() - Math.floor(random() * 700) * DAY - Math.floor(random() * DAY));
  const events: { at: Date; kind: string; from: number | null; to: number | null; changes: string }[] = [];
  let stageIndex = 0;
  let at = created;
  events.push({ at, kind: "created", from: null, to: stages.open[0]!, changes: "{}" });
  const r = random();
  const outcome = r < 0.3 ? "open" : r < 0.62 ? "won" : "lost";
  const step = () =>
    new Date(Math.min(NOW.getTime() - 1000, at.getTime() + (1 + Math.floor(random() * 9)) * DAY));
  while (events.length < EVENTS_PER_DEAL - 1) {
    at = step();
    if (stageIndex < stages.open.length - 1 && random() < 0.4) {
      const from = stages.open[stageIndex]!;
      stageIndex++;
      events.push({
        at,
        kind: "updated",
        from,
        to: stages.open[stageIndex]!,
        changes: `{"stageId":{"from":${from},"to":${stages.open[stageIndex]}}}`,
      });
    } else {
      const a = day(new Date(at.getTime() + 20 * DAY));
      const b = day(new Date(at.getTime() + 40 * DAY));
      events.push({
        at,
        kind: "updated",
        from: null,
        to: null,
        changes: `{"closeOn":{"from":"${a}","to":"${b}"}}`,
      });
    }
  }
  at = step();
  const current = stages.open[stageIndex]!;
  if (outcome === "open") events.push({ at, kind: "confirmed", from: null, to: null, changes: "{}" });
  else
    events.push({
      at,
      kind: outcome,
      from: current,
      to: outcome === "won" ? stages.won : stages.lost,
      changes: "{}",
    });
  const closeOn =
    outcome === "open" ? day(new Date(NOW.getTime() + Math.floor(random() * 120) * DAY)) : day(at);
  return {
    deal: {
      id,
      name: `Deal ${id}`,
      ownerId: `UREP${String(id % REPS).padStart(5, "0")}`,
      accountId: 1 + Math.floor(random() * ACCOUNTS),
      stageId: outcome === "open" ? current : outcome === "won" ? stages.won : stages.lost,
      status: outcome,
      amountMinor: BigInt(100 + Math.floor(random() * random() * 200_000)) * 100n,
      closeOn,
      closedAt: outcome === "open" ? null : at,
      lossReasonId: outcome === "lost" ? 1 + Math.floor(random() * 7) : null,
      lastActivityAt: at,
      createdAt: created,
    },
    events,
  };
}

export type Made = ReturnType<typeof makeDeal>;

export interface Seeder {
  insertBase(): Promise<void>;
  insertDeals(batch: Made[]): Promise<void>;
  analyze(): Promise<void>;
  close(): Promise<void>;
}

const iso = (d: Date | null) => (d ? d.toISOString().replace("Z", "+00:00") : null);

export function sqliteSeeder(file: string): Seeder {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  const deal = db.prepare(
    `INSERT INTO "Deal" ("id","name","nameKey","accountId","ownerId","stageId","status","amountMinor","currency","closeOn","lossReasonId","closedAt","lastActivityAt","createdAt","updatedAt") VALUES (?,?,?,?,?,?,?,?,'EUR',?,?,?,?,?,?)`,
  );
  let eventId = 0;
  const event = db.prepare(
    `INSERT INTO "DealEvent" ("id","dealId","actorId","source","kind","changes","fromStageId","toStageId","dealVersion","at") VALUES (?,?,?,'command',?,?,?,?,?,?)`,
  );
  return {
    async insertBase() {
      const user = db.prepare(
        `INSERT INTO "User" ("id","name","role","createdAt","updatedAt") VALUES (?,?,'rep',?,?)`,
      );
      const account = db.prepare(
        `INSERT INTO "Account" ("id","name","nameKey","createdAt","updatedAt") VALUES (?,?,?,?,?)`,
      );
      db.transaction(() => {
        for (let i = 0; i < REPS; i++)
          user.run(`UREP${String(i).padStart(5, "0")}`, `Rep ${i}`, iso(NOW), iso(NOW));
        for (let i = 1; i <= ACCOUNTS; i++)
          account.run(i, `Account ${i}`, `account ${i}`, iso(NOW), iso(NOW));
      })();
    },
    async insertDeals(batch) {
      db.transaction(() => {
        for (const { deal: d, events } of batch) {
          deal.run(
            d.id,
            d.name,
            d.name.toLowerCase(),
            d.accountId,
            d.ownerId,
            d.stageId,
            d.status,
            d.amountMinor,
            d.closeOn,
            d.lossReasonId,
            iso(d.closedAt),
            iso(d.lastActivityAt),
            iso(d.createdAt),
            iso(NOW),
          );
          events.forEach((e, i) => {
            event.run(++eventId, d.id, d.ownerId, e.kind, e.changes, e.from, e.to, i + 1, iso(e.at));
          });
        }
      })();
    },
    async analyze() {
      db.exec("ANALYZE");
    },
    async close() {
      db.close();
    },
  };
}

export function postgresSeeder(url: string): Seeder {
  const client = new pg.Client({ connectionString: url });
  let connected = false;
  const c = async () => {
    if (!connected) await client.connect();
    connected = true;
    return client;
  };
  return {
    async insertBase() {
      const db = await c();
      const reps = Array.from({ length: REPS }, (_, i) => `UREP${String(i).padStart(5, "0")}`);
      await db.query(
        `INSERT INTO "User" ("id","name","role","updatedAt") SELECT u, 'Rep ' || u, 'rep', now() FROM unnest($1::text[]) u`,
        [reps],
      );
      await db.query(
        `INSERT INTO "Account" ("id","name","nameKey","updatedAt") SELECT g, 'Account ' || g, 'account ' || g, now() FROM generate_series(1, ${ACCOUNTS}) g`,
      );
      await db.query(`SELECT setval(pg_get_serial_sequence('"Account"', 'id'), ${ACCOUNTS})`);
    },
    async insertDeals(batch) {
      const db = await c();
      const d = batch.map((b) => b.deal);
      await db.query(
        `INSERT INTO "Deal" ("id","name","nameKey","accountId","ownerId","stageId","status","amountMinor","currency","closeOn","lossReasonId","closedAt","lastActivityAt","createdAt","updatedAt")
         SELECT id, name, lower(name), acc, owner, stage, status::"DealStatus", amount, 'EUR', close, reason, closed, active, created, now()
         FROM unnest($1::int[], $2::text[], $3::int[], $4::text[], $5::int[], $6::text[], $7::bigint[], $8::text[], $9::int[], $10::timestamp[], $11::timestamp[], $12::timestamp[])
           AS t(id, name, acc, owner, stage, status, amount, close, reason, closed, active, created)`,
        [
          d.map((x) => x.id),
          d.map((x) => x.name),
          d.map((x) => x.accountId),
          d.map((x) => x.ownerId),
          d.map((x) => x.stageId),
          d.map((x) => x.status),
          d.map((x) => x.amountMinor.toString()),
          d.map((x) => x.closeOn),
          d.map((x) => x.lossReasonId),
          d.map((x) => x.closedAt?.toISOString() ?? null),
          d.map((x) => x.lastActivityAt.toISOString()),
          d.map((x) => x.createdAt.toISOString()),
        ],
      );
      const e = batch.flatMap((b) =>
        b.events.map((ev, i) => ({ ...ev, dealId: b.deal.id, actor: b.deal.ownerId, version: i + 1 })),
      );
      await db.query(
        `INSERT INTO "DealEvent" ("dealId","actorId","source","kind","changes","fromStageId","toStageId","dealVersion","at")
         SELECT deal, actor, 'command', kind, changes, f, t, v, at
         FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::int[], $6::int[], $7::int[], $8::timestamp[]) AS x(deal, actor, kind, changes, f, t, v, at)`,
        [
          e.map((x) => x.dealId),
          e.map((x) => x.actor),
          e.map((x) => x.kind),
          e.map((x) => x.changes),
          e.map((x) => x.from),
          e.map((x) => x.to),
          e.map((x) => x.version),
          e.map((x) => x.at.toISOString()),
        ],
      );
    },
    async analyze() {
      const db = await c();
      await db.query(`SELECT setval(pg_get_serial_sequence('"Deal"', 'id'), (SELECT MAX("id") FROM "Deal"))`);
      await db.query("ANALYZE");
    },
    async close() {
      if (connected) await client.end();
    },
  };
}

/** The owner of deal `id` in this dataset. */
export const ownerOf = (id: number) => `UREP${String(id % REPS).padStart(5, "0")}`;

/** Seeds the catalog, the reps and accounts, then deals 1..`deals`, and analyzes. */
export async function seedDataset(db: Db, target: DatabaseTarget, deals: number): Promise<void> {
  const seeder = target.provider === "sqlite" ? sqliteSeeder(target.file) : postgresSeeder(target.url);
  try {
    const stages = await catalogStages(db);
    await seeder.insertBase();
    resetRandom();
    for (let seeded = 0; seeded < deals; ) {
      const n = Math.min(2_000, deals - seeded);
      await seeder.insertDeals(Array.from({ length: n }, (_, i) => makeDeal(seeded + i + 1, stages)));
      seeded += n;
    }
    await seeder.analyze();
  } finally {
    await seeder.close();
  }
}

/** The default stages (created if the database has none), as the dataset uses them. */
export async function catalogStages(db: Db): Promise<Stages> {
  await seedCatalogIfEmpty(db, DEFAULT_STAGES, DEFAULT_LOSS_REASONS);
  const all = await db.stage.findMany({ orderBy: { position: "asc" } });
  return {
    open: all.filter((s) => s.kind === "open").map((s) => s.id),
    won: all.find((s) => s.kind === "won")!.id,
    lost: all.find((s) => s.kind === "lost")!.id,
  };
}
