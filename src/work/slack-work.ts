import PQueueModule from "p-queue";
import type { Background } from "../background.js";
import type { Clock } from "../clock.js";
import type { Db } from "../db/client.js";
import {
  abandonWork,
  claimDueWork,
  finishWork,
  insertWork,
  type NewWork,
  renewWork,
  retryWorkLater,
  type WorkRow,
} from "../db/slack-work.js";
import type { Logger } from "../logger.js";
import { within } from "../time-limit.js";

// p-queue 6 is CommonJS: Node hands its exports object to a default import (the
// class is its `default`), bundlers such as vitest's the class itself.
const PQueue = (
  typeof PQueueModule === "function" ? PQueueModule : PQueueModule.default
) as typeof PQueueModule.default;
type Queue = InstanceType<typeof PQueue>;

/**
 * The accepted request a piece of work belongs to. Passed along explicitly
 * (Bolt's context, then Services.work), not through AsyncLocalStorage, which
 * on Node 20 slows every promise in the process (README, "Ack latency").
 */
export interface WorkContext {
  id: number;
  receivedAt: Date;
  attempt: number;
  /** Taken up again from the database (after a restart or a failed attempt), not straight after its ack. */
  resumed: boolean;
  /** No more attempts after this one: a failure must be told to the user now. */
  lastAttempt: boolean;
}

/** A lease outlives a process by this much: a replica takes over a dead one's work after it. */
export const LEASE_MS = 30_000;
const RENEW_EVERY_MS = 10_000;
const SWEEP_EVERY_MS = 2_000;
/** Waits before attempts 2, 3, ...; the last one tells the user if it fails too. */
const RETRY_DELAYS_MS = [5_000, 30_000, 120_000, 600_000, 1_800_000];
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

export interface SlackWorkOptions {
  /** For the row written before an ack: a request's query, ahead of queued work (src/db/query-gate.ts). */
  db: Db;
  /**
   * The queue's own writes without Prisma's per-query compilation: statements prepared once
   * (SQLite: run at once on the idle connection; PostgreSQL: named statements). Each returns
   * undefined when it cannot run now, and Prisma does it instead.
   */
  statements?: {
    insert(input: NewWork): Promise<number | null> | number | null | undefined;
    finish(id: number, now: Date): Promise<void> | true | undefined;
  };
  /** For everything after the ack (outcomes, retries, leases, sweeps): gives way to requests. */
  backgroundDb: Db;
  clock: Clock;
  logger: Logger;
  background: Background;
  instanceId: string;
  /** Work applying changes at once (one connection on SQLite). */
  concurrency: number;
  /** One process only (SQLite): at start, every unfinished row is ours to resume, whatever its lease. */
  singleProcess: boolean;
  /** Processes a stored Slack request again (through the app's listeners, without an ack). */
  replay(body: unknown, work: WorkContext): Promise<void>;
  /** Refreshes one person's Home tab; throws when Slack fails. */
  publishHome(userId: string): Promise<void>;
}

/**
 * The durable queue of work after acks. Every accepted Slack request is a row
 * (written before its ack); it is done when its work has run, replies included.
 * A failed attempt is retried later from the database (any replica), a row
 * left behind by a dead process is resumed by the next one that sweeps, and
 * Slack calls that can wait (Home tabs) are rows of their own, on their own
 * lane, so a slow or failing Slack method never holds the slots that apply
 * other people's changes.
 */
export class SlackWork {
  /** Changes: a few at a time, each after a turn of the event loop (src/background.ts). */
  readonly #apply: Queue;
  /** Home tabs: Slack calls only, apart from changes. */
  readonly #homes: Queue;
  readonly #running = new Map<number, Promise<void>>();
  /** People whose Home refresh is queued and not started: a later change needs no second one. */
  readonly #homesWaiting = new Set<string>();
  /** Work of requests that are not rows (Events API deliveries: a Home tab opened); shutdown waits for it too. */
  readonly #untracked = new Set<Promise<unknown>>();
  #timer: NodeJS.Timeout | undefined;
  #lastRenew = 0;
  #sweeping: Promise<void> | undefined;
  #stopped = false;
  #firstSweep = true;

