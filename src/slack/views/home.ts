import type { HomeView, KnownBlock } from "@slack/types";
import type { OwnerTotals } from "../../db/pipeline.js";
import type { Pipeline } from "../../domain/deals/pipeline-of.js";
import type { Lang } from "../../i18n/languages.js";
import { t } from "../../i18n/t.js";
import { actions, button, context, divider, header, section } from "../blocks.js";
import { ACTIONS } from "../ids.js";
import { LIMITS } from "../limits.js";
import { escapeMrkdwn } from "../mrkdwn.js";
import { dealLine, formatMonth, money } from "./format.js";

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
export function homeView(pipeline: Pipeline, names: Map<string, string>, lang: Lang = "en"): HomeView {
  const blocks: KnownBlock[] = [
    header(t(lang, "home.pipeline.header")),
    section(t(lang, "home.open", { totals: totalsLine(pipeline.totals, lang) })),
    actions([
      button(t(lang, "home.new.button"), ACTIONS.homeNew, undefined, "primary"),
      button(t(lang, "home.refresh.button"), ACTIONS.homeRefresh),
    ]),
  ];
  if (pipeline.deals.length === 0) blocks.push(section(t(lang, "home.empty")));
  const stale = pipeline.deals.filter((d) => d.stale !== undefined).length;
  if (stale > 0) blocks.push(context(t(lang, "home.stale", { count: stale })));

  let month = "";
  for (const { deal, stale: days } of pipeline.deals) {
    const m = deal.closeOn.slice(0, 7);
    if (m !== month) {
      month = m;
      blocks.push(divider(), context(t(lang, "home.month", { month: formatMonth(m, lang) })));
    }
    blocks.push(
      section(dealLine(deal, days === undefined ? { lang } : { stale: days, lang }), {
        accessory: button(t(lang, "home.update.button"), ACTIONS.edit, String(deal.id)),
      }),
    );
  }
  if (pipeline.more > 0) blocks.push(context(t(lang, "home.more", { count: pipeline.more })));

  if (pipeline.team) {
    blocks.push(divider(), header(t(lang, "home.team.header")));
    if (pipeline.team.length === 0) blocks.push(section(t(lang, "home.teamEmpty")));
    for (const row of pipeline.team) {
      blocks.push(
        section(`*${escapeMrkdwn(names.get(row.ownerId) ?? row.ownerId)}*: ${totalsLine([row], lang)}`),
      );
    }
  }
  return { type: "home", blocks: blocks.slice(0, LIMITS.blocksPerView) };
}
