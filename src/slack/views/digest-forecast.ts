import type { HygieneTotals } from "../../db/digest-hygiene.js";
import type { AccuracyRow, ForecastAccuracy } from "../../domain/digest/compute-accuracy.js";
import type { ConversionStep } from "../../domain/digest/compute-conversion.js";
import { forecastTotals, type PeriodForecast } from "../../domain/digest/compute-forecast.js";
import type { StageTime } from "../../domain/digest/compute-time-in-stage.js";
import type { Lang } from "../../i18n/languages.js";
import { t } from "../../i18n/t.js";
import { escapeMrkdwn } from "../mrkdwn.js";
import { formatMonth } from "./format.js";

// The digest's forecast, hygiene, time-in-stage, conversion and accuracy lines.

export const pct = (rate: number | null) => (rate === null ? "—" : `${Math.round(rate * 100)}%`);

/** How the catalogs name where a target comes from (ICU select options). */
const TARGET_SOURCES = {
  quota: "quota",
  "sum of rep quotas": "reps",
  "sum of monthly quotas": "months",
} as const;

/** One period's forecast, as lines: what is won, what is open, the four forecasts, the target. */
export function forecastText(
  label: string,
  f: PeriodForecast,
  m: (minor: bigint) => string,
  e: (estimate: bigint) => string,
  lang: Lang = "en",
): string {
  const totals = forecastTotals(f);
  const ofTarget = (v: bigint) =>
    f.target && f.target > 0n ? String(Number((v * 200n + f.target) / (f.target * 2n))) : "none";
  const lines = [
    t(lang, "forecast.line", {
      label,
      won: m(f.wonMinor),
      wonCount: f.wonCount,
      open: m(f.openMinor),
      openCount: f.openCount,
      weighted: e(f.weightedMinor),
    }),
    t(lang, "forecast.categories", {
      committed: m(f.committedMinor),
      committedCount: f.committedCount,
      best: m(f.bestMinor),
      bestCount: f.bestCount,
    }),
    f.target === null
      ? t(lang, "forecast.targetNone", { period: f.key })
      : t(lang, "forecast.target", {
          target: m(f.target),
          source: f.targetSource ? TARGET_SOURCES[f.targetSource] : "quota",
        }),
    t(lang, "forecast.committed", { amount: m(totals.committed), pct: ofTarget(totals.committed) }),
    t(lang, "forecast.bestCase", { amount: m(totals.bestCase), pct: ofTarget(totals.bestCase) }),
    t(lang, "forecast.weighted", { amount: e(totals.weighted), pct: ofTarget(totals.weighted) }),
    t(lang, "forecast.historical", {
      amount: e(totals.historical),
      pct: ofTarget(totals.historical),
      fallback: f.stagesWithoutHistory ? "yes" : "no",
    }),
  ];
  const gap = totals.committed - totals.historical;
  const gapSize = e(gap > 0n ? gap : -gap);
  if (gapSize !== e(0n))
    lines.push(t(lang, "forecast.gap", { amount: gapSize, direction: gap > 0n ? "above" : "below" }));
  if (f.target !== null && f.target > totals.committed)
    lines.push(t(lang, "forecast.gapToTarget", { amount: m(f.target - totals.committed) }));
  return lines.join("\n");
}

/**
 * The rolling view of the two quarters after this one: open pipeline closing in each, and
 * the commit, best case, weighted and historical forecasts (an objective medium-term view).
 */
export function rollingText(
  next: PeriodForecast[],
  m: (minor: bigint) => string,
  e: (estimate: bigint) => string,
  lang: Lang = "en",
): string {
  const lines = next.map((f) => {
    const totals = forecastTotals(f);
    return t(lang, "digest.rollingLine", {
      label: f.key.replace("-", " "),
      open: m(f.openMinor),
      openCount: f.openCount,
      commit: m(totals.committed),
      best: m(totals.bestCase),
      weighted: e(totals.weighted),
      historical: e(totals.historical),
      target: f.target === null ? "none" : m(f.target),
    });
  });
  return [t(lang, "digest.rolling"), ...lines].join("\n");
}

/** "Past due: 25 deals, €164,500" and the other hygiene counts. */
export function hygieneText(h: HygieneTotals, m: (minor: bigint) => string, lang: Lang = "en"): string {
  if (h.openCount === 0) return t(lang, "digest.hygieneNoOpen");
  const lines = [
    h.pastDueCount === 0
      ? t(lang, "digest.pastDueNone", { amount: m(0n) })
      : t(lang, "digest.pastDue", { count: h.pastDueCount, amount: m(h.pastDueMinor) }),
    t(lang, "digest.hygieneCounts", { noNextStep: h.noNextStep, quiet: h.quiet, open: h.openCount }),
  ];
  return lines.join("\n");
}

