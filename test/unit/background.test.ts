import { describe, expect, it } from "vitest";
import { Background } from "../../src/background.js";

const nextLoopTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A Background on a clock the test moves; `settled` tells whether a turn was given. */
function setup(options: { quietMs: number; maxWaitMs: number }) {
  const clock = { now: 0 };
  const background = new Background({ ...options, now: () => clock.now });
  const track = (label: string, seen: string[]) => background.turn().then(() => seen.push(label));
  return { clock, background, track };
}

describe("Background", () => {
  it("gives turns in the order asked, one per turn of the event loop", async () => {
    const { background, track } = setup({ quietMs: 2, maxWaitMs: 25 });
    const seen: string[] = [];
    const all = Promise.all([track("a", seen), track("b", seen), track("c", seen)]);
    await nextLoopTurn();
    expect(seen).toEqual(["a"]);
    await nextLoopTurn();
    expect(seen).toEqual(["a", "b"]);
    await all;
    expect(seen).toEqual(["a", "b", "c"]);
    expect(background.waiting).toBe(0);
  });

  it("holds turns while requests keep arriving, and gives one when they pause", async () => {
    const { clock, background, track } = setup({ quietMs: 2, maxWaitMs: 1000 });
    await background.turn();
    clock.now = 10;
    background.noteRequest();
    const seen: string[] = [];
    const turn = track("work", seen);
    await sleep(30);
    expect(seen).toEqual([]);
    expect(background.waiting).toBe(1);

    clock.now = 11;
    background.noteRequest();
    await sleep(10);
    expect(seen).toEqual([]);

    clock.now = 13; // 2 ms without a request
    await turn;
    expect(seen).toEqual(["work"]);
  });

  it("never holds a turn longer than maxWaitMs after the previous one, however busy", async () => {
    const { clock, background, track } = setup({ quietMs: 2, maxWaitMs: 25 });
    await background.turn(); // at 0
    const seen: string[] = [];
    const turn = track("work", seen);
    for (const now of [5, 10, 20, 24]) {
      clock.now = now;
      background.noteRequest();
      await sleep(5);
      expect(seen).toEqual([]);
    }
    clock.now = 25;
    background.noteRequest();
    await turn;
    expect(seen).toEqual(["work"]);
  });
});
