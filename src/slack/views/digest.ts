import type { KnownBlock } from "@slack/types";
import type { FunnelDigest } from "../../domain/digest/build-funnel-digest.js";
import type { ConversionStep } from "../../domain/digest/compute-conversion.js";
import { forecastTotals, type PeriodForecast } from "../../domain/digest/compute-forecast.js";
import { formatMoney, formatMoneyEstimate } from "../../i18n/format.js";
import { type Lang, languageOf } from "../../i18n/languages.js";
import { t } from "../../i18n/t.js";
import { context, divider, fitBlocks, header, linesToSections, section } from "../blocks.js";
import { escapeMrkdwn } from "../mrkdwn.js";
import { formatDay, formatMonth } from "./format.js";
import type { Message } from "./help.js";

/** How many lines a list section shows before "…and N more". */
export const DIGEST_LIST_LINES = { stages: 12, reasons: 5, reps: 10, accounts: 10 } as const;

export const pct = (rate: number | null) => (rate === null ? "—" : `${Math.round(rate * 100)}%`);

/** Lines cut to `max`, with a last line saying how many were left out. */
export function capLines(lines: string[], max: number, total = lines.length, lang: Lang = "en"): string[] {
  if (total <= max && lines.length <= max) return lines;
  return [...lines.slice(0, max), t(lang, "digest.more", { count: total - Math.min(max, lines.length) })];
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

const TARGET_SOURCES = {
  quota: "quota",
  "sum of rep quotas": "reps",
  "sum of monthly quotas": "months",
} as const;

/**
 * The weekly funnel digest (also `/deal digest` and `dealbot preview digest`), in
 * `lang`: the team's language for the channel post, the reader's for `/deal digest`.
 */
export function digestMessage(d: FunnelDigest, lang: Lang = languageOf(d.locale) ?? "en"): Message {
  const m = (minor: bigint) => formatMoney(lang, minor, d.currency);
  const e = (minor: bigint) => formatMoneyEstimate(lang, minor, d.currency);
  const day = (iso: string) => formatDay(iso, lang);
  const signedMoney = (minor: bigint) => (minor > 0n ? `+${m(minor)}` : minor < 0n ? `−${m(-minor)}` : m(0n));
  const blocks: KnownBlock[] = [header(t(lang, "digest.header", { date: day(d.periods.weekOf) }))];

  // Funnel
  const open = d.funnel.stages.reduce(
    (sum, s) => ({
      count: sum.count + s.count,
      amount: sum.amount + s.amountMinor,
      weighted: sum.weighted + s.weightedMinor,
    }),
    { count: 0, amount: 0n, weighted: 0n },
  );
  blocks.push(section(t(lang, "digest.funnel")));
  if (open.count === 0) {
    blocks.push(section(t(lang, "digest.funnelEmpty")));
  } else {
    const since = d.funnel.comparedTo;
    const lines = d.funnel.stages.map((s) => {
      const line = t(lang, "digest.stageLine", {
        stage: escapeMrkdwn(s.name),
        probability: s.probability,
        count: s.count,
        amount: m(s.amountMinor),
        weighted: e(s.weightedMinor),
      });
      if (!s.change) return line;
      const change = { line, count: signed(s.change.count), amount: signedMoney(s.change.amountMinor) };
      return since
        ? t(lang, "digest.stageChangeSince", { ...change, date: day(since) })
        : t(lang, "digest.stageChange", change);
    });
    lines.push(
      t(lang, "digest.total", { count: open.count, amount: m(open.amount), weighted: e(open.weighted) }),
    );
    blocks.push(...linesToSections(capLines(lines, DIGEST_LIST_LINES.stages + 1, lines.length, lang)));
    if (!d.funnel.comparedTo) blocks.push(context(t(lang, "digest.noLastWeek")));
  }

  // Conversion
  blocks.push(divider(), section(t(lang, "digest.conversion")));
  const withHistory = d.conversion.steps.filter((s) => s.entered > 0 || s.referenceEntered > 0);
  if (withHistory.length === 0) blocks.push(section(t(lang, "digest.conversionEmpty")));
  else blocks.push(...linesToSections(d.conversion.steps.map((s) => conversionLine(s, lang))));
  const b = d.conversion.bottleneck;
  if (b) {
    blocks.push(
      section(
        t(lang, "digest.bottleneck", {
          from: escapeMrkdwn(b.from),
          to: escapeMrkdwn(b.to),
          rate: pct(b.rate),
          advanced: b.advanced,
          entered: b.entered,
          reference: pct(b.referenceRate),
        }),
      ),
    );
  }

  // Forecast
  blocks.push(divider(), section(t(lang, "digest.forecast")));
  blocks.push(
    section(forecastText(formatMonth(d.forecast.month.key, lang), d.forecast.month, m, e, lang)),
    section(forecastText(d.forecast.quarter.key.replace("-", " "), d.forecast.quarter, m, e, lang)),
  );

  // Loss reasons
  blocks.push(divider(), section(t(lang, "digest.lossReasons")));
  if (d.lossReasons.length === 0) blocks.push(section(t(lang, "digest.lossNone")));
  else {
    const byValue = [...d.lossReasons].sort((a, b) => (b.amountMinor > a.amountMinor ? 1 : -1))[0];
    const lines = d.lossReasons.map((r) =>
      t(lang, "digest.lossLine", { reason: escapeMrkdwn(r.label), count: r.count, amount: m(r.amountMinor) }),
    );
    if (byValue)
      lines.unshift(
        t(lang, "digest.costliest", { reason: escapeMrkdwn(byValue.label), amount: m(byValue.amountMinor) }),
      );
    blocks.push(...linesToSections(capLines(lines, DIGEST_LIST_LINES.reasons + 1, lines.length, lang)));
  }

  // Reps
  blocks.push(divider(), section(t(lang, "digest.reps")));
  if (d.reps.length === 0) blocks.push(section(t(lang, "digest.repsNone")));
  else {
    const lines = d.reps.map((r) =>
      t(lang, "digest.repLine", {
        user: r.userId,
        updates: r.updates,
        advanced: r.advanced,
        answered: r.nudgesAnswered,
        sent: r.nudgesSent,
        won: r.wonCount,
        amount: m(r.wonMinor),
        largest: r.largestShare === null ? "none" : String(r.largestShare),
        months: r.monthsWithWin,
      }),
    );
    blocks.push(...linesToSections(capLines(lines, DIGEST_LIST_LINES.reps, lines.length, lang)));
  }

  // Tops and flops
  blocks.push(divider(), section(t(lang, "digest.tops")));
  const brief = (x: { id: number; name: string; amountMinor: bigint; ownerId: string }) =>
    `#${x.id} ${escapeMrkdwn(x.name)} · ${m(x.amountMinor)} · <@${x.ownerId}>`;
  const tops = [
    ...d.tops.wins.map((x) => t(lang, "digest.topWon", { deal: brief(x) })),
    ...d.tops.losses.map((x) => t(lang, "digest.topLost", { deal: brief(x) })),
    ...d.tops.slips.map((x) =>
      t(lang, "digest.topSlipped", { deal: brief(x), from: day(x.from), to: day(x.to) }),
    ),
  ];
  blocks.push(section(tops.length ? tops.join("\n") : t(lang, "digest.topsNone")));

  // Key accounts
  const k = d.accounts.key;
  blocks.push(divider(), section(t(lang, "digest.keyAccounts", { year: d.periods.year.key })));
  if (k.keyCount === 0) blocks.push(section(t(lang, "digest.keyNone")));
  else {
    const lines = k.accounts.map((a) => `${escapeMrkdwn(a.name)}: ${m(a.revenueMinor)}`);
    const intro = t(lang, "digest.keyIntro", {
      key: k.keyCount,
      total: k.accountCount,
      keyRevenue: m(k.keyRevenueMinor),
      revenue: m(k.revenueMinor),
    });
    blocks.push(
      section(`${intro}\n${capLines(lines, DIGEST_LIST_LINES.accounts, k.keyCount, lang).join("\n")}`),
    );
  }
  if (d.accounts.inactiveCount > 0) {
    const lines = d.accounts.inactive.map((a) =>
      a.lastActivityAt
        ? t(lang, "digest.inactiveLast", {
            account: escapeMrkdwn(a.name),
            date: day(a.lastActivityAt.toISOString().slice(0, 10)),
          })
        : t(lang, "digest.inactiveNever", { account: escapeMrkdwn(a.name) }),
    );
    const intro = t(lang, "digest.inactiveIntro", { count: d.accounts.inactiveCount });
    const listed = capLines(lines, DIGEST_LIST_LINES.accounts, d.accounts.inactiveCount, lang).join("\n");
    blocks.push(section(`${intro}\n${listed}`));
  }
  blocks.push(context(t(lang, "digest.currencyNote", { currency: d.currency })));

  const month = forecastTotals(d.forecast.month);
  const text = t(lang, "digest.text", {
    date: day(d.periods.weekOf),
    count: open.count,
    amount: m(open.amount),
    weighted: e(open.weighted),
    month: formatMonth(d.forecast.month.key, lang),
    won: m(d.forecast.month.wonMinor),
    forecast: m(month.committed),
    target: d.forecast.month.target !== null ? m(d.forecast.month.target) : "none",
  });
  return { text, blocks: fitBlocks(blocks) };
}

function conversionLine(s: ConversionStep, lang: Lang): string {
  const now =
    s.entered > 0
      ? t(lang, "digest.conversionRate", { rate: pct(s.rate), advanced: s.advanced, entered: s.entered })
      : t(lang, "digest.conversionNoDeals");
  const reference =
    s.referenceEntered > 0
      ? t(lang, "digest.conversionReference", { rate: pct(s.referenceRate), count: s.referenceEntered })
      : "—";
  return t(lang, "digest.conversionLine", {
    from: escapeMrkdwn(s.from),
    to: escapeMrkdwn(s.to),
    now,
    reference,
  });
}

/** One period's forecast, as lines: what is won, what is open, the three forecasts, the target. */
export function forecastText(
  label: string,
  f: PeriodForecast,
  m: (minor: bigint) => string,
  e: (estimate: bigint) => string,
  lang: Lang = "en",
): string {
  const totals = forecastTotals(f);
  const ofTarget = (v: bigint) =>
    f.target && f.target > 0n ? String(Number((v * 100n) / f.target)) : "none";
  const lines = [
    t(lang, "forecast.line", {
      label,
      won: m(f.wonMinor),
      wonCount: f.wonCount,
      open: m(f.openMinor),
      openCount: f.openCount,
      weighted: e(f.weightedMinor),
      committed: m(f.committedMinor),
      committedCount: f.committedCount,
    }),
    f.target === null
      ? t(lang, "forecast.targetNone")
      : t(lang, "forecast.target", {
          target: m(f.target),
          source: f.targetSource ? TARGET_SOURCES[f.targetSource] : "quota",
        }),
    t(lang, "forecast.reps", { amount: m(totals.committed), pct: ofTarget(totals.committed) }),
    t(lang, "forecast.weighted", { amount: e(totals.weighted), pct: ofTarget(totals.weighted) }),
    t(lang, "forecast.historical", {
      amount: e(totals.historical),
      pct: ofTarget(totals.historical),
      fallback: f.stagesWithoutHistory ? "yes" : "no",
    }),
  ];
  const gap = totals.committed - totals.historical;
  if (gap !== 0n)
    lines.push(
      t(lang, "forecast.gap", { amount: m(gap > 0n ? gap : -gap), direction: gap > 0n ? "above" : "below" }),
    );
  if (f.target !== null && f.target > totals.committed)
    lines.push(t(lang, "forecast.gapToTarget", { amount: m(f.target - totals.committed) }));
  return lines.join("\n");
}

/** A message as plain text (header, sections, context), for the command line. */
export function messageAsText(message: Message): string {
  const out: string[] = [];
  for (const block of message.blocks) {
    if (block.type === "header") out.push(`# ${block.text.text}`);
    else if (block.type === "section" && block.text) out.push(block.text.text);
    else if (block.type === "context")
      out.push(block.elements.map((e) => ("text" in e ? e.text : "")).join(" "));
    else if (block.type === "divider") out.push("");
  }
  return `${out.join("\n")}\n`;
}
