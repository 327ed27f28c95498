import type { PeriodRollUp, TeamForecast } from "../../domain/forecast/build-team-forecast.js";
import { formatAmount, formatEstimate } from "../../parse/amount.js";
import { context, fitBlocks, header, linesToSections, section } from "../blocks.js";
import { formatDay, formatMonth } from "./format.js";
import type { Message } from "./help.js";

/** `/deal forecast team`: a manager's team per rep, month and quarter, with the manager's call. */
export function teamForecastMessage(f: TeamForecast, note?: string): Message {
  const m = (minor: bigint) => formatAmount(minor, f.currency, f.locale);
  const e = (minor: bigint) => formatEstimate(minor, f.currency, f.locale);
  const period = (label: string, p: PeriodRollUp, word: "month" | "quarter") => {
    const t = p.total;
    const lines = [
      `*${label}* · team: won ${m(t.wonMinor)} · commit ${m(t.commitTotal)} · best case ${m(t.bestTotal)} · weighted ${e(t.weightedTotal)}` +
        (t.target === null ? "" : ` · target ${m(t.target)}`),
      p.call
        ? `Your call: *${m(p.call.amountMinor)}* (${formatDay(p.call.recordedAt.toISOString().slice(0, 10))}) · reps' commit ${m(t.commitTotal)}, best case ${m(t.bestTotal)}`
        : `Your call: not recorded. \`/deal forecast team call 250k ${word}\``,
      ...p.reps.map(
        (r) =>
          `<@${r.ownerId}>: won ${m(r.wonMinor)} · commit ${m(r.commitTotal)} · best case ${m(r.bestTotal)}` +
          (r.target === null ? "" : ` · target ${m(r.target)}`),
      ),
    ];
    return linesToSections(lines);
  };
  const month = formatMonth(f.month.key);
  const quarter = f.quarter.key.replace("-", " ");
  return {
    text: `Team forecast: ${month} commit ${m(f.month.total.commitTotal)}, best case ${m(f.month.total.bestTotal)}.`,
    blocks: fitBlocks([
      header("Your team's forecast"),
      ...(note ? [section(note)] : []),
      ...period(month, f.month, "month"),
      ...period(quarter, f.quarter, "quarter"),
      context(
        `Amounts in ${f.currency}. Commit = won + deals in Commit; best case adds deals in Best case. Reps set a deal's category with \`/deal update Acme forecast commit\`.`,
      ),
    ]),
  };
}
