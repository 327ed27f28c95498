import type { Background } from "../background.js";
import type { Db } from "./client.js";

export interface GatedClients {
  /** For requests: never waits for a turn. */
  foreground: Db;
  /** For work after acks and for jobs: each query first waits for its turn (src/background.ts). */
  background: Db;
}

/**
 * Two views of one Prisma client whose queries outside a transaction pass a gate:
 * - Background queries wait for their turn, so requests are read and acked
 *   first (see src/background.ts).
 * - With `serialize` (SQLite through better-sqlite3: one synchronous
 *   connection), two more things hold, both found by bench/ack-latency:
 *   - A query resolves without ever returning to the event loop, so a busy app
 *     stopped reading new requests. Each query first yields to the event loop.
 *   - The adapter locks the connection between transactions but not against
 *     other queries, so a write made while another request's transaction was
 *     open ran inside it, and was undone if that transaction rolled back.
 *     Queries outside a transaction wait until no transaction is open.
 * Requests' queries go before waiting background ones (priorityLock below).
 * A transaction waits at the gate once; the queries inside it run on the
 * ungated client (they hold the connection, and on PostgreSQL row locks, so
 * they must not wait). Code inside a transaction uses its `tx`, never these.
 */
export function gateQueries(
  client: Db,
  { serialize, background }: { serialize: boolean; background: Background },
): GatedClients {
  const exclusive = serialize ? priorityLock() : undefined;
  const transaction = client.$transaction.bind(client) as (...args: unknown[]) => Promise<unknown>;

  const gated = (giveWay: () => Promise<void>, lane: Lane): Db => {
    const run = <T>(work: () => Promise<T>): Promise<T> => (exclusive ? exclusive(lane, work) : work());
    const extended = client.$extends({
      query: {
        async $allOperations({ args, query }) {
          await giveWay();
          return run(() => query(args));
        },
      },
    }) as unknown as Db;
    return new Proxy(extended, {
      get(target, prop, receiver) {
        if (prop !== "$transaction") return Reflect.get(target, prop, receiver);
        return async (...args: unknown[]) => {
          if (typeof args[0] !== "function")
            throw new Error("use an interactive transaction, $transaction(async (tx) => ...)");
          await giveWay();
          return run(() => transaction(...args));
        };
      },
    });
  };

  const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
  return {
    foreground: gated(serialize ? yieldToEventLoop : async () => {}, "foreground"),
    background: gated(() => background.turn(), "background"),
  };
}

type Lane = "foreground" | "background";

/**
 * One holder at a time; when it lets go, a waiting foreground query (a request's, e.g. the
 * row written before an ack) goes before any waiting background one. First come, first served
 * within a lane. bench/ack-latency found acks waiting behind the queue of work-after-ack queries
 * when the connection was handed out strictly in arrival order.
 */
export function priorityLock(): <T>(lane: Lane, work: () => Promise<T>) => Promise<T> {
  let held = false;
  const waiting: Record<Lane, (() => void)[]> = { foreground: [], background: [] };
  const release = () => {
    const next = waiting.foreground.shift() ?? waiting.background.shift();
    if (next) next();
    else held = false;
  };
  return async (lane, work) => {
    if (held) await new Promise<void>((resolve) => waiting[lane].push(resolve));
    else held = true;
    try {
      return await work();
    } finally {
      release();
    }
  };
}
