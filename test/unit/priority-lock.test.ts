import { describe, expect, it } from "vitest";
import { priorityLock } from "../../src/db/query-gate.js";

/** A piece of work that holds the lock until released from outside. */
function held() {
  let release!: () => void;
  const done = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { release, work: () => done };
}

describe("priorityLock (SQLite's one connection)", () => {
  it("hands the connection to a waiting request's query before queued background queries", async () => {
    const lock = priorityLock();
    const order: string[] = [];
    const first = held();
    const running = lock("background", first.work);
    const queued = [
      lock("background", async () => void order.push("background 1")),
      lock("background", async () => void order.push("background 2")),
      lock("foreground", async () => void order.push("ack's insert")),
      lock("background", async () => void order.push("background 3")),
      lock("foreground", async () => void order.push("another ack")),
    ];
    expect(order).toEqual([]); // nothing runs while the first holds it
    first.release();
    await Promise.all([running, ...queued]);
    expect(order).toEqual(["ack's insert", "another ack", "background 1", "background 2", "background 3"]);
  });

  it("lets go after a failure, and the failure reaches its caller only", async () => {
    const lock = priorityLock();
    await expect(lock("foreground", () => Promise.reject(new Error("SQLITE_BUSY")))).rejects.toThrow(
      "SQLITE_BUSY",
    );
    await expect(lock("background", async () => "next")).resolves.toBe("next");
  });
});