/** Per stage: typical time (median of finished stays) and the open deals far beyond it. */
export function timeInStageLines(
  stages: { stageId: number; name: string }[],
  times: StageTime[],
  lang: Lang = "en",
): string[] {
  return times.flatMap((x) => {
    if (x.openCount === 0 && x.typicalDays === null) return [];
    const name = stages.find((s) => s.stageId === x.stageId)?.name;
    const stage = name === undefined ? t(lang, "deal.unknownStage", { id: x.stageId }) : escapeMrkdwn(name);
    const typical =
      x.typicalDays === null
        ? t(lang, "digest.typicalUnknown", { stays: x.stays })
        : t(lang, "digest.typical", { days: x.typicalDays });
    const open =
      x.openCount === 0
        ? t(lang, "digest.stageNoOpen")
        : t(lang, "digest.stageOpen", { count: x.openCount, days: x.openMedianDays ?? 0 });
    const line = t(lang, "digest.stageTimeLine", { stage, typical, open });
    return x.beyondCount > 0 && x.limitDays !== null
      ? [`${line} · ${t(lang, "digest.stageBeyond", { count: x.beyondCount, days: x.limitDays })}`]
      : [line];
  });
}

export function conversionLine(s: ConversionStep, lang: Lang = "en"): string {
  const rate =
    s.matured > 0
      ? t(lang, "digest.conversionRate", { rate: pct(s.rate), advanced: s.advanced, matured: s.matured })
      : s.entered > 0
        ? t(lang, "digest.conversionTooEarly")
        : t(lang, "digest.conversionNoDeals");
  const now =
    s.undecided > 0 ? `${rate} · ${t(lang, "digest.conversionUndecided", { count: s.undecided })}` : rate;
  const reference =
    s.referenceMatured > 0
      ? t(lang, "digest.conversionReference", { rate: pct(s.referenceRate), count: s.referenceMatured })
      : "—";
  return t(lang, "digest.conversionLine", {
    from: escapeMrkdwn(s.from),
    to: escapeMrkdwn(s.to),
    now,
    reference,
  });
}

/** A month's short name for the accuracy trend: "Nov", "marras", "lis", "лис", "ноя". */
function shortMonth(key: string, lang: Lang): string {
  if (lang === "en") return formatMonth(key).split(" ")[0]?.slice(0, 3) ?? key;
  const [year, month] = key.split("-").map(Number);
  if (!year || !month) return key;
  return new Intl.DateTimeFormat(lang, { month: "short", timeZone: "UTC" })
    .format(new Date(Date.UTC(year, month - 1, 1)))
    .replace(/\.$/, "");
}

/** Start-of-month commit against won: last month in full, then the trend per rep. */
export function accuracyLines(
  a: ForecastAccuracy,
  m: (minor: bigint) => string,
  name: (subject: string) => string,
  lang: Lang = "en",
): string[] {
  const lastIndex = a.months.length - 1;
  const last = a.team.cells[lastIndex];
  if (lastIndex < 0 || a.team.cells.every((c) => c === null)) return [t(lang, "digest.accuracyNone")];
  const lines: string[] = [];
  if (last) {
    lines.push(
      t(lang, "digest.accuracyMonth", {
        month: formatMonth(last.month, lang),
        commit: m(last.commitMinor),
        won: m(last.wonMinor),
        pct: last.percent === null ? "none" : String(last.percent),
      }),
    );
  }
  const months = a.months.map((k) => shortMonth(k, lang)).join(" · ");
  lines.push(t(lang, "digest.accuracyTrend", { months }));
  const cell = (row: AccuracyRow, i: number) => {
    const c = row.cells[i];
    if (!c) return "—";
    return c.percent === null ? t(lang, "digest.accuracyNoCommit") : `${c.percent}%`;
  };
  const trend = (row: AccuracyRow) => {
    const cells = `${name(row.subject)}: ${a.months.map((_, i) => cell(row, i)).join(" · ")}`;
    return row.meanErrorPercent === null
      ? cells
      : `${cells} · ${t(lang, "digest.accuracyOffBy", { pct: row.meanErrorPercent })}`;
  };
  lines.push(trend(a.team), ...a.reps.map(trend));
  return lines;
}
