import { type ActivityType, insertActivities } from "../../db/activities.js";
import { type DealRow, listDeals } from "../../db/deals.js";
import { setAccountSegment } from "../../db/segments.js";
import type { Services } from "../../services.js";
import type { Actor } from "../deals/actor.js";

/**
 * Records one activity a rep did on a deal. It counts as activity on the deal
 * (its staleness clock restarts). `requestKey` makes a Slack retry or a double
 * click record it once. Calls and emails default to outgoing.
 */
export async function logActivity(
  services: Pick<Services, "db" | "clock">,
  input: {
    actor: Actor;
    dealId: number;
    type: ActivityType;
    direction: "in" | "out" | null;
    note: string | null;
    requestKey: string | null;
  },
): Promise<{ recorded: boolean; direction: "in" | "out" | null }> {
  const direction =
    input.type === "call" || input.type === "email" ? (input.direction ?? "out") : input.direction;
  const added = await insertActivities(services.db, [
    {
      type: input.type,
      direction,
      dealId: input.dealId,
      userId: input.actor.id,
      note: input.note?.slice(0, 2000) ?? null,
      at: services.clock.now(),
      source: "command",
      sourceId: input.requestKey ? `slack:${input.requestKey}` : null,
    },
  ]);
  return { recorded: added === 1, direction };
}

/** The deals the Home tab's "Log activity" offers: the person's open deals, closing soonest first. */
export const openDealsToLog = (
  services: Pick<Services, "db">,
  userId: string,
  limit: number,
): Promise<DealRow[]> => listDeals(services.db, { ownerIds: [userId], status: "open" }, limit);

export type SegmentOutcome =
  | { kind: "set"; account: string; segment: string | null }
  | { kind: "no-account" }
  | { kind: "unknown-segment"; segments: string[] };

/** `/deal account <name> segment <segment>`: the segment must be one of the team's, when the team has a list. */
export async function setSegment(
  services: Pick<Services, "db">,
  input: { account: string; segment: string | null; segments: string[] },
): Promise<SegmentOutcome> {
  let segment = input.segment;
  if (segment && input.segments.length) {
    const known = input.segments.find((s) => s.toLowerCase() === segment?.toLowerCase());
    if (!known) return { kind: "unknown-segment", segments: input.segments };
    segment = known;
  }
  const account = await setAccountSegment(services.db, input.account, segment);
  return account ? { kind: "set", account, segment } : { kind: "no-account" };
}
