import { AsyncLocalStorage } from "node:async_hooks";
import type { Db } from "./client.js";

/**
 * SQLite through better-sqlite3 is one synchronous connection. Two things follow,
 * and this gate handles both (bench/ack-latency found them):
 * - A query resolves without ever returning to the event loop, so a busy app
 *   stopped reading new requests (Slack's 3 s ack deadline). Each query outside
 *   a transaction now first yields to the event loop.
 * - The adapter locks the connection between transactions but not against
 *   other queries, so a write made while another request's transaction was
 *   open ran inside it, and was undone if that transaction rolled back.
 *   Queries outside a transaction now wait until no transaction is open.
 * Queries inside a transaction run as before (they hold the connection).
 */
export function gateSqlite(client: Db): Db {
  const inTransaction = new AsyncLocalStorage<true>();
  let tail: Promise<unknown> = Promise.resolve();
  /** Runs `work` after everything queued before it; one at a time. */
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const run = tail.then(work, work);
    tail = run.catch(() => {});
    return run;
  };
  const yieldToEventLoop = () => new Promise((resolve) => setImmediate(resolve));

  const extended = client.$extends({
    query: {
      async $allOperations({ args, query }) {
        if (inTransaction.getStore()) return query(args);
        await yieldToEventLoop();
        return exclusive(() => query(args));
      },
    },
  }) as unknown as Db;

  const transaction = extended.$transaction.bind(extended) as (...args: unknown[]) => Promise<unknown>;
  return new Proxy(extended, {
    get(target, prop, receiver) {
      if (prop !== "$transaction") return Reflect.get(target, prop, receiver);
      return async (...args: unknown[]) => {
        if (inTransaction.getStore()) return transaction(...args);
        await yieldToEventLoop();
        return exclusive(() => inTransaction.run(true, () => transaction(...args)));
      };
    },
  });
}