  constructor(private readonly o: SlackWorkOptions) {
    this.#apply = new PQueue({ concurrency: o.concurrency });
    this.#homes = new PQueue({ concurrency: 2 });
  }

  /**
   * Records an accepted request before it is acked. Returns its work, or
   * undefined when the same request (same key) was accepted before: a replay.
   */
  async accept(key: string, body: unknown, userId: string | null): Promise<WorkContext | undefined> {
    const now = this.o.clock.now();
    const row: NewWork = {
      key,
      kind: "request",
      body: JSON.stringify(body),
      userId,
      now,
      instanceId: this.o.instanceId,
      leaseUntil: new Date(now.getTime() + LEASE_MS),
    };
    // The ack waits for this row: it is written by a statement prepared once (on SQLite straight
    // away, with no wait for a turn of the event loop or for queued queries), else through Prisma
    // (bench/ack-latency, README).
    const id = await this.#insert(row, this.o.db);
    if (id === null) return undefined;
    return { id, receivedAt: now, attempt: 1, resumed: false, lastAttempt: false };
  }

  /** Runs the work of an accepted request, then marks it done, or due for another attempt if it failed. */
  run(work: WorkContext, fn: () => Promise<unknown>): Promise<void> {
    const done = Promise.resolve()
      .then(fn)
      .then(
        () => this.#finish(work.id),
        (error: unknown) => this.#failed(work, error),
      )
      .catch((error: unknown) =>
        this.o.logger.error({ err: error, work: work.id }, "could not record the outcome of Slack work"),
      )
      .finally(() => this.#running.delete(work.id));
    this.#running.set(work.id, done);
    return done;
  }

  async #insert(row: NewWork, db: Db): Promise<number | null> {
    const direct = this.o.statements?.insert(row);
    return direct !== undefined ? await direct : await insertWork(db, row);
  }

