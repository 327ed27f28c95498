import { describe, expect, it } from "vitest";
import { dispatcher, type Route } from "../../src/slack/listeners/router.js";

const undo = async () => {};
const confirm = async () => {};
const score = async () => {};
const routes: Route[] = [
  ["deal.undo", undo],
  ["nudge.confirm", confirm],
  [/^nps\.score:\d+$/, score],
];

describe("dispatcher: the one listener per surface finds the route of an id", () => {
  it.each([
    ["a routed id", "deal.undo", undo],
    ["another routed id", "nudge.confirm", confirm],
    ["an id a pattern takes", "nps.score:7", score],
    ["a link button", "link.open", undefined],
    ["an id that only starts like a routed one", "deal.undoX", undefined],
    ["an id the pattern refuses", "nps.score:x", undefined],
    ["a dot read literally", "dealXundo", undefined],
    ["the empty id", "", undefined],
  ])("%s (%s)", (_what, id, expected) => {
    expect(dispatcher(routes)(id)).toBe(expected);
  });

  it("refuses two listeners for one id", () => {
    expect(() => dispatcher([...routes, ["deal.undo", undo]])).toThrow(/two listeners for "deal.undo"/);
  });
});
