import type { RepStats } from "../../domain/forecast/build-rep-stats.js";
import type { MessageKey } from "../../i18n/catalogs/index.js";
import type { Lang } from "../../i18n/languages.js";
import { t } from "../../i18n/t.js";
import { formatAmount } from "../../parse/amount.js";
import { context, fitBlocks, header, section } from "../blocks.js";
import { escapeMrkdwn } from "../mrkdwn.js";
import type { Message } from "./help.js";

const KIND: Record<RepStats["consistency"], "steady" | "jackpot" | "uneven" | "none"> = {
  steady: "steady",
  "jackpot-dependent": "jackpot",
  uneven: "uneven",
  "no wins yet": "none",
};

/** `/deal stats [@rep]`: one rep's diagnostics beside the team's, in the reader's language. */
export function repStatsMessage(s: RepStats, lang: Lang = "en"): Message {
  const m = (minor: bigint) => formatAmount(minor, s.currency, lang);
  const pct = (rate: number | null) =>
    rate === null ? "—" : t(lang, "stats.pct", { pct: Math.round(rate * 100) });
  const days = (n: number | null) => (n === null ? "—" : t(lang, "stats.days", { count: n }));
  const who = `<@${s.userId}>`;
  const kind = KIND[s.consistency];
  const won = {
    won: m(s.wonMinor),
    months: s.monthsWithWin,
    consistency: t(lang, `stats.consistency.${kind}` as MessageKey),
  };
  const headline = [
    t(lang, "stats.winRate", {
      rate: pct(s.winRate),
      won: s.wonCount,
      lost: s.lostCount,
      teamRate: pct(s.teamWinRate),
    }),
    t(lang, "stats.avgDeal", {
      avg: s.avgDealMinor === null ? "—" : m(s.avgDealMinor),
      teamAvg: s.teamAvgDealMinor === null ? "—" : m(s.teamAvgDealMinor),
    }),
    t(lang, "stats.cycle", { days: days(s.avgCycleDays), teamDays: days(s.teamAvgCycleDays) }),
    s.largestShare === null
      ? t(lang, "stats.won", won)
      : t(lang, "stats.wonShare", { ...won, share: Math.round(s.largestShare) }),
  ];
  const q = s.quarter;
  const quarter = q.key.replace("-", " ");
  const coverage =
    q.target === null
      ? t(lang, "stats.noTarget", { quarter })
      : q.remainingMinor === 0n
        ? t(lang, "stats.reached", { quarter, target: m(q.target) })
        : t(lang, (q.coverage ?? 0) < 3 ? "stats.coverageLow" : "stats.coverage", {
            quarter,
            remaining: m(q.remainingMinor ?? 0n),
            target: m(q.target),
            pipeline: m(q.pipelineMinor),
            coverage: new Intl.NumberFormat(lang, {
              minimumFractionDigits: 1,
              maximumFractionDigits: 1,
            }).format(q.coverage ?? 0),
          });
  const funnel = s.stages.map((c) =>
    t(lang, s.weakest?.stageId === c.stageId ? "stats.funnelLineWeakest" : "stats.funnelLine", {
      stage: escapeMrkdwn(c.name),
      count: c.openCount,
      amount: m(c.openMinor),
      rate: pct(c.rep.rate),
      advanced: c.rep.advanced,
      matured: c.rep.matured,
      teamRate: pct(c.team.rate),
    }),
  );
  const weakest = s.weakest
    ? t(lang, "stats.weakest", {
        stage: escapeMrkdwn(s.weakest.name),
        rate: pct(s.weakest.rep.rate),
        teamRate: pct(s.weakest.team.rate),
      })
    : t(lang, "stats.noWeakest");
  return {
    text: t(lang, "stats.text", {
      who,
      rate: pct(s.winRate),
      kind: t(lang, `stats.kind.${kind}` as MessageKey),
    }),
    blocks: fitBlocks([
      header(t(lang, "stats.header")),
      section(`${who}\n${headline.join("\n")}`),
      section(coverage),
      section(t(lang, "stats.funnel", { lines: funnel.join("\n") })),
      section(weakest),
      context(t(lang, "stats.footer", { currency: s.currency })),
    ]),
  };
}
