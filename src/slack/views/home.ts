import type { HomeView, KnownBlock } from "@slack/types";
import type { OwnerTotals } from "../../db/pipeline.js";
import type { Pipeline } from "../../domain/deals/pipeline-of.js";
import type { TeamForecast } from "../../domain/forecast/build-team-forecast.js";
import type { Lang } from "../../i18n/languages.js";
import { t } from "../../i18n/t.js";
import { actions, button, context, divider, header, linesToSections, section } from "../blocks.js";
import { ACTIONS } from "../ids.js";
import { LIMITS } from "../limits.js";
import { escapeMrkdwn } from "../mrkdwn.js";
import { dealLine, formatMonth, money } from "./format.js";
import { homeForecastBlocks } from "./home-forecast.js";

const totalsLine = (totals: OwnerTotals[], lang: Lang) =>
  totals.length === 0
    ? t(lang, "home.none")
    : totals
        .map((x) =>
          t(lang, "home.totals", {
            count: x.count,
            amount: money(x.amountMinor, x.currency, lang),
            weighted: money(x.weightedMinor, x.currency, lang),
          }),
        )
        .join("  |  ");

/** The Home tab, in its owner's language: open deals by close month, totals, stale marks, and their team's totals for managers. */
export function homeView(
  pipeline: Pipeline,
  names: Map<string, string>,
  lang: Lang = "en",
  /** Managers with reps: their team's forecast roll-up and their own call. */
  forecast?: TeamForecast,
): HomeView {
  const blocks: KnownBlock[] = [
    header(t(lang, "home.pipeline.header")),
    section(t(lang, "home.open", { totals: totalsLine(pipeline.totals, lang) })),
    actions([
      button(t(lang, "home.new.button"), ACTIONS.homeNew, undefined, "primary"),
      button(t(lang, "home.refresh.button"), ACTIONS.homeRefresh),
      button(t(lang, "activity.log.button"), ACTIONS.logActivity),
    ]),
  ];
  if (pipeline.deals.length === 0) blocks.push(section(t(lang, "home.empty")));
  const stale = pipeline.deals.filter((d) => d.stale !== undefined).length;
  if (stale > 0) blocks.push(context(t(lang, "home.stale", { count: stale })));

  // The team section is reserved first (packed into few sections), so a long pipeline cannot
  // push it off the tab; the deals get what is left, whole months' headers included.
  const team: KnownBlock[] = [];
  if (pipeline.team) {
    team.push(divider(), header(t(lang, "home.team.header")));
    if (pipeline.team.length === 0) team.push(section(t(lang, "home.teamEmpty")));
    team.push(
      ...linesToSections(
        pipeline.team.map(
          (row) => `*${escapeMrkdwn(names.get(row.ownerId) ?? row.ownerId)}*: ${totalsLine([row], lang)}`,
        ),
      ),
    );
  }
  if (forecast) team.push(divider(), ...homeForecastBlocks(forecast, lang));
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
      blocks.push(divider(), context(t(lang, "home.month", { month: formatMonth(m, lang) })));
    }
    blocks.push(
      section(dealLine(deal, days === undefined ? { lang } : { stale: days, lang }), {
        accessory: button(t(lang, "home.update.button"), ACTIONS.edit, String(deal.id)),
      }),
    );
    shown++;
  }
  const more = pipeline.more + pipeline.deals.length - shown;
  if (more > 0) blocks.push(context(t(lang, "home.more", { count: more })));
  return { type: "home", blocks: [...blocks, ...team] };
}
