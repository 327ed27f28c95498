import type { KnownBlock } from "@slack/types";
import { describeActivity } from "../../domain/activities/activity-stats.js";
import type { GrowthDigest } from "../../domain/digest/build-growth-digest.js";
import { plural } from "../../plural.js";
import { divider, linesToSections } from "../blocks.js";
import { escapeMrkdwn } from "../mrkdwn.js";

const LIST = 8;

/** The digest's growth sections as blocks (prospect flow, segments, activity, contact upkeep). */
export function growthBlocks(g: GrowthDigest, money: (minor: bigint) => string): KnownBlock[] {
  const flow = (label: string, f: GrowthDigest["flow"]["week"]) =>
    `${label}: ${plural(f.newDeals, "new deal")} worth ${money(f.newPipelineMinor)} · ${plural(f.newCustomers, "new customer")}` +
    (f.customerNames.length ? ` (${f.customerNames.map(escapeMrkdwn).join(", ")})` : "");
  const blocks: KnownBlock[] = [
    divider(),
    ...linesToSections([
      "*Prospect flow*",
      flow("Last 7 days", g.flow.week),
      flow(`This month (${g.flow.monthKey})`, g.flow.month),
    ]),
  ];
  const named = g.segments.filter((s) => s.segment !== null);
  if (named.length) {
    const lines = g.segments
      .filter((s) => s.openCount || s.wonCount)
      .slice(0, LIST)
      .map(
        (s) =>
          `${s.segment === null ? "_No segment_" : escapeMrkdwn(s.segment)}: open ${money(s.openMinor)} (${plural(s.openCount, "deal")}) · won this quarter ${money(s.wonMinor)} (${s.wonCount})`,
      );
    blocks.push(...linesToSections(["*By segment* (open now; won this quarter)", ...lines]));
  }
  if (g.activity.length) {
    const lines = g.activity.slice(0, LIST).map((r) => `<@${r.userId}>: ${describeActivity(r)}`);
    blocks.push(...linesToSections(["*Selling activity* (last week)", ...lines]));
  }
  if (g.upkeep) {
    const u = g.upkeep;
    const added = u.addedByRep.length
      ? u.addedByRep.map((a) => `${a.userId ? `<@${a.userId}>` : "imports"} ${a.count}`).join(", ")
      : "none";
    const bounced = u.bounced ? `${u.bounced} (${u.bouncedNames.map(escapeMrkdwn).join(", ")})` : "none";
    const quiet = u.quietAccounts
      ? `${plural(u.quietAccounts, "account")} (${u.quietNames.map(escapeMrkdwn).join(", ")}${u.quietAccounts > u.quietNames.length ? ", …" : ""})`
      : "none";
    blocks.push(
      ...linesToSections([
        `*Contact upkeep* (${u.monthKey})`,
        `Contacts added: ${added}`,
        `Bounced emails: ${bounced}`,
        `No answer or check in 12 months: ${quiet}`,
      ]),
    );
  }
  return blocks;
}
