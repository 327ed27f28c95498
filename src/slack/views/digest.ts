import type { KnownBlock } from "@slack/types";
import type { FunnelDigest } from "../../domain/digest/build-funnel-digest.js";
import { dayIn } from "../../domain/digest/build-hygiene.js";
import { forecastTotals } from "../../domain/digest/compute-forecast.js";
import type { Lang } from "../../i18n/languages.js";
import { formatAmount, formatEstimate } from "../../parse/amount.js";
import { plural } from "../../plural.js";
import { context, divider, fitBlocks, header, linesToSections, section } from "../blocks.js";
import { escapeMrkdwn } from "../mrkdwn.js";
import {
  accuracyLines,
  conversionLine,
  forecastText,
  hygieneText,
  pct,
  timeInStageLines,
} from "./digest-forecast.js";
import { growthBlocks } from "./digest-growth.js";
import { formatDay, formatMonth } from "./format.js";
import type { Message } from "./help.js";

export { forecastText, pct };

/** How many lines a list section shows before "…and N more". */
export const DIGEST_LIST_LINES = { stages: 12, reasons: 5, reps: 10, accounts: 10 } as const;

/** Lines cut to `max`, with a last line saying how many were left out. */
export function capLines(lines: string[], max: number, total = lines.length): string[] {
  if (total <= max && lines.length <= max) return lines;
  return [...lines.slice(0, max), `_…and ${total - Math.min(max, lines.length)} more_`];
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** The weekly funnel digest (also `/deal digest` and `dealbot preview digest`). */
/** `_lang`: the digest is English until its sections are in the catalogs again (see README, Languages). */
export function digestMessage(d: FunnelDigest, _lang?: Lang): Message {
  const m = (minor: bigint) => formatAmount(minor, d.currency, d.locale);
  const e = (minor: bigint) => formatEstimate(minor, d.currency, d.locale);
  const signedMoney = (minor: bigint) => (minor > 0n ? `+${m(minor)}` : minor < 0n ? `−${m(-minor)}` : m(0n));
  // The digest reports the seven days before it: say which, not "week of" the day it runs.
  const weekFrom = dayIn(d.periods.week.from, d.timezone) ?? d.periods.weekOf;
  const week = `the 7 days since ${formatDay(weekFrom)}`;
  const blocks: KnownBlock[] = [header(`Pipeline digest · ${formatDay(d.periods.today)}`)];

  // Funnel
  const open = d.funnel.stages.reduce(
    (t, s) => ({
      count: t.count + s.count,
      amount: t.amount + s.amountMinor,
      weighted: t.weighted + s.weightedMinor,
    }),
    { count: 0, amount: 0n, weighted: 0n },
  );
  blocks.push(section("*Funnel* (open deals)"));
  if (open.count === 0) {
    blocks.push(
      section("No open deals yet. Reps add them with `/deal new Acme amount 12k close next friday`."),
    );
  } else {
    const since = d.funnel.comparedTo ? ` since ${formatDay(d.funnel.comparedTo)}` : "";
    const lines = d.funnel.stages.map((s) => {
      const change = s.change
        ? ` · ${signed(s.change.count)} / ${signedMoney(s.change.amountMinor)}${since}`
        : "";
      return `*${escapeMrkdwn(s.name)}* (${s.probability}%): ${plural(s.count, "deal")} · ${m(s.amountMinor)} · weighted ${e(s.weightedMinor)}${change}`;
    });
    lines.push(`*Total*: ${plural(open.count, "deal")} · ${m(open.amount)} · weighted ${e(open.weighted)}`);
    blocks.push(...linesToSections(capLines(lines, DIGEST_LIST_LINES.stages + 1)));
    if (!d.funnel.comparedTo)
      blocks.push(context("No figures from last week yet: changes show from next week."));
  }

  // Conversion
  blocks.push(divider(), section("*Pipeline hygiene*"), section(hygieneText(d.hygiene, m)));
  const stageTimes = timeInStageLines(
    d.funnel.stages.map((s) => ({ stageId: s.stageId, name: s.name })),
    d.timeInStage,
  );
  if (stageTimes.length > 0)
    blocks.push(
      section(
        `*Time in stage* (typical = median of stays that ended in 12 months)\n${stageTimes.join("\n")}`,
      ),
    );

  blocks.push(
    divider(),
    section(
      "*Conversion* (deals that entered each stage in the last 90 days and had time to move, beside the 9 months before)",
    ),
  );
  const withHistory = d.conversion.steps.filter((s) => s.entered > 0 || s.referenceMatured > 0);
  if (withHistory.length === 0)
    blocks.push(section("Not enough history yet: no stage changes in the last 12 months."));
  else blocks.push(...linesToSections(d.conversion.steps.map(conversionLine)));
  const b = d.conversion.bottleneck;
  if (b) {
    blocks.push(
      section(
        `:warning: *Bottleneck: ${escapeMrkdwn(b.from)} → ${escapeMrkdwn(b.to)}* converts ${pct(b.rate)} (${b.advanced} of ${b.matured}) against ${pct(b.referenceRate)} before: more than chance explains.`,
      ),
    );
  }

  // Forecast
  blocks.push(divider(), section("*Forecast* against target"));
  blocks.push(
    section(forecastText(formatMonth(d.forecast.month.key), d.forecast.month, m, e)),
    section(forecastText(d.forecast.quarter.key.replace("-", " "), d.forecast.quarter, m, e)),
  );
  blocks.push(
    section(
      `*Forecast accuracy* (start-of-month commit against won)\n${accuracyLines(d.accuracy, m, (s) => (s === "team" ? "Team" : `<@${s}>`)).join("\n")}`,
    ),
  );

  // Loss reasons
  blocks.push(divider(), section("*Loss reasons* (last 90 days)"));
  if (d.lossReasons.length === 0) blocks.push(section("No deals lost in the last 90 days."));
  else {
    const byValue = [...d.lossReasons].sort((a, b) => (b.amountMinor > a.amountMinor ? 1 : -1))[0];
    const lines = d.lossReasons.map(
      (r) => `${escapeMrkdwn(r.label)}: ${plural(r.count, "deal")} · ${m(r.amountMinor)}`,
    );
    if (byValue) lines.unshift(`Costliest: *${escapeMrkdwn(byValue.label)}* (${m(byValue.amountMinor)})`);
    blocks.push(...linesToSections(capLines(lines, DIGEST_LIST_LINES.reasons + 1)));
  }

  // Reps
  blocks.push(divider(), section("*Reps*: this week's activity; wins and consistency over 12 months"));
  if (d.reps.length === 0) blocks.push(section("No activity or wins yet."));
  else {
    const lines = d.reps.map(
      (r) =>
        `<@${r.userId}>: ${r.updates} updates · ${r.advanced} advanced · nudges answered ${r.nudgesAnswered}/${r.nudgesSent}` +
        ` · won ${r.wonCount} (${m(r.wonMinor)})` +
        (r.largestShare === null ? "" : ` · largest deal ${Math.round(r.largestShare)}% of it`) +
        ` · wins in ${r.monthsWithWin}/12 months`,
    );
    blocks.push(...linesToSections(capLines(lines, DIGEST_LIST_LINES.reps)));
  }

  // Tops and flops
  blocks.push(divider(), section(`*Tops and flops* (${week})`));
  const brief = (t: { id: number; name: string; amountMinor: bigint; ownerId: string }) =>
    `#${t.id} ${escapeMrkdwn(t.name)} · ${m(t.amountMinor)} · <@${t.ownerId}>`;
  const tops = [
    ...d.tops.wins.map((t) => `:trophy: Won ${brief(t)}`),
    ...d.tops.losses.map((t) => `:x: Lost ${brief(t)}`),
    ...d.tops.slips.map((t) => `:hourglass: Slipped ${brief(t)} · ${formatDay(t.from)} → ${formatDay(t.to)}`),
  ];
  blocks.push(section(tops.length ? tops.join("\n") : "No wins, losses or slips in these seven days."));

  // Key accounts
  const k = d.accounts.key;
  blocks.push(divider(), section(`*Key accounts* (${d.periods.year.key})`));
  if (k.keyCount === 0) blocks.push(section("No revenue from accounts this year yet."));
  else {
    const lines = k.accounts.map((a) => `${escapeMrkdwn(a.name)}: ${m(a.revenueMinor)}`);
    blocks.push(
      section(
        `${k.keyCount} of ${k.accountCount} accounts make 80% of this year's revenue (${m(k.keyRevenueMinor)} of ${m(k.revenueMinor)}):\n` +
          capLines(lines, DIGEST_LIST_LINES.accounts, k.keyCount).join("\n"),
      ),
    );
  }
  if (d.accounts.inactiveCount > 0) {
    const lines = d.accounts.inactive.map(
      (a) =>
        `${escapeMrkdwn(a.name)} (${a.lastActivityAt ? `last ${formatDay(a.lastActivityAt.toISOString().slice(0, 10))}` : "no deals"})`,
    );
    blocks.push(
      section(
        `${d.accounts.inactiveCount} accounts with no deal activity for 90 days:\n${capLines(lines, DIGEST_LIST_LINES.accounts, d.accounts.inactiveCount).join("\n")}`,
      ),
    );
  }
  if (d.growth) blocks.push(...growthBlocks(d.growth, m));
  blocks.push(context(`Amounts in ${d.currency}. Deals in other currencies are not counted.`));

  const month = forecastTotals(d.forecast.month);
  const text =
    `Pipeline digest, ${formatDay(d.periods.today)}: ${plural(open.count, "open deal")} worth ${m(open.amount)} ` +
    `(weighted ${e(open.weighted)}); ${formatMonth(d.forecast.month.key)}: won ${m(d.forecast.month.wonMinor)}, ` +
    `committed ${m(month.committed)}, best case ${m(month.bestCase)}; past due ${plural(d.hygiene.pastDueCount, "deal")} (${m(d.hygiene.pastDueMinor)})` +
    (d.forecast.month.target !== null ? `, target ${m(d.forecast.month.target)}.` : ".");
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
