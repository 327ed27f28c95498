import type { RepPeriodForecast } from "../../domain/digest/build-rep-forecast.js";
import type { Lang } from "../../i18n/languages.js";
import { t } from "../../i18n/t.js";
import { formatAmount, formatEstimate } from "../../parse/amount.js";
import { context, fitBlocks, header, section } from "../blocks.js";
import { escapeMrkdwn } from "../mrkdwn.js";
import { formatDay, formatMonth } from "./format.js";
import type { Message } from "./help.js";

/** `/deal forecast`: a rep's month and quarter against their target, in the rep's language. */
export function repForecastMessage(
  f: {
    currency: string;
    month: RepPeriodForecast;
    quarter: RepPeriodForecast;
  },
  lang: Lang = "en",
): Message {
  const m = (minor: bigint) => formatAmount(minor, f.currency, lang);
  const period = (label: string, p: RepPeriodForecast) => {
    const lines = [
      t(lang, "repForecast.period", {
        label,
        won: m(p.wonMinor),
        wonCount: p.wonCount,
        open: m(p.openMinor),
        weighted: formatEstimate(p.weightedMinor, f.currency, lang),
        committed: m(p.committedMinor),
      }),
    ];
    if (p.target === null) lines.push(t(lang, "repForecast.noTarget", { period: p.key }));
    else if (p.gap === 0n) lines.push(t(lang, "repForecast.reached", { target: m(p.target) }));
    else {
      lines.push(t(lang, "repForecast.gap", { target: m(p.target), gap: m(p.gap ?? 0n) }));
      if (p.closers.length === 0) lines.push(t(lang, "repForecast.noClosers"));
      else {
        lines.push(t(lang, p.closable ? "repForecast.closable" : "repForecast.notClosable"));
        for (const d of p.closers)
          lines.push(
            t(lang, "repForecast.closer", {
              id: String(d.id),
              name: escapeMrkdwn(d.name),
              amount: m(d.amountMinor),
              probability: d.probability,
              date: formatDay(d.closeOn, lang),
            }),
          );
      }
    }
    return section(lines.join("\n"));
  };
  const month = formatMonth(f.month.key, lang);
  const quarter = f.quarter.key.replace("-", " ");
  const won = m(f.month.wonMinor);
  return {
    text:
      f.month.target !== null
        ? t(lang, "repForecast.textTarget", { month, won, target: m(f.month.target) })
        : t(lang, "repForecast.text", { month, won }),
    blocks: fitBlocks([
      header(t(lang, "repForecast.header")),
      period(month, f.month),
      period(quarter, f.quarter),
      context(t(lang, "repForecast.footer", { currency: f.currency })),
    ]),
  };
}
