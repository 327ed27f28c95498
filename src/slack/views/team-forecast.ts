import type { PeriodRollUp, TeamForecast } from "../../domain/forecast/build-team-forecast.js";
import type { Lang } from "../../i18n/languages.js";
import { t } from "../../i18n/t.js";
import { formatAmount, formatEstimate } from "../../parse/amount.js";
import { context, fitBlocks, header, linesToSections, section } from "../blocks.js";
import { formatDay, formatMonth } from "./format.js";
import type { Message } from "./help.js";

/** `/deal forecast team`: a manager's team per rep, month and quarter, with the manager's call, in their language. */
export function teamForecastMessage(f: TeamForecast, note?: string, lang: Lang = "en"): Message {
  const m = (minor: bigint) => formatAmount(minor, f.currency, lang);
  const e = (minor: bigint) => formatEstimate(minor, f.currency, lang);
  const period = (label: string, p: PeriodRollUp, word: "month" | "quarter") => {
    const total = p.total;
    const sums = { won: m(total.wonMinor), commit: m(total.commitTotal), best: m(total.bestTotal) };
    const lines = [
      total.target === null
        ? t(lang, "teamForecast.total", { label, ...sums, weighted: e(total.weightedTotal) })
        : t(lang, "teamForecast.totalTarget", {
            label,
            ...sums,
            weighted: e(total.weightedTotal),
            target: m(total.target),
          }),
      p.call
        ? t(lang, "teamForecast.call", {
            call: m(p.call.amountMinor),
            date: formatDay(p.call.recordedAt.toISOString().slice(0, 10), lang),
            commit: sums.commit,
            best: sums.best,
          })
        : t(lang, "teamForecast.noCall", { period: word }),
      ...p.reps.map((r) => {
        const rep = { rep: r.ownerId, won: m(r.wonMinor), commit: m(r.commitTotal), best: m(r.bestTotal) };
        return r.target === null
          ? t(lang, "teamForecast.rep", rep)
          : t(lang, "teamForecast.repTarget", { ...rep, target: m(r.target) });
      }),
    ];
    return linesToSections(lines);
  };
  const month = formatMonth(f.month.key, lang);
  const quarter = f.quarter.key.replace("-", " ");
  return {
    text: t(lang, "teamForecast.text", {
      month,
      commit: m(f.month.total.commitTotal),
      best: m(f.month.total.bestTotal),
    }),
    blocks: fitBlocks([
      header(t(lang, "teamForecast.header")),
      ...(note ? [section(note)] : []),
      ...period(month, f.month, "month"),
      ...period(quarter, f.quarter, "quarter"),
      context(t(lang, "teamForecast.footer", { currency: f.currency })),
    ]),
  };
}
