import type { HomeView, KnownBlock } from "@slack/types";
import type { OwnerTotals } from "../../db/pipeline.js";
import type { Pipeline } from "../../domain/deals/pipeline-of.js";
import { actions, button, context, divider, header, linesToSections, section } from "../blocks.js";
import { ACTIONS } from "../ids.js";
import { LIMITS } from "../limits.js";
import { escapeMrkdwn } from "../mrkdwn.js";
import { dealLine, formatMonth, money } from "./format.js";

const totalsLine = (totals: OwnerTotals[]) =>
  totals.length === 0
    ? "no open deals"
    : totals
        .map(
          (t) =>
            `${t.count} open · ${money(t.amountMinor, t.currency)} · weighted ${money(t.weightedMinor, t.currency)}`,
        )
        .join("  |  ");

/** The Home tab: the user's open deals by close month, totals, stale marks, and their team's totals for managers. */
export function homeView(pipeline: Pipeline, names: Map<string, string>): HomeView {
  const blocks: KnownBlock[] = [
    header("Your pipeline"),
    section(`*Open:* ${totalsLine(pipeline.totals)}`),
    actions([
      button("New deal", ACTIONS.homeNew, undefined, "primary"),
      button("Refresh", ACTIONS.homeRefresh),
    ]),
  ];
  if (pipeline.deals.length === 0) {
    blocks.push(
      section(
        "You have no open deals. Create one with the button above, or from any channel: `/deal new Acme Corp amount 12k close next friday`.",
      ),
    );
  }
  const stale = pipeline.deals.filter((d) => d.stale !== undefined).length;
  if (stale > 0)
    blocks.push(
      context(
        `:hourglass: ${stale} deal${stale === 1 ? "" : "s"} with no update for a while: confirm or update them.`,
      ),
    );

  // The team section is reserved first (packed into few sections), so a long pipeline cannot
  // push it off the tab; the deals get what is left, whole months' headers included.
  const team: KnownBlock[] = [];
  if (pipeline.team) {
    team.push(divider(), header("Your team"));
    if (pipeline.team.length === 0)
      team.push(section("Nobody reports to you yet. An admin sets up teams with `/deal admin`."));
    team.push(
      ...linesToSections(
        pipeline.team.map(
          (row) => `*${escapeMrkdwn(names.get(row.ownerId) ?? row.ownerId)}*: ${totalsLine([row])}`,
        ),
      ),
    );
  }
  const budget = LIMITS.blocksPerView - blocks.length - team.length - 1; // 1: the "…and N more" line
  let month = "";
  let shown = 0;
  let used = 0;
  for (const { deal, stale: days } of pipeline.deals) {
    const m = deal.closeOn.slice(0, 7);
    const cost = m !== month ? 3 : 1; // a new month adds its divider and heading
    if (used + cost > budget) break;
    used += cost;
    if (m !== month) {
      month = m;
      blocks.push(divider(), context(`*Closing ${formatMonth(m)}*`));
    }
    blocks.push(
      section(dealLine(deal, days === undefined ? {} : { stale: days }), {
        accessory: button("Update", ACTIONS.edit, String(deal.id)),
      }),
    );
    shown++;
  }
  const more = pipeline.more + pipeline.deals.length - shown;
  if (more > 0) blocks.push(context(`…and ${more} more open deals. See them all with \`/deal list\`.`));
  return { type: "home", blocks: [...blocks, ...team] };
}
