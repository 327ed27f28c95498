import type { HygieneTotals } from "../../db/digest-hygiene.js";
import type { AccuracyRow, ForecastAccuracy } from "../../domain/digest/compute-accuracy.js";
import type { ConversionStep } from "../../domain/digest/compute-conversion.js";
import { forecastTotals, type PeriodForecast } from "../../domain/digest/compute-forecast.js";
import type { StageTime } from "../../domain/digest/compute-time-in-stage.js";
import { plural } from "../../plural.js";
import { escapeMrkdwn } from "../mrkdwn.js";
import { formatMonth } from "./format.js";

// The digest's forecast, hygiene, time-in-stage, conversion and accuracy lines.

export const pct = (rate: number | null) => (rate === null ? "—" : `${Math.round(rate * 100)}%`);

/** One period's forecast, as lines: what is won, what is open, the four forecasts, the target. */
export function forecastText(
  label: string,
  f: PeriodForecast,
  m: (minor: bigint) => string,
  e: (estimate: bigint) => string,
): string {
  const t = forecastTotals(f);
  const ofTarget = (v: bigint) =>
    f.target && f.target > 0n ? ` (${Number((v * 200n + f.target) / (f.target * 2n))}% of target)` : "";
  const lines = [
    `*${label}*: won ${m(f.wonMinor)} (${plural(f.wonCount, "deal")}) · open closing ${m(f.openMinor)} (${plural(f.openCount, "deal")}), weighted ${e(f.weightedMinor)}`,
    `Committed (deals in Commit): ${m(f.committedMinor)} (${plural(f.committedCount, "deal")}) · Best case: ${m(f.bestMinor)} (${plural(f.bestCount, "deal")})`,
    `Target: ${f.target === null ? `not set (\`/deal admin quota team 100k ${f.key}\`)` : `${m(f.target)}${f.targetSource === "quota" ? "" : ` (${f.targetSource})`}`}`,
    `Committed forecast (won + Commit): ${m(t.committed)}${ofTarget(t.committed)}`,
    `Best case (won + Commit + Best case): ${m(t.bestCase)}${ofTarget(t.bestCase)}`,
    `Weighted forecast (won + weighted open): ${e(t.weighted)}${ofTarget(t.weighted)}`,
    `Historical forecast (won + open × the team's win rate by stage): ${e(t.historical)}${ofTarget(t.historical)}` +
      (f.stagesWithoutHistory ? ` (stage probability where there is no history)` : ""),
  ];
  const gap = t.committed - t.historical;
  if (e(gap > 0n ? gap : -gap) !== e(0n))
    lines.push(
      `Committed forecast is ${e(gap > 0n ? gap : -gap)} ${gap > 0n ? "above" : "below"} what history predicts.`,
    );
  if (f.target !== null && f.target > t.committed) lines.push(`Gap to target: ${m(f.target - t.committed)}`);
  return lines.join("\n");
}

/** "Past due: 25 deals, €164,500" and the other hygiene counts. */
export function hygieneText(h: HygieneTotals, m: (minor: bigint) => string): string {
  if (h.openCount === 0) return "No open deals.";
  const lines = [
    h.pastDueCount === 0
      ? `Open deals past due: 0 deals, ${m(0n)} (every close date is today or later).`
      : `:rotating_light: *Open deals past due: ${plural(h.pastDueCount, "deal")}, ${m(h.pastDueMinor)}*: their close date passed. They are in no period's forecast until their owners push, win or lose them.`,
    `No next step: ${plural(h.noNextStep, "deal")} · no activity for 30+ days: ${plural(h.quiet, "deal")} (of ${plural(h.openCount, "open deal")})`,
  ];
  return lines.join("\n");
}

/** Per stage: typical time (median of finished stays) and the open deals far beyond it. */
export function timeInStageLines(stages: { stageId: number; name: string }[], times: StageTime[]): string[] {
  return times.flatMap((t) => {
    const name = escapeMrkdwn(stages.find((s) => s.stageId === t.stageId)?.name ?? `stage ${t.stageId}`);
    if (t.openCount === 0 && t.typicalDays === null) return [];
    const typical =
      t.typicalDays === null
        ? `typical time unknown (${plural(t.stays, "finished stay")})`
        : `typical ${plural(t.typicalDays, "day")}`;
    const open =
      t.openCount === 0
        ? "no open deals"
        : `${plural(t.openCount, "open deal")}, median ${plural(t.openMedianDays ?? 0, "day")} in it`;
    const beyond =
      t.beyondCount > 0 && t.limitDays !== null
        ? ` · :hourglass: ${t.beyondCount} far beyond typical (over ${t.limitDays} days)`
        : "";
    return [`${name}: ${typical} · ${open}${beyond}`];
  });
}

export function conversionLine(s: ConversionStep): string {
  const now =
    s.matured > 0
      ? `${pct(s.rate)} (${s.advanced} of ${s.matured})`
      : s.entered > 0
        ? "too early"
        : "no deals";
  const undecided = s.undecided > 0 ? ` · ${s.undecided} still undecided` : "";
  const ref =
    s.referenceMatured > 0 ? `${pct(s.referenceRate)} (${plural(s.referenceMatured, "deal")})` : "—";
  return `${escapeMrkdwn(s.from)} → ${escapeMrkdwn(s.to)}: ${now}${undecided} · before: ${ref}`;
}

const cellText = (row: AccuracyRow, i: number) => {
  const c = row.cells[i];
  if (!c) return "—";
  return c.percent === null ? "no commit" : `${c.percent}%`;
};

/** Start-of-month commit against won: last month in full, then the trend per rep. */
export function accuracyLines(
  a: ForecastAccuracy,
  m: (minor: bigint) => string,
  name: (subject: string) => string,
): string[] {
  const lastIndex = a.months.length - 1;
  const last = a.team.cells[lastIndex];
  if (lastIndex < 0 || a.team.cells.every((c) => c === null))
    return ["No start-of-month snapshot yet: accuracy shows after the first full month."];
  const lines: string[] = [];
  if (last) {
    lines.push(
      `*${formatMonth(last.month)}*: committed ${m(last.commitMinor)} on the 1st, won ${m(last.wonMinor)}` +
        (last.percent === null ? "" : ` (${last.percent}% of commit)`),
    );
  }
  const months = a.months.map((k) => formatMonth(k).split(" ")[0]?.slice(0, 3) ?? k).join(" · ");
  lines.push(`Won as % of the 1st's commit (${months}):`);
  const trend = (row: AccuracyRow) =>
    `${name(row.subject)}: ${a.months.map((_, i) => cellText(row, i)).join(" · ")}` +
    (row.meanErrorPercent === null ? "" : ` · off by ${row.meanErrorPercent}% on average`);
  lines.push(trend(a.team), ...a.reps.map(trend));
  return lines;
}
