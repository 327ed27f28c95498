import type { KnownBlock } from "@slack/types";
import type { FunnelDigest } from "../../domain/digest/build-funnel-digest.js";
import { dayIn } from "../../domain/digest/build-hygiene.js";
import { forecastTotals } from "../../domain/digest/compute-forecast.js";
import { formatMoney, formatMoneyEstimate } from "../../i18n/format.js";
import { type Lang, languageOf } from "../../i18n/languages.js";
import { t } from "../../i18n/t.js";
import { context, divider, fitBlocks, header, linesToSections, section } from "../blocks.js";
import { escapeMrkdwn } from "../mrkdwn.js";
import {
  accuracyLines,
  conversionLine,
  forecastText,
  hygieneText,
  pct,
  rollingText,
  timeInStageLines,
} from "./digest-forecast.js";
import { growthBlocks } from "./digest-growth.js";
import { formatDay, formatMonth } from "./format.js";
import type { Message } from "./help.js";

export { forecastText, pct };

/** How many lines a list section shows before "…and N more". */
export const DIGEST_LIST_LINES = { stages: 12, reasons: 5, reps: 10, accounts: 10 } as const;

/** Lines cut to `max`, with a last line saying how many were left out. */
export function capLines(lines: string[], max: number, total = lines.length, lang: Lang = "en"): string[] {
  if (total <= max && lines.length <= max) return lines;
  return [...lines.slice(0, max), t(lang, "digest.more", { count: total - Math.min(max, lines.length) })];
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/**
 * The weekly funnel digest (also `/deal digest` and `dealbot preview digest`), in
 * `lang`: the team's language for the channel post, the reader's for `/deal digest`.
 */
export function digestMessage(d: FunnelDigest, lang: Lang = languageOf(d.locale) ?? "en"): Message {
  const m = (minor: bigint) => formatMoney(lang, minor, d.currency);
  const e = (minor: bigint) => formatMoneyEstimate(lang, minor, d.currency);
  const day = (iso: string) => formatDay(iso, lang);
  const cap = (lines: string[], max: number, total = lines.length) => capLines(lines, max, total, lang);
  const signedMoney = (minor: bigint) => (minor > 0n ? `+${m(minor)}` : minor < 0n ? `−${m(-minor)}` : m(0n));
  // The digest reports the seven days before it: say which, not "week of" the day it runs.
  const weekFrom = dayIn(d.periods.week.from, d.timezone) ?? d.periods.weekOf;
  const blocks: KnownBlock[] = [header(t(lang, "digest.header", { date: day(d.periods.today) }))];

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
    blocks.push(...linesToSections(cap(lines, DIGEST_LIST_LINES.stages + 1)));
    if (!d.funnel.comparedTo) blocks.push(context(t(lang, "digest.noLastWeek")));
  }

  // Hygiene and time in stage
  blocks.push(divider(), section(t(lang, "digest.hygiene")), section(hygieneText(d.hygiene, m, lang)));
  const stageTimes = timeInStageLines(
    d.funnel.stages.map((s) => ({ stageId: s.stageId, name: s.name })),
    d.timeInStage,
    lang,
  );
  if (stageTimes.length > 0)
    blocks.push(section(`${t(lang, "digest.timeInStage")}\n${stageTimes.join("\n")}`));

  // Conversion
  blocks.push(divider(), section(t(lang, "digest.conversion")));
  const withHistory = d.conversion.steps.filter((s) => s.entered > 0 || s.referenceMatured > 0);
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
          matured: b.matured,
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
  if (d.forecast.next.length > 0) blocks.push(section(rollingText(d.forecast.next, m, e, lang)));
  const who = (s: string) => (s === "team" ? t(lang, "digest.accuracyTeam") : `<@${s}>`);
  blocks.push(
    section(`${t(lang, "digest.accuracy")}\n${accuracyLines(d.accuracy, m, who, lang).join("\n")}`),
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
    blocks.push(...linesToSections(cap(lines, DIGEST_LIST_LINES.reasons + 1)));
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
        largest: r.largestShare === null ? "none" : String(Math.round(r.largestShare)),
        months: r.monthsWithWin,
      }),
    );
    blocks.push(...linesToSections(cap(lines, DIGEST_LIST_LINES.reps)));
  }

  // Tops and flops
  blocks.push(divider(), section(t(lang, "digest.tops", { date: day(weekFrom) })));
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
    blocks.push(section(`${intro}\n${cap(lines, DIGEST_LIST_LINES.accounts, k.keyCount).join("\n")}`));
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
    const listed = cap(lines, DIGEST_LIST_LINES.accounts, d.accounts.inactiveCount).join("\n");
    blocks.push(section(`${intro}\n${listed}`));
  }
  if (d.growth) blocks.push(...growthBlocks(d.growth, m, lang));
  blocks.push(context(t(lang, "digest.currencyNote", { currency: d.currency })));

  const month = forecastTotals(d.forecast.month);
  const text = t(lang, "digest.text", {
    date: day(d.periods.weekOf),
    count: open.count,
    amount: m(open.amount),
    weighted: e(open.weighted),
    month: formatMonth(d.forecast.month.key, lang),
    won: m(d.forecast.month.wonMinor),
    committed: m(month.committed),
    bestCase: m(month.bestCase),
    pastDue: d.hygiene.pastDueCount,
    pastDueAmount: m(d.hygiene.pastDueMinor),
    target: d.forecast.month.target !== null ? m(d.forecast.month.target) : "none",
  });
  return { text, blocks: fitBlocks(blocks) };
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
