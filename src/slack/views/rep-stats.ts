import type { RepStats } from "../../domain/forecast/build-rep-stats.js";
import { formatAmount } from "../../parse/amount.js";
import { plural } from "../../plural.js";
import { context, fitBlocks, header, section } from "../blocks.js";
import { escapeMrkdwn } from "../mrkdwn.js";
import type { Message } from "./help.js";

const pct = (rate: number | null) => (rate === null ? "—" : `${Math.round(rate * 100)}%`);

const CONSISTENCY: Record<RepStats["consistency"], string> = {
  steady: "*steady*: wins spread over the year",
  "jackpot-dependent": "*jackpot-dependent*: one deal makes much of the year",
  uneven: "*uneven*: wins in few months",
  "no wins yet": "no wins in the last 12 months",
};

/** `/deal stats [@rep]`: one rep's diagnostics beside the team's. */
export function repStatsMessage(s: RepStats): Message {
  const m = (minor: bigint) => formatAmount(minor, s.currency, s.locale);
  const who = `<@${s.userId}>`;
  const days = (n: number | null) => (n === null ? "—" : plural(n, "day"));
  const headline = [
    `Win rate ${pct(s.winRate)} (${s.wonCount} won, ${s.lostCount} lost) · team ${pct(s.teamWinRate)}`,
    `Average deal ${s.avgDealMinor === null ? "—" : m(s.avgDealMinor)} · team ${s.teamAvgDealMinor === null ? "—" : m(s.teamAvgDealMinor)}`,
    `Average cycle (created → won) ${days(s.avgCycleDays)} · team ${days(s.teamAvgCycleDays)}`,
    `Won ${m(s.wonMinor)}` +
      (s.largestShare === null ? "" : ` · largest deal ${Math.round(s.largestShare)}% of it`) +
      ` · wins in ${s.monthsWithWin} of 12 months: ${CONSISTENCY[s.consistency]}`,
  ];
  const q = s.quarter;
  const coverage =
    q.target === null
      ? `${q.key.replace("-", " ")}: no target set.`
      : q.remainingMinor === 0n
        ? `${q.key.replace("-", " ")}: target ${m(q.target)} reached.`
        : `${q.key.replace("-", " ")}: ${m(q.remainingMinor ?? 0n)} of the ${m(q.target)} target left; open pipeline closing this quarter ${m(q.pipelineMinor)} = *${(q.coverage ?? 0).toFixed(1)}× coverage*` +
          ((q.coverage ?? 0) < 3 ? " (3× is the usual rule of thumb)" : "");
  const funnel = s.stages.map(
    (c) =>
      `${escapeMrkdwn(c.name)}: ${plural(c.openCount, "open deal")}, ${m(c.openMinor)} · converts ${pct(c.rep.rate)} (${c.rep.advanced} of ${c.rep.matured}) · team ${pct(c.team.rate)}` +
      (s.weakest?.stageId === c.stageId ? " · :point_left: weakest" : ""),
  );
  const weakest = s.weakest
    ? `Weakest stage: *${escapeMrkdwn(s.weakest.name)}*: ${pct(s.weakest.rep.rate)} against the team's ${pct(s.weakest.team.rate)}. Coaching starts there.`
    : "No stage clearly below the team's yet (a stage needs 5 decided deals to be judged).";
  return {
    text: `Stats for ${who}: win rate ${pct(s.winRate)}, ${s.consistency}.`,
    blocks: fitBlocks([
      header("Rep stats · last 12 months"),
      section(`${who}\n${headline.join("\n")}`),
      section(coverage),
      section(
        `*Funnel by stage* (open amount; conversion of deals that had time to move)\n${funnel.join("\n")}`,
      ),
      section(weakest),
      context(
        `Amounts in ${s.currency}. Jackpot-dependent: one deal made 40%+ of the won value; steady: wins in 6+ months.`,
      ),
    ]),
  };
}
