import { describe, expect, it } from "vitest";
import { type Route, unrouted } from "../../src/slack/listeners/router.js";

const listener = async () => {};
const routes: Route[] = [
  ["deal.undo", listener],
  ["nudge.confirm", listener],
  [/^nps\.score:\d+$/, listener],
];

describe("unrouted: the ids no listener takes (answered by the fallback listener alone)", () => {
  it.each([
    ["a link button", "link.open", true],
    ["an id that only starts like a routed one", "deal.undoX", true],
    ["a routed id", "deal.undo", false],
    ["another routed id", "nudge.confirm", false],
    ["an id a pattern takes", "nps.score:7", false],
    ["an id the pattern refuses", "nps.score:x", true],
    ["a dot read literally", "dealXundo", true],
    ["the empty id", "", true],
  ])("%s (%s): %s", (_what, id, expected) => {
    expect(unrouted(routes).test(id)).toBe(expected);
  });

  it("refuses two listeners for one id", () => {
    expect(() => unrouted([...routes, ["deal.undo", listener]])).toThrow(/two listeners for "deal.undo"/);
  });
});