  async #finish(id: number): Promise<void> {
    const now = this.o.clock.now();
    const direct = this.o.statements?.finish(id, now);
    if (direct === undefined) await finishWork(this.o.backgroundDb, id, now);
    else await direct;
  }

  /** Runs work that has no row (nothing to resume if lost), so that shutdown waits for it. */
  track<T>(promise: Promise<T>): Promise<T> {
    this.#untracked.add(promise);
    return promise.finally(() => this.#untracked.delete(promise));
  }

  /** Work after an ack that applies changes: at most `concurrency` at once, giving way to requests. */
  apply<T>(fn: () => Promise<T>): Promise<T> {
    return this.#apply.add(async () => {
      await this.o.background.turn();
      return fn();
    });
  }

  /**
   * Refreshes these people's Home tabs on the Home lane; a failure is retried later from the
   * database. A refresh still waiting for its turn covers later changes too (it reads the deals
   * when it starts), so under load each person's Home is drawn once per turn, not once per change.
   */
  async refreshHomes(userIds: string[]): Promise<void> {
    const now = this.o.clock.now();
    const origin = `${now.getTime()}-${Math.random().toString(36).slice(2)}`;
    for (const userId of new Set(userIds)) {
      if (this.#homesWaiting.has(userId)) continue;
      const id = await this.#insert(
        {
          key: `home:${userId}:${origin}`,
          kind: "home",
          body: JSON.stringify(userId),
          userId,
          now,
          instanceId: this.o.instanceId,
          leaseUntil: new Date(now.getTime() + LEASE_MS),
        },
        this.o.backgroundDb,
      );
      if (id === null) continue; // this request's refresh was queued before (a retry)
      this.#queueHome({ id, receivedAt: now, attempt: 1, resumed: false, lastAttempt: false }, userId);
    }
  }

  #queueHome(work: WorkContext, userId: string): void {
    this.#homesWaiting.add(userId);
    void this.#homes.add(() => {
      this.#homesWaiting.delete(userId);
      return this.run(work, () => this.o.publishHome(userId));
    });
  }

  /** Starts taking up unfinished work from the database: now, then every few seconds. */
  start(): void {
    this.#stopped = false;
    void this.sweep();
    this.#timer = setInterval(() => void this.sweep(), SWEEP_EVERY_MS);
    this.#timer.unref();
  }

  /** Claims due rows (left by a dead process, or due for a retry) and runs them. Resolves once claimed. */
  sweep(): Promise<void> {
    this.#sweeping ??= this.#sweep().finally(() => {
      this.#sweeping = undefined;
    });
    return this.#sweeping;
  }

  async #sweep(): Promise<void> {
    if (this.#stopped) return;
    const now = this.o.clock.now();
    try {
      if (now.getTime() - this.#lastRenew >= RENEW_EVERY_MS) {
        this.#lastRenew = now.getTime();
        await renewWork(
          this.o.backgroundDb,
          [...this.#running.keys()],
          this.o.instanceId,
          new Date(now.getTime() + LEASE_MS),
        );
      }
      // Leave room: take more only when the lanes have caught up.
      const room = this.o.concurrency * 4 - this.#apply.size - this.#apply.pending;
      if (room <= 0) return;
      const rows = await claimDueWork(this.o.backgroundDb, {
        instanceId: this.o.instanceId,
        now,
        leaseUntil: new Date(now.getTime() + LEASE_MS),
        limit: room,
        ignoreLeases: this.o.singleProcess && this.#firstSweep,
      });
      this.#firstSweep = false;
      for (const row of rows) {
        if (this.#running.has(row.id)) continue;
        this.#resume(row);
      }
    } catch (error) {
      this.o.logger.warn({ err: error }, "could not look for unfinished Slack work");
    }
  }

  #resume(row: WorkRow): void {
    const work: WorkContext = {
      id: row.id,
      receivedAt: row.receivedAt,
      attempt: row.attempts,
      resumed: true,
      lastAttempt: row.attempts >= MAX_ATTEMPTS,
    };
    this.o.logger.info({ work: row.id, key: row.key, attempt: row.attempts }, "resuming Slack work");
    if (row.kind === "home") {
      this.#queueHome(work, JSON.parse(row.body) as string);
      return;
    }
    // Through the listeners again, as if it had just been acked; `run` is called by the middleware.
    void this.o.replay(JSON.parse(row.body), work).catch((error: unknown) => {
      this.o.logger.error({ err: error, work: row.id }, "could not resume Slack work");
    });
  }

  async #failed(work: WorkContext, error: unknown): Promise<void> {
    const message = error instanceof Error ? error.message : String(error);
    const now = this.o.clock.now();
    if (work.attempt >= MAX_ATTEMPTS) {
      this.o.logger.error({ err: error, work: work.id, attempt: work.attempt }, "gave up on Slack work");
      await abandonWork(this.o.backgroundDb, work.id, now, message);
      return;
    }
    const delay = RETRY_DELAYS_MS[work.attempt - 1] ?? RETRY_DELAYS_MS.at(-1) ?? 60_000;
    this.o.logger.warn(
      { err: error, work: work.id, attempt: work.attempt, retryInMs: delay },
      "Slack work failed; it will be retried",
    );
    await retryWorkLater(this.o.backgroundDb, work.id, new Date(now.getTime() + delay), message);
  }

  /** How many pieces of work are running in this process. */
  get running(): number {
    return this.#running.size;
  }

  /**
   * Stops taking up work and waits up to `graceMs` for what is running. What
   * did not finish stays in the database, released for the next process.
   */
  async stop(graceMs: number): Promise<{ unfinished: number }> {
    this.#stopped = true;
    clearInterval(this.#timer);
    // Bounded whatever happens: a sweep or a piece of work stuck on a database that
    // stopped answering must not hold the shutdown.
    await within(
      Promise.allSettled([this.#sweeping, ...this.#running.values(), ...this.#untracked]),
      graceMs,
      undefined,
    );
    const unfinished = [...this.#running.keys()];
    this.#apply.clear();
    this.#homes.clear();
    this.#homesWaiting.clear();
    if (unfinished.length > 0) {
      // Another replica may take them at once; this process is about to exit.
      const released = renewWork(this.o.backgroundDb, unfinished, this.o.instanceId, this.o.clock.now());
      await within(
        released.catch(() => {}),
        1000,
        undefined,
      );
    }
    return { unfinished: unfinished.length };
  }
}
