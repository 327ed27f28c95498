import type { RiskSignal } from "../../domain/risk/assess-deal.js";
import { formatDay, formatMoney } from "../../i18n/format.js";
import type { Lang } from "../../i18n/languages.js";
import { t } from "../../i18n/t.js";

/** "Wed 18 Nov" in English (short: the month is the alert's own); the language's day format otherwise. */
function day(lang: Lang, iso: string): string {
  if (lang !== "en") return formatDay(lang, iso);
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-GB", {
    weekday: "short",
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  });
}

/** Why a deal may slip, worded in `lang` from the signal's values. */
export function riskReason(signal: Pick<RiskSignal, "code" | "values">, lang: Lang): string {
  const v = signal.values;
  const money = (minor: string | number | undefined) =>
    minor === "" || minor === undefined ? "—" : formatMoney(lang, BigInt(minor), String(v.currency));
  switch (signal.code) {
    case "past-due":
      // From an earlier month: the year too, it may be last year's.
      if (v.earlierMonth)
        return t(lang, "risk.reason.past-due-since", { date: formatDay(lang, String(v.date)) });
      return t(lang, "risk.reason.past-due", { date: day(lang, String(v.date)) });
    case "next-step-overdue":
    case "quiet-since-nudge":
      return t(lang, `risk.reason.${signal.code}`, { date: day(lang, String(v.date)) });
    case "stale":
      return t(lang, "risk.reason.stale", { days: Number(v.days) });
    case "pushed":
      return t(lang, "risk.reason.pushed", { count: Number(v.count) });
    case "early-stage":
      return t(lang, "risk.reason.early-stage", {
        stage: String(v.stage),
        probability: Number(v.probability),
      });
    case "no-next-step":
      return t(lang, "risk.reason.no-next-step");
    case "amount-changed":
      return t(lang, "risk.reason.amount-changed", { from: money(v.from), to: money(v.to) });
  }
}
