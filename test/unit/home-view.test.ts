import { describe, expect, it } from "vitest";
import type { DealRow } from "../../src/db/deals.js";
import type { Pipeline } from "../../src/domain/deals/pipeline-of.js";
import { LIMITS } from "../../src/slack/limits.js";
import { homeView } from "../../src/slack/views/home.js";

const deal = (id: number, closeOn: string) =>
  ({
    id,
    name: `Deal ${id}`,
    amountMinor: 100_000n,
    currency: "EUR",
    probability: null,
    stage: { name: "Proposal", probability: 50 },
    status: "open",
    closeOn,
    closedAt: null,
    ownerId: "UREP01",
  }) as unknown as DealRow;

/** 45 deals, each closing in its own month (Jan 2027 onwards). */
const deals = Array.from({ length: 45 }, (_, i) => {
  const month = new Date(Date.UTC(2027, i, 15)).toISOString().slice(0, 10);
  return { deal: deal(i + 1, month), stale: undefined };
});
const team = [
  { ownerId: "UREP01", count: 45, amountMinor: 4_500_000n, weightedMinor: 2_250_000n, currency: "EUR" },
  { ownerId: "UREP02", count: 2, amountMinor: 200_000n, weightedMinor: 100_000n, currency: "EUR" },
];

describe("homeView", () => {
  it("fits 45 deals in 45 months within 100 blocks, says how many are left out, and keeps the team section", () => {
    const pipeline = { userId: "UMGR01", deals, more: 5, totals: [], team } as unknown as Pipeline;
    const view = homeView(pipeline, new Map([["UREP02", "Bob"]]));
    const blocks = view.blocks as { type: string; text?: { text: string }; elements?: { text: string }[] }[];
    expect(blocks.length).toBeLessThanOrEqual(LIMITS.blocksPerView);
    const shown = blocks.filter((b) => b.type === "section" && b.text?.text.startsWith("*#")).length;
    const more = blocks.find((b) => b.type === "context" && b.elements?.[0]?.text.startsWith("…and"));
    expect(more?.elements?.[0]?.text).toContain(`…and ${45 - shown + 5} more open deals`);
    // No month heading without its deal, no dangling divider before the "more" line.
    const moreAt = blocks.indexOf(more!);
    expect(blocks[moreAt - 1]?.type).toBe("section");
    expect(JSON.stringify(blocks)).toContain("Your team");
    expect(JSON.stringify(blocks)).toContain("*Bob*");
  });

  it("shows everything when it fits", () => {
    const pipeline = {
      userId: "UREP01",
      deals: deals.slice(0, 5),
      more: 0,
      totals: [],
      team: undefined,
    } as unknown as Pipeline;
    const blocks = homeView(pipeline, new Map()).blocks;
    expect(JSON.stringify(blocks)).not.toContain("…and");
    expect(blocks.filter((b) => b.type === "section" && JSON.stringify(b).includes("Deal "))).toHaveLength(5);
  });
});
